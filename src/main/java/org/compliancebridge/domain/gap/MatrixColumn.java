package org.compliancebridge.domain.gap;

/**
 * The visible columns of the {@code Matrix} sheet, in order, with their exact header names. Only the editable columns
 * are read back on import; a changed read-only cell is reported and ignored.
 */
public enum MatrixColumn {
    FRAMEWORK("Framework", false, 16),
    ID("ID", false, 12),
    TITLE("Title", false, 30),
    REQUIREMENT("Requirement", false, 60),
    LINKED_CONTROLS("Linked controls", false, 24),
    SCOPE("Scope", false, 16),
    STATUS("Status", true, 20),
    EVIDENCE("Evidence", true, 40),
    OWNER("Owner", true, 18),
    PRIORITY("Priority", true, 10),
    DUE("Due", true, 12),
    NOTES("Notes", true, 40),
    LAST_CHANGED_BY("Last changed by", false, 16),
    LAST_CHANGED_AT("Last changed at", false, 20),
    SIGNATURE("Signature", false, 30);

    private final String header;
    private final boolean editable;
    private final int width;

    MatrixColumn(String header, boolean editable, int width) {
        this.header = header;
        this.editable = editable;
        this.width = width;
    }

    public String header() {
        return header;
    }

    public boolean editable() {
        return editable;
    }

    /** Suggested column width in characters. */
    public int width() {
        return width;
    }
}
