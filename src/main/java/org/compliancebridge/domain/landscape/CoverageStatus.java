package org.compliancebridge.domain.landscape;

/** Whether an item of one framework is covered by another (e.g. a Part 11 paragraph by ISO/IEC 27001). */
public enum CoverageStatus {
    /** At least one active link to the target framework. */
    COVERED("Covered"),
    /** No link, but an explicit justification (relationship none) that the item has no counterpart. */
    NO_COUNTERPART("No counterpart (justified)"),
    /** Neither a link nor a justification: a gap in the crosswalk that someone must look at. */
    GAP("Gap — not mapped");

    private final String label;

    CoverageStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
