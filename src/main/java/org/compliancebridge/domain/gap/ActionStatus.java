package org.compliancebridge.domain.gap;

import java.util.Optional;

/** Life cycle of an action: open → in progress → done (needs closure evidence) → verified (by someone else). */
public enum ActionStatus {
    OPEN("Open"), IN_PROGRESS("In progress"), DONE("Done"), VERIFIED("Verified");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isClosed() {
        return this == DONE || this == VERIFIED;
    }

    public static Optional<ActionStatus> ofLabel(String text) {
        String t = text == null ? "" : text.strip();
        for (ActionStatus s : values()) {
            if (s.label.equalsIgnoreCase(t) || s.name().equalsIgnoreCase(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
