package org.compliancebridge.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One link of the hash-chained audit trail (21 CFR 11.10(e), Annex 11 §9): who, what, when (UTC instant plus the
 * user's zone), old and new value, why. {@code hash} = SHA-256 of the entry's canonical encoding, which includes
 * {@code prevHash}. Event types are kept as text so entries written by newer versions still read.
 */
public record AuditEntry(
        long seq,
        int formatVersion,
        Instant occurredAt,
        String zoneId,
        String userId,
        String eventType,
        String recordType,
        String recordId,
        String oldValue,
        String newValue,
        String reason,
        Hash prevHash,
        Hash hash) {

    public AuditEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(prevHash, "prevHash");
    }
}
