package org.compliancebridge.store;

import static org.compliancebridge.store.generated.Tables.ASSESSMENT;
import static org.compliancebridge.store.generated.Tables.EVIDENCE_FILE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.gap.Assessment;
import org.compliancebridge.domain.gap.AssessmentKey;
import org.compliancebridge.domain.gap.AssessmentStatus;
import org.compliancebridge.domain.gap.EvidenceFile;
import org.compliancebridge.domain.gap.Priority;
import org.compliancebridge.domain.landscape.ItemRef;
import org.compliancebridge.domain.port.AssessmentRepository;
import org.compliancebridge.store.generated.tables.records.AssessmentRecord;
import org.compliancebridge.store.generated.tables.records.EvidenceFileRecord;
import org.jooq.DSLContext;
import org.jooq.Query;

final class JooqAssessmentRepository implements AssessmentRepository {
    private final DSLContext tx;

    JooqAssessmentRepository(DSLContext tx) {
        this.tx = tx;
    }

    @Override
    public List<Assessment> all() {
        return tx.selectFrom(ASSESSMENT).fetch(JooqAssessmentRepository::map);
    }

    @Override
    public List<Assessment> inScope(String scopeKey) {
        return tx.selectFrom(ASSESSMENT).where(ASSESSMENT.SCOPE_KEY.eq(scopeKey)).fetch(JooqAssessmentRepository::map);
    }

    @Override
    public Optional<Assessment> find(AssessmentKey key) {
        return tx.selectFrom(ASSESSMENT).where(ASSESSMENT.FRAMEWORK_ID.eq(key.item().frameworkId())
                .and(ASSESSMENT.ITEM_ID.eq(key.item().itemId())).and(ASSESSMENT.SCOPE_KEY.eq(key.scopeKey())))
                .fetchOptional(JooqAssessmentRepository::map);
    }

    @Override
    public void save(Assessment a) {
        merge(a).execute();
    }

    @Override
    public void saveAll(List<Assessment> assessments) {
        List<Query> batch = new ArrayList<>(assessments.size());
        for (Assessment a : assessments) {
            batch.add(merge(a));
            if (batch.size() == 500) {
                tx.batch(batch).execute();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            tx.batch(batch).execute();
        }
    }

    private Query merge(Assessment a) {
        AssessmentRecord r = toRecord(a);
        return tx.insertInto(ASSESSMENT).set(r).onDuplicateKeyUpdate().set(r);
    }

    @Override
    public List<EvidenceFile> evidence(AssessmentKey key) {
        return tx.select(EVIDENCE_COLUMNS).from(EVIDENCE_FILE).where(EVIDENCE_FILE.FRAMEWORK_ID.eq(
                key.item().frameworkId()).and(EVIDENCE_FILE.ITEM_ID.eq(key.item().itemId()))
                .and(EVIDENCE_FILE.SCOPE_KEY.eq(key.scopeKey()))).orderBy(EVIDENCE_FILE.ADDED_AT)
                .fetch(r -> mapEvidence(r.into(EVIDENCE_FILE)));
    }

    @Override
    public List<EvidenceFile> allEvidence() {
        return tx.select(EVIDENCE_COLUMNS).from(EVIDENCE_FILE).where(EVIDENCE_FILE.ACTIVE.isTrue())
                .orderBy(EVIDENCE_FILE.ADDED_AT).fetch(r -> mapEvidence(r.into(EVIDENCE_FILE)));
    }

    @Override
    public Optional<EvidenceFile> findEvidence(UUID fileId) {
        return tx.select(EVIDENCE_COLUMNS).from(EVIDENCE_FILE).where(EVIDENCE_FILE.FILE_ID.eq(fileId))
                .fetchOptional(r -> mapEvidence(r.into(EVIDENCE_FILE)));
    }

    @Override
    public byte[] evidenceContent(UUID fileId) {
        return tx.select(EVIDENCE_FILE.CONTENT).from(EVIDENCE_FILE).where(EVIDENCE_FILE.FILE_ID.eq(fileId))
                .fetchOptional(EVIDENCE_FILE.CONTENT).orElseThrow(() -> new IllegalStateException("No file " + fileId));
    }

    @Override
    public void insertEvidence(EvidenceFile f, byte[] content) {
        tx.insertInto(EVIDENCE_FILE)
                .set(EVIDENCE_FILE.FILE_ID, f.fileId())
                .set(EVIDENCE_FILE.FRAMEWORK_ID, f.assessment().item().frameworkId())
                .set(EVIDENCE_FILE.ITEM_ID, f.assessment().item().itemId())
                .set(EVIDENCE_FILE.SCOPE_KEY, f.assessment().scopeKey())
                .set(EVIDENCE_FILE.FILE_NAME, f.fileName())
                .set(EVIDENCE_FILE.SIZE_BYTES, f.size())
                .set(EVIDENCE_FILE.SHA256, f.sha256())
                .set(EVIDENCE_FILE.CONTENT, content)
                .set(EVIDENCE_FILE.ADDED_AT, Times.toDb(f.addedAt()))
                .set(EVIDENCE_FILE.ADDED_BY, f.addedBy().value())
                .set(EVIDENCE_FILE.ACTIVE, f.active())
                .execute();
    }

    @Override
    public void retireEvidence(UUID fileId) {
        int n = tx.update(EVIDENCE_FILE).set(EVIDENCE_FILE.ACTIVE, false).where(EVIDENCE_FILE.FILE_ID.eq(fileId))
                .execute();
        if (n != 1) {
            throw new IllegalStateException("No evidence file " + fileId);
        }
    }

    private static final org.jooq.Field<?>[] EVIDENCE_COLUMNS = {EVIDENCE_FILE.FILE_ID, EVIDENCE_FILE.FRAMEWORK_ID,
        EVIDENCE_FILE.ITEM_ID, EVIDENCE_FILE.SCOPE_KEY, EVIDENCE_FILE.FILE_NAME, EVIDENCE_FILE.SIZE_BYTES,
        EVIDENCE_FILE.SHA256, EVIDENCE_FILE.ADDED_AT, EVIDENCE_FILE.ADDED_BY, EVIDENCE_FILE.ACTIVE};

    private static EvidenceFile mapEvidence(EvidenceFileRecord r) {
        return new EvidenceFile(r.getFileId(), new AssessmentKey(new ItemRef(r.getFrameworkId(), r.getItemId()),
                r.getScopeKey()), r.getFileName(), r.getSizeBytes(), r.getSha256(), Times.fromDb(r.getAddedAt()),
                new UserId(r.getAddedBy()), r.getActive());
    }

    private static AssessmentRecord toRecord(Assessment a) {
        return new AssessmentRecord()
                .setFrameworkId(a.key().item().frameworkId())
                .setItemId(a.key().item().itemId())
                .setScopeKey(a.key().scopeKey())
                .setStatus(a.status().name())
                .setEvidence(a.evidence())
                .setOwner(a.owner())
                .setPriority(a.priority().map(Priority::name).orElse(null))
                .setDueDate(a.due().orElse(null))
                .setNotes(a.notes())
                .setDerivedFramework(a.derivedFrom().map(ItemRef::frameworkId).orElse(null))
                .setDerivedItem(a.derivedFrom().map(ItemRef::itemId).orElse(null))
                .setVersion(a.version())
                .setChangedAt(Times.toDb(a.changedAt().orElseThrow()))
                .setChangedBy(a.changedBy().orElseThrow().value());
    }

    private static Assessment map(AssessmentRecord r) {
        Optional<ItemRef> derived = r.getDerivedFramework() == null ? Optional.empty()
                : Optional.of(new ItemRef(r.getDerivedFramework(), r.getDerivedItem()));
        return new Assessment(new AssessmentKey(new ItemRef(r.getFrameworkId(), r.getItemId()), r.getScopeKey()),
                AssessmentStatus.valueOf(r.getStatus()), r.getEvidence(), r.getOwner(),
                Optional.ofNullable(r.getPriority()).map(Priority::valueOf), Optional.ofNullable(r.getDueDate()),
                r.getNotes(), derived, r.getVersion(), Optional.of(Times.fromDb(r.getChangedAt())),
                Optional.of(new UserId(r.getChangedBy())));
    }
}
