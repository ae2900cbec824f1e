package org.compliancebridge.store;

import static org.compliancebridge.store.generated.Tables.AUDIT_CHECKPOINT;
import static org.compliancebridge.store.generated.Tables.WORKSPACE_INFO;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.compliancebridge.domain.Checkpoint;
import org.compliancebridge.domain.Hash;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.port.CheckpointRepository;
import org.compliancebridge.store.generated.tables.records.AuditCheckpointRecord;
import org.jooq.DSLContext;

final class JooqCheckpointRepository implements CheckpointRepository {
    private final DSLContext tx;

    JooqCheckpointRepository(DSLContext tx) {
        this.tx = tx;
    }

    @Override
    public void insert(Checkpoint c) {
        tx.insertInto(AUDIT_CHECKPOINT)
                .set(AUDIT_CHECKPOINT.CHECKPOINT_ID, c.checkpointId())
                .set(AUDIT_CHECKPOINT.SEQ, c.seq())
                .set(AUDIT_CHECKPOINT.HEAD_HASH, c.headHash().bytes())
                .set(AUDIT_CHECKPOINT.CREATED_AT, Times.toDb(c.createdAt()))
                .set(AUDIT_CHECKPOINT.USER_ID, c.userId().value())
                .set(AUDIT_CHECKPOINT.OCCASION, c.occasion())
                .set(AUDIT_CHECKPOINT.KEY_ID, c.keyId())
                .set(AUDIT_CHECKPOINT.SIGNATURE, c.signature())
                .execute();
    }

    @Override
    public Optional<Checkpoint> newest() {
        UUID ws = workspaceId();
        return tx.selectFrom(AUDIT_CHECKPOINT).orderBy(AUDIT_CHECKPOINT.SEQ.desc(), AUDIT_CHECKPOINT.CREATED_AT.desc())
                .limit(1).fetchOptional(r -> map(r, ws));
    }

    @Override
    public List<Checkpoint> all() {
        UUID ws = workspaceId();
        return tx.selectFrom(AUDIT_CHECKPOINT).orderBy(AUDIT_CHECKPOINT.SEQ, AUDIT_CHECKPOINT.CREATED_AT)
                .fetch(r -> map(r, ws));
    }

    private UUID workspaceId() {
        return tx.select(WORKSPACE_INFO.WORKSPACE_ID).from(WORKSPACE_INFO).fetchOne(WORKSPACE_INFO.WORKSPACE_ID);
    }

    private static Checkpoint map(AuditCheckpointRecord r, UUID ws) {
        return new Checkpoint(r.getCheckpointId(), ws, r.getSeq(), Hash.of(r.getHeadHash()),
                Times.fromDb(r.getCreatedAt()), new UserId(r.getUserId()), r.getOccasion(), r.getKeyId(),
                r.getSignature());
    }
}
