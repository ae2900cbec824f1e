package org.compliancebridge.domain.landscape;

/** What a user enters for a computerised system (added or changed). */
public record SystemDraft(String name, String purpose, GxpImpact gxpImpact, boolean part11Relevant, String supplier,
        Hosting hosting, String owner) {
}
