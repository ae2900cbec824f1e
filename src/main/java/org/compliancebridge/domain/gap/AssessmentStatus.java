package org.compliancebridge.domain.gap;

import java.util.Optional;

/**
 * The answer to "does the organisation (or system) meet this requirement?". The labels are what users see, what the
 * Excel matrix writes and what its drop-down offers; {@link #key()} is the digit that sets the status in the grid and
 * in workshop mode (1-5, in the order listed).
 */
public enum AssessmentStatus {
    NOT_ASSESSED("Not assessed", '1'),
    COMPLIANT("Compliant", '2'),
    PARTIALLY_COMPLIANT("Partially compliant", '3'),
    NOT_COMPLIANT("Not compliant", '4'),
    NOT_APPLICABLE("Not applicable", '5');

    private final String label;
    private final char key;

    AssessmentStatus(String label, char key) {
        this.label = label;
        this.key = key;
    }

    public String label() {
        return label;
    }

    public char key() {
        return key;
    }

    /** A gap is a requirement that is only partly met or not met. */
    public boolean isGap() {
        return this == PARTIALLY_COMPLIANT || this == NOT_COMPLIANT;
    }

    public boolean isAssessed() {
        return this != NOT_ASSESSED;
    }

    public static Optional<AssessmentStatus> ofKey(char c) {
        for (AssessmentStatus s : values()) {
            if (s.key == c) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Parses a label as written in the matrix (case and surrounding blanks ignored; blank = Not assessed). */
    public static Optional<AssessmentStatus> ofLabel(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.of(NOT_ASSESSED);
        }
        for (AssessmentStatus s : values()) {
            if (s.label.equalsIgnoreCase(t) || s.name().equalsIgnoreCase(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** "Not assessed, Compliant, ...": for messages that list the allowed values. */
    public static String allowedLabels() {
        StringBuilder b = new StringBuilder();
        for (AssessmentStatus s : values()) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(s.label);
        }
        return b.toString();
    }
}
