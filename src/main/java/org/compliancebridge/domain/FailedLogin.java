package org.compliancebridge.domain;

import java.time.Instant;

/** A failed sign-in attempt, kept in a side file until the next successful unlock moves it into the audit trail. */
public record FailedLogin(Instant at, String zoneId, String attemptedUserId, String reason) {
}
