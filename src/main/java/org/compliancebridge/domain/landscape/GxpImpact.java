package org.compliancebridge.domain.landscape;

/** How strongly a computerised system affects product quality, patient safety or data integrity (Annex 11 §1). */
public enum GxpImpact {
    HIGH("High"), MEDIUM("Medium"), LOW("Low");

    private final String label;

    GxpImpact(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
