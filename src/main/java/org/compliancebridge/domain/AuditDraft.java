package org.compliancebridge.domain;

import java.util.Objects;

/** What a service states about one change; the write path adds sequence, time, user and the chain hashes. */
public record AuditDraft(
        AuditEventType eventType, String recordType, String recordId, String oldValue, String newValue,
        String reason) {

    public AuditDraft {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(recordType, "recordType");
    }

    public static AuditDraft of(AuditEventType type, String recordType, String recordId, String oldValue,
            String newValue) {
        return new AuditDraft(type, recordType, recordId, oldValue, newValue, null);
    }

    public AuditDraft withReason(String why) {
        return new AuditDraft(eventType, recordType, recordId, oldValue, newValue, why);
    }
}
