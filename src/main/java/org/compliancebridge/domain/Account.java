package org.compliancebridge.domain;

import java.time.Instant;
import java.util.Optional;

/** A personal account. Accounts are never deleted; deactivation keeps the record and its history. */
public record Account(
        UserId userId,
        String fullName,
        Role role,
        boolean active,
        boolean mustChangePassword,
        Instant createdAt,
        UserId createdBy,
        Instant passwordChangedAt,
        Optional<Instant> deactivatedAt,
        Optional<UserId> deactivatedBy,
        Optional<Instant> lastLoginAt) {

    public boolean isAdministrator() {
        return role == Role.ADMINISTRATOR;
    }

    public Account withActive(boolean value, Instant at, UserId by) {
        return new Account(userId, fullName, role, value, mustChangePassword, createdAt, createdBy, passwordChangedAt,
                value ? Optional.empty() : Optional.of(at), value ? Optional.empty() : Optional.of(by), lastLoginAt);
    }

    public Account withPasswordChanged(Instant at, boolean mustChange) {
        return new Account(userId, fullName, role, active, mustChange, createdAt, createdBy, at, deactivatedAt,
                deactivatedBy, lastLoginAt);
    }

    public Account withLastLogin(Instant at) {
        return new Account(userId, fullName, role, active, mustChangePassword, createdAt, createdBy, passwordChangedAt,
                deactivatedAt, deactivatedBy, Optional.of(at));
    }
}
