package org.compliancebridge.store;

import static org.compliancebridge.store.generated.Tables.CATALOGUE;
import static org.compliancebridge.store.generated.Tables.CATALOGUE_ITEM;
import static org.compliancebridge.store.generated.Tables.CATALOGUE_ITEM_GUIDANCE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.landscape.Catalogue;
import org.compliancebridge.domain.landscape.CatalogueInfo;
import org.compliancebridge.domain.landscape.CatalogueItem;
import org.compliancebridge.domain.landscape.Guidance;
import org.compliancebridge.domain.landscape.ItemKind;
import org.compliancebridge.domain.landscape.ItemRef;
import org.compliancebridge.domain.landscape.Origin;
import org.compliancebridge.domain.port.CatalogueRepository;
import org.compliancebridge.store.generated.tables.records.CatalogueItemGuidanceRecord;
import org.compliancebridge.store.generated.tables.records.CatalogueItemRecord;
import org.compliancebridge.store.generated.tables.records.CatalogueRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

final class JooqCatalogueRepository implements CatalogueRepository {
    private static final int BATCH = 500;
    private final DSLContext tx;

    JooqCatalogueRepository(DSLContext tx) {
        this.tx = tx;
    }

    @Override
    public List<Catalogue> catalogues() {
        return tx.selectFrom(CATALOGUE).orderBy(CATALOGUE.ORIGIN, CATALOGUE.FRAMEWORK_ID)
                .fetch(JooqCatalogueRepository::map);
    }

    @Override
    public Optional<Catalogue> find(String frameworkId) {
        return tx.selectFrom(CATALOGUE).where(CATALOGUE.FRAMEWORK_ID.eq(frameworkId))
                .fetchOptional(JooqCatalogueRepository::map);
    }

    @Override
    public void insert(Catalogue c) {
        CatalogueInfo i = c.info();
        tx.insertInto(CATALOGUE)
                .set(CATALOGUE.FRAMEWORK_ID, i.frameworkId())
                .set(CATALOGUE.TITLE, i.title())
                .set(CATALOGUE.VERSION, i.version())
                .set(CATALOGUE.LAST_MODIFIED, i.lastModified())
                .set(CATALOGUE.OSCAL_VERSION, i.oscalVersion())
                .set(CATALOGUE.SOURCE_DOCUMENT, i.sourceDocument())
                .set(CATALOGUE.OFFICIAL_URL, i.officialUrl())
                .set(CATALOGUE.NOTICE, i.notice())
                .set(CATALOGUE.DRAFT, i.draft())
                .set(CATALOGUE.ORIGIN, c.origin().name())
                .set(CATALOGUE.SOURCE_FILE, c.sourceFile())
                .set(CATALOGUE.SOURCE_SHA256, c.sha256())
                .set(CATALOGUE.ITEM_COUNT, c.itemCount())
                .set(CATALOGUE.IMPORTED_AT, Times.toDb(c.importedAt()))
                .set(CATALOGUE.IMPORTED_BY, c.importedBy().value())
                .execute();
    }

    @Override
    public void insertItems(List<CatalogueItem> items) {
        List<CatalogueItemRecord> rows = new ArrayList<>(BATCH);
        List<CatalogueItemGuidanceRecord> guidance = new ArrayList<>();
        for (CatalogueItem it : items) {
            rows.add(new CatalogueItemRecord()
                    .setFrameworkId(it.frameworkId())
                    .setItemId(it.itemId())
                    .setOscalId(it.oscalId())
                    .setParentId(it.parentId().orElse(null))
                    .setKind(it.kind().name())
                    .setItemClass(it.itemClass())
                    .setTitle(it.title())
                    .setStatement(it.statement())
                    .setAssessable(it.assessable())
                    .setTextKind(it.textKind())
                    .setImplementation(it.implementation())
                    .setWithdrawn(it.withdrawn())
                    .setSourceUrl(it.sourceUrl())
                    .setSortOrder(it.sortOrder())
                    .setDepth(it.depth()));
            int seq = 0;
            for (Guidance g : it.guidance()) {
                guidance.add(new CatalogueItemGuidanceRecord().setFrameworkId(it.frameworkId())
                        .setItemId(it.itemId()).setSeq(++seq).setTitle(g.title()).setProse(g.prose()));
            }
            if (rows.size() == BATCH) {
                tx.batchInsert(rows).execute();
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            tx.batchInsert(rows).execute();
        }
        for (int from = 0; from < guidance.size(); from += BATCH) {
            tx.batchInsert(guidance.subList(from, Math.min(guidance.size(), from + BATCH))).execute();
        }
    }

    @Override
    public void delete(String frameworkId) {
        tx.deleteFrom(CATALOGUE_ITEM_GUIDANCE).where(CATALOGUE_ITEM_GUIDANCE.FRAMEWORK_ID.eq(frameworkId)).execute();
        tx.deleteFrom(CATALOGUE_ITEM).where(CATALOGUE_ITEM.FRAMEWORK_ID.eq(frameworkId)).execute();
        tx.deleteFrom(CATALOGUE).where(CATALOGUE.FRAMEWORK_ID.eq(frameworkId)).execute();
    }

    @Override
    public List<CatalogueItem> items(String frameworkId) {
        return fetchItems(CATALOGUE_ITEM.FRAMEWORK_ID.eq(frameworkId),
                CATALOGUE_ITEM_GUIDANCE.FRAMEWORK_ID.eq(frameworkId));
    }

    @Override
    public List<CatalogueItem> allItems() {
        return fetchItems(DSL.noCondition(), DSL.noCondition());
    }

    @Override
    public Optional<CatalogueItem> item(ItemRef ref) {
        return fetchItems(CATALOGUE_ITEM.FRAMEWORK_ID.eq(ref.frameworkId()).and(CATALOGUE_ITEM.ITEM_ID
                .eq(ref.itemId())), CATALOGUE_ITEM_GUIDANCE.FRAMEWORK_ID.eq(ref.frameworkId())
                .and(CATALOGUE_ITEM_GUIDANCE.ITEM_ID.eq(ref.itemId()))).stream().findFirst();
    }

    @Override
    public boolean exists(ItemRef ref) {
        return tx.fetchExists(CATALOGUE_ITEM, CATALOGUE_ITEM.FRAMEWORK_ID.eq(ref.frameworkId())
                .and(CATALOGUE_ITEM.ITEM_ID.eq(ref.itemId())));
    }

    private List<CatalogueItem> fetchItems(Condition where, Condition gWhere) {
        Map<String, List<Guidance>> guidance = new HashMap<>();
        tx.selectFrom(CATALOGUE_ITEM_GUIDANCE).where(gWhere)
                .orderBy(CATALOGUE_ITEM_GUIDANCE.FRAMEWORK_ID, CATALOGUE_ITEM_GUIDANCE.ITEM_ID,
                        CATALOGUE_ITEM_GUIDANCE.SEQ)
                .forEach(g -> guidance.computeIfAbsent(g.getFrameworkId() + "\u0000" + g.getItemId(),
                        k -> new ArrayList<>()).add(new Guidance(g.getTitle(), g.getProse())));
        return tx.selectFrom(CATALOGUE_ITEM).where(where)
                .orderBy(CATALOGUE_ITEM.FRAMEWORK_ID, CATALOGUE_ITEM.SORT_ORDER)
                .fetch(r -> new CatalogueItem(r.getFrameworkId(), r.getItemId(), r.getOscalId(),
                        Optional.ofNullable(r.getParentId()), ItemKind.valueOf(r.getKind()), r.getItemClass(),
                        r.getTitle(), r.getStatement(), guidance.getOrDefault(r.getFrameworkId() + "\u0000"
                                + r.getItemId(), List.of()), r.getAssessable(), r.getTextKind(),
                        r.getImplementation(), r.getWithdrawn(), r.getSourceUrl(), r.getSortOrder(), r.getDepth()));
    }

    private static Catalogue map(CatalogueRecord r) {
        return new Catalogue(new CatalogueInfo(r.getFrameworkId(), r.getTitle(), r.getVersion(), r.getLastModified(),
                r.getOscalVersion(), r.getSourceDocument(), r.getOfficialUrl(), r.getNotice(), r.getDraft()),
                Origin.valueOf(r.getOrigin()), r.getSourceFile(), r.getSourceSha256(), r.getItemCount(),
                Times.fromDb(r.getImportedAt()), new UserId(r.getImportedBy()));
    }
}
