package org.compliancebridge.domain;

import java.time.Instant;
import java.util.Optional;

/** A filter over the audit trail; empty parts match everything. Text matches record ID, values and reason. */
public record AuditQuery(Optional<String> userId, Optional<String> eventType, Optional<String> recordType,
        Optional<String> recordId, Optional<Instant> from, Optional<Instant> toExclusive, Optional<String> text) {
    public static AuditQuery all() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean isEmpty() {
        return userId.isEmpty() && eventType.isEmpty() && recordType.isEmpty() && recordId.isEmpty()
                && from.isEmpty() && toExclusive.isEmpty() && text.isEmpty();
    }
}
