package org.compliancebridge.domain.port;

import java.util.List;
import java.util.Optional;
import org.compliancebridge.domain.AuditEntry;

/**
 * The audit trail's storage. Append and read only: no method updates or deletes an entry, and no implementation may
 * add one. Appends happen only from the audited write path, inside the transaction of the change they describe.
 */
public interface AuditRepository {
    /** Appends one sealed entry; its sequence number must be exactly the current head's plus one. */
    void append(AuditEntry entry);

    /**
     * Appends entries already sealed in sequence (the first follows the current head, each the one before) in one
     * batch: for units that record many entries at once, e.g. an imported matrix with one entry per changed row.
     */
    void appendAll(java.util.List<AuditEntry> entries);

    Optional<AuditEntry> head();

    long count();

    /** Up to {@code limit} entries with {@code seq >= fromSeq}, ascending. */
    List<AuditEntry> readFrom(long fromSeq, int limit);

    /** How many entries match. */
    long count(org.compliancebridge.domain.AuditQuery query);

    /** Matching entries, newest first, skipping {@code offset}. */
    List<AuditEntry> page(org.compliancebridge.domain.AuditQuery query, long offset, int limit);

    /** Distinct user IDs and event types present, for filter choices. */
    List<String> distinctUsers();

    List<String> distinctEventTypes();

    /** The newest entry about one record, if any (who changed it last, and when). */
    Optional<AuditEntry> latestFor(String recordType, String recordId);

    /** Entries of one event type with {@code seq > afterSeq}, ascending. */
    List<AuditEntry> findByEventType(String eventType, long afterSeq, int limit);
}
