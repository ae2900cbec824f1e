package org.compliancebridge.store;

import static org.compliancebridge.store.generated.Tables.ACTION_GAP;
import static org.compliancebridge.store.generated.Tables.ACTION_ITEM;
import static org.compliancebridge.store.generated.Tables.MATRIX_EXPORT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.gap.Action;
import org.compliancebridge.domain.gap.ActionStatus;
import org.compliancebridge.domain.gap.AssessmentKey;
import org.compliancebridge.domain.gap.MatrixExport;
import org.compliancebridge.domain.gap.Priority;
import org.compliancebridge.domain.landscape.ItemRef;
import org.compliancebridge.domain.port.ActionRepository;
import org.compliancebridge.store.generated.tables.records.ActionItemRecord;
import org.jooq.DSLContext;

final class JooqActionRepository implements ActionRepository {
    private final DSLContext tx;

    JooqActionRepository(DSLContext tx) {
        this.tx = tx;
    }

    @Override
    public List<Action> all() {
        Map<UUID, List<AssessmentKey>> gaps = new HashMap<>();
        tx.selectFrom(ACTION_GAP).orderBy(ACTION_GAP.FRAMEWORK_ID, ACTION_GAP.ITEM_ID, ACTION_GAP.SCOPE_KEY)
                .forEach(g -> gaps.computeIfAbsent(g.getActionId(), k -> new ArrayList<>()).add(new AssessmentKey(
                        new ItemRef(g.getFrameworkId(), g.getItemId()), g.getScopeKey())));
        return tx.selectFrom(ACTION_ITEM).orderBy(ACTION_ITEM.REFERENCE)
                .fetch(r -> map(r, gaps.getOrDefault(r.getActionId(), List.of())));
    }

    @Override
    public Optional<Action> find(UUID actionId) {
        return tx.selectFrom(ACTION_ITEM).where(ACTION_ITEM.ACTION_ID.eq(actionId)).fetchOptional(r -> map(r,
                gapsOf(actionId)));
    }

    private List<AssessmentKey> gapsOf(UUID actionId) {
        return tx.selectFrom(ACTION_GAP).where(ACTION_GAP.ACTION_ID.eq(actionId))
                .orderBy(ACTION_GAP.FRAMEWORK_ID, ACTION_GAP.ITEM_ID, ACTION_GAP.SCOPE_KEY)
                .fetch(g -> new AssessmentKey(new ItemRef(g.getFrameworkId(), g.getItemId()), g.getScopeKey()));
    }

    @Override
    public int highestReferenceNumber() {
        int max = 0;
        for (String ref : tx.select(ACTION_ITEM.REFERENCE).from(ACTION_ITEM).fetch(ACTION_ITEM.REFERENCE)) {
            try {
                max = Math.max(max, Integer.parseInt(ref.substring(ref.indexOf('-') + 1)));
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                // a reference not of the form PREFIX-n does not take part in numbering
            }
        }
        return max;
    }

    @Override
    public void insert(Action a) {
        tx.executeInsert(toRecord(a));
        insertGaps(a);
    }

    @Override
    public void update(Action a) {
        ActionItemRecord r = toRecord(a);
        r.changed(ACTION_ITEM.ACTION_ID, false);
        int n = tx.update(ACTION_ITEM).set(r).where(ACTION_ITEM.ACTION_ID.eq(a.actionId())).execute();
        if (n != 1) {
            throw new IllegalStateException("No action " + a.actionId());
        }
        // The set of linked gaps is replaced as a whole; it is part of the action's audited content.
        tx.deleteFrom(ACTION_GAP).where(ACTION_GAP.ACTION_ID.eq(a.actionId())).execute();
        insertGaps(a);
    }

    private void insertGaps(Action a) {
        for (AssessmentKey k : a.gaps()) {
            tx.insertInto(ACTION_GAP).set(ACTION_GAP.ACTION_ID, a.actionId())
                    .set(ACTION_GAP.FRAMEWORK_ID, k.item().frameworkId()).set(ACTION_GAP.ITEM_ID, k.item().itemId())
                    .set(ACTION_GAP.SCOPE_KEY, k.scopeKey()).execute();
        }
    }

    @Override
    public void insertExport(MatrixExport e) {
        tx.insertInto(MATRIX_EXPORT).set(MATRIX_EXPORT.EXPORT_ID, e.exportId())
                .set(MATRIX_EXPORT.TOKEN_KEY, e.tokenKey()).set(MATRIX_EXPORT.FILE_SHA256, e.fileSha256())
                .set(MATRIX_EXPORT.ROW_COUNT, e.rowCount()).set(MATRIX_EXPORT.EXPORTED_AT, Times.toDb(e.exportedAt()))
                .set(MATRIX_EXPORT.EXPORTED_BY, e.exportedBy().value()).execute();
    }

    @Override
    public Optional<MatrixExport> findExport(UUID exportId) {
        return tx.selectFrom(MATRIX_EXPORT).where(MATRIX_EXPORT.EXPORT_ID.eq(exportId)).fetchOptional(r ->
                new MatrixExport(r.getExportId(), r.getTokenKey(), r.getFileSha256(), r.getRowCount(),
                        Times.fromDb(r.getExportedAt()), new UserId(r.getExportedBy())));
    }

    private static ActionItemRecord toRecord(Action a) {
        return new ActionItemRecord()
                .setActionId(a.actionId())
                .setReference(a.reference())
                .setTitle(a.title())
                .setDescription(a.description())
                .setOwner(a.owner().value())
                .setDueDate(a.due())
                .setPriority(a.priority().name())
                .setStatus(a.status().name())
                .setClosureEvidence(a.closureEvidence())
                .setCreatedAt(Times.toDb(a.createdAt()))
                .setCreatedBy(a.createdBy().value())
                .setChangedAt(Times.toDb(a.changedAt()))
                .setChangedBy(a.changedBy().value())
                .setVerifiedAt(a.verifiedAt().map(Times::toDb).orElse(null))
                .setVerifiedBy(a.verifiedBy().map(UserId::value).orElse(null))
                .setVersion(a.version());
    }

    private static Action map(ActionItemRecord r, List<AssessmentKey> gaps) {
        return new Action(r.getActionId(), r.getReference(), r.getTitle(), r.getDescription(), new UserId(
                r.getOwner()), r.getDueDate(), Priority.valueOf(r.getPriority()), ActionStatus.valueOf(r.getStatus()),
                r.getClosureEvidence(), gaps, Times.fromDb(r.getCreatedAt()), new UserId(r.getCreatedBy()),
                Times.fromDb(r.getChangedAt()), new UserId(r.getChangedBy()),
                Optional.ofNullable(r.getVerifiedBy()).map(UserId::new),
                Optional.ofNullable(r.getVerifiedAt()).map(Times::fromDb), r.getVersion());
    }
}
