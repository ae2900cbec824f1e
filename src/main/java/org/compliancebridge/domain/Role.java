package org.compliancebridge.domain;

import java.util.Locale;

/** What an account may do. Administrators manage accounts and settings; approvers may sign approvals. */
public enum Role {
    ADMINISTRATOR("Administrator"),
    CONTRIBUTOR("Contributor"),
    APPROVER("Approver");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses the CLI / file spelling ({@code administrator}, {@code contributor}, {@code approver}). */
    public static Role parse(String text) {
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return r;
            }
        }
        throw new InvalidInputException("Unknown role '" + text + "'. Use administrator, contributor or approver.");
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
