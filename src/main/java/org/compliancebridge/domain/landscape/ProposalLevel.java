package org.compliancebridge.domain.landscape;

/** How strongly the app proposes a framework from the profile. */
public enum ProposalLevel {
    /** The profile triggers a legal or regulatory obligation (e.g. PHI handled: HIPAA Security Rule). */
    REQUIRED("Required"),
    /** Not a legal obligation but the expected backbone or good practice (e.g. ISO/IEC 27001 as ISMS). */
    RECOMMENDED("Recommended"),
    /** Useful, the organisation decides (e.g. NIST CSF, a draft revision). */
    OPTIONAL("Optional"),
    /** Nothing in the profile calls for it. */
    NOT_PROPOSED("Not proposed");

    private final String label;

    ProposalLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the app pre-selects the framework. */
    public boolean selectedByDefault() {
        return this == REQUIRED || this == RECOMMENDED;
    }
}
