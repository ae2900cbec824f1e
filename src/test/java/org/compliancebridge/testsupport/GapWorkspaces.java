package org.compliancebridge.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.compliancebridge.domain.port.MatrixWorkbooks;
import org.compliancebridge.domain.landscape.FrameworkProposal;
import org.compliancebridge.export.PoiMatrixWorkbooks;
import org.compliancebridge.service.ApplicabilityService;
import org.compliancebridge.service.GapServices;
import org.compliancebridge.service.LandscapeServices;
import org.compliancebridge.service.Session;

/** A workspace ready for step 2: bundled catalogues, Part 11, Annex 11 and ISO 27001 confirmed as applicable. */
public final class GapWorkspaces {
    public static final Set<String> FRAMEWORKS = Set.of(ApplicabilityService.PART11, ApplicabilityService.ANNEX11,
            ApplicabilityService.ISO27001);
    public final LandscapeWorkspaces landscape = new LandscapeWorkspaces();
    public final MatrixWorkbooks workbooks;

    public GapWorkspaces() {
        this(new PoiMatrixWorkbooks());
    }

    public GapWorkspaces(MatrixWorkbooks workbooks) {
        this.workbooks = workbooks;
    }

    /** Creates the workspace, confirms the three frameworks and returns step 2's services for the session. */
    public GapServices create(Path dir) {
        Session s = landscape.create(dir);
        LandscapeServices l = landscape.services(s);
        confirm(l, FRAMEWORKS);
        return new GapServices(l, workbooks);
    }

    public GapServices services(Session s) {
        return new GapServices(landscape.services(s), workbooks);
    }

    public static void confirm(LandscapeServices l, Set<String> applicable) {
        List<ApplicabilityService.Choice> choices = new ArrayList<>();
        for (FrameworkProposal p : l.applicability().proposals()) {
            boolean yes = applicable.contains(p.frameworkId());
            choices.add(new ApplicabilityService.Choice(p.frameworkId(), yes, yes == p.proposed() ? null
                    : "Chosen for the gap analysis test"));
        }
        l.applicability().confirm(choices);
    }
}
