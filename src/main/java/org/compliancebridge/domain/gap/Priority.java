package org.compliancebridge.domain.gap;

import java.util.Optional;

/** Priority of a gap or an action. */
public enum Priority {
    HIGH("High"), MEDIUM("Medium"), LOW("Low");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Blank means "no priority"; an unknown word is empty too, and the caller reports it. */
    public static Optional<Priority> ofLabel(String text) {
        String t = text == null ? "" : text.strip();
        for (Priority p : values()) {
            if (p.label.equalsIgnoreCase(t) || p.name().equalsIgnoreCase(t)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
