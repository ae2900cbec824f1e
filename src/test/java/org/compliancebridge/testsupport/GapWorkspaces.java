package org.compliancebridge.testsupport;

import java.util.List;
import java.util.Optional;
import org.compliancebridge.domain.landscape.GxpImpact;
import org.compliancebridge.domain.landscape.Hosting;
import org.compliancebridge.domain.landscape.SystemDraft;
import org.compliancebridge.service.ApplicabilityService;
import org.compliancebridge.service.LandscapeServices;

/** Prepares a workspace for step 2: a complete profile, one system, the proposed frameworks confirmed. */
public final class GapWorkspaces {
    private GapWorkspaces() {
    }

    public static void prepare(LandscapeServices l) {
        l.organisation().update("Acme Devices GmbH", Optional.of(120), "Berlin (DE)", "device", "EU,US", false, true,
                null);
        l.systems().add(new SystemDraft("LabWare LIMS", "Laboratory results and batch release data", GxpImpact.HIGH,
                true, "LabWare Inc.", Hosting.ON_PREMISES, "QC Lab Head"));
        List<String> wanted = List.of("cfr-part11", "eu-gmp-annex11-2011", "iso27001-2022");
        List<ApplicabilityService.Choice> choices = l.applicability().proposals().stream().map(fp -> {
            boolean on = fp.proposed() || wanted.contains(fp.frameworkId());
            return new ApplicabilityService.Choice(fp.frameworkId(), on, on && !fp.proposed()
                    ? "Customers audit us against it" : null);
        }).toList();
        l.applicability().confirm(choices);
    }
}
