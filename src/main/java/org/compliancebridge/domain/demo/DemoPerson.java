package org.compliancebridge.domain.demo;

import java.util.Objects;
import org.compliancebridge.domain.Role;
import org.compliancebridge.domain.UserId;

/** A demo account; the administrator's user ID is {@code admin}. */
public record DemoPerson(UserId userId, String fullName, Role role, String jobTitle) {
    public DemoPerson {
        Objects.requireNonNull(userId);
        Objects.requireNonNull(fullName);
        Objects.requireNonNull(role);
        jobTitle = jobTitle == null ? "" : jobTitle;
    }
}
