package org.compliancebridge.domain.landscape;

/** Where a computerised system runs. SaaS systems bring supplier agreements into scope (Annex 11 §3). */
public enum Hosting {
    ON_PREMISES("On-premises"), SAAS("SaaS");

    private final String label;

    Hosting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
