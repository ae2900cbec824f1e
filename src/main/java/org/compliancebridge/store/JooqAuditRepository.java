package org.compliancebridge.store;

import static org.compliancebridge.store.generated.Tables.AUDIT_ENTRY;

import java.util.List;
import java.util.Optional;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.Hash;
import org.compliancebridge.domain.port.AuditRepository;
import org.compliancebridge.store.generated.tables.records.AuditEntryRecord;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Append and read only. There is no update or delete statement for AUDIT_ENTRY anywhere in the code base. */
final class JooqAuditRepository implements AuditRepository {
    private final DSLContext tx;

    JooqAuditRepository(DSLContext tx) {
        this.tx = tx;
    }

    @Override
    public void append(AuditEntry e) {
        Long max = tx.select(org.jooq.impl.DSL.max(AUDIT_ENTRY.SEQ)).from(AUDIT_ENTRY).fetchOne(0, Long.class);
        long expected = max == null ? 1 : max + 1;
        if (e.seq() != expected) {
            throw new IllegalStateException("Audit append out of order: expected seq " + expected + ", got " + e.seq());
        }
        AuditEntryRecord r = tx.newRecord(AUDIT_ENTRY);
        r.setSeq(e.seq());
        r.setFormatVersion((short) e.formatVersion());
        r.setOccurredAt(Times.toDb(e.occurredAt()));
        r.setZoneId(e.zoneId());
        r.setUserId(e.userId());
        r.setEventType(e.eventType());
        r.setRecordType(e.recordType());
        r.setRecordId(e.recordId());
        r.setOldValue(e.oldValue());
        r.setNewValue(e.newValue());
        r.setReason(e.reason());
        r.setPrevHash(e.prevHash().bytes());
        r.setHash(e.hash().bytes());
        tx.executeInsert(r);
    }

    @Override
    public Optional<AuditEntry> head() {
        return tx.selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.SEQ.desc()).limit(1).fetchOptional(JooqAuditRepository::map);
    }

    @Override
    public long count() {
        return tx.fetchCount(AUDIT_ENTRY);
    }

    @Override
    public List<AuditEntry> readFrom(long fromSeq, int limit) {
        return tx.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQ.ge(fromSeq)).orderBy(AUDIT_ENTRY.SEQ).limit(limit)
                .fetch(JooqAuditRepository::map);
    }

    @Override
    public List<AuditEntry> findByEventType(String eventType, long afterSeq, int limit) {
        return tx.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.EVENT_TYPE.eq(eventType)).and(AUDIT_ENTRY.SEQ.gt(afterSeq))
                .orderBy(AUDIT_ENTRY.SEQ).limit(limit).fetch(JooqAuditRepository::map);
    }

    static AuditEntry map(Record rec) {
        AuditEntryRecord r = rec.into(AUDIT_ENTRY);
        return new AuditEntry(r.getSeq(), r.getFormatVersion(), Times.fromDb(r.getOccurredAt()), r.getZoneId(),
                r.getUserId(), r.getEventType(), r.getRecordType(), r.getRecordId(), r.getOldValue(), r.getNewValue(),
                r.getReason(), Hash.of(r.getPrevHash()), Hash.of(r.getHash()));
    }
}
