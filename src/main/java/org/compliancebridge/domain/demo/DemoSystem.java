package org.compliancebridge.domain.demo;

import java.util.Objects;
import org.compliancebridge.domain.landscape.GxpImpact;
import org.compliancebridge.domain.landscape.Hosting;
import org.compliancebridge.domain.landscape.SystemDraft;

/** A computerised system of the demo inventory; assessments and actions name it by {@link #name()}. */
public record DemoSystem(String name, String purpose, GxpImpact gxpImpact, boolean part11Relevant, String supplier,
        Hosting hosting, String owner) {
    public DemoSystem {
        Objects.requireNonNull(name);
        Objects.requireNonNull(gxpImpact);
        Objects.requireNonNull(hosting);
    }

    /** What the system inventory service takes to add it. */
    public SystemDraft toDraft() {
        return new SystemDraft(name, purpose, gxpImpact, part11Relevant, supplier, hosting, owner);
    }
}
