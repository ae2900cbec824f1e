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

    /**
     * Creates a workspace prepared as a person would ({@link #prepare}) and returns step 2's services with the
     * matrix adapter the app uses; close {@code services.session()} when done.
     */
    public static GapServices prepared(Path dir) {
        LandscapeWorkspaces ws = new LandscapeWorkspaces();
        Session s = ws.create(dir);
        LandscapeServices l = ws.services(s);
        prepare(l);
        return new GapServices(l, org.compliancebridge.app.AppServices.forTests(java.time.Clock.systemUTC())
                .matrixWorkbooks());
    }

    public GapServices services(Session s) {
        return new GapServices(landscape.services(s), workbooks);
    }

    /**
     * For benchmarks: imports generated NIST-like catalogues ({@code copies} copies of each low-baseline control, about
     * 128 × (copies + 1) items each; one catalogue must stay under the 50 MB import limit, about 45 copies) and
     * confirms them with Part 11, Annex 11 and ISO 27001. Returns the number of catalogues imported.
     */
    public static int confirmWithLargeCatalogues(LandscapeServices l, Path dir, int copies, int catalogues) {
        Set<String> fw = new java.util.HashSet<>(FRAMEWORKS);
        for (int i = 0; i < catalogues; i++) {
            Path cat = dir.resolve("large-" + i + ".json");
            try {
                java.nio.file.Files.write(cat, LargeCatalogues.nistLike(copies, "bench-large-" + i));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            fw.add(l.catalogues().importFile(cat, java.util.Optional.empty(), false, null,
                    org.compliancebridge.domain.landscape.ProgressMonitor.NONE).frameworkId());
        }
        confirm(l, fw);
        return catalogues;
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

    /**
     * Prepares an existing session for step 2 as a person would: a complete profile, one system (LabWare LIMS), the
     * proposed frameworks plus Part 11, Annex 11 and ISO 27001 confirmed.
     */
    public static void prepare(LandscapeServices l) {
        l.organisation().update("Acme Devices GmbH", java.util.Optional.of(120), "Berlin (DE)", "device", "EU,US",
                false, true, null);
        l.systems().add(new org.compliancebridge.domain.landscape.SystemDraft("LabWare LIMS",
                "Laboratory results and batch release data", org.compliancebridge.domain.landscape.GxpImpact.HIGH,
                true, "LabWare Inc.", org.compliancebridge.domain.landscape.Hosting.ON_PREMISES, "QC Lab Head"));
        List<ApplicabilityService.Choice> choices = l.applicability().proposals().stream().map(fp -> {
            boolean on = fp.proposed() || FRAMEWORKS.contains(fp.frameworkId());
            return new ApplicabilityService.Choice(fp.frameworkId(), on, on && !fp.proposed()
                    ? "Customers audit us against it" : null);
        }).toList();
        l.applicability().confirm(choices);
    }
}
