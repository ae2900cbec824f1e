package org.compliancebridge.store;

import static org.compliancebridge.store.generated.Tables.CROSSWALK_LINK;
import static org.compliancebridge.store.generated.Tables.CROSSWALK_SOURCE;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.landscape.Confidence;
import org.compliancebridge.domain.landscape.CrosswalkLink;
import org.compliancebridge.domain.landscape.CrosswalkMapping;
import org.compliancebridge.domain.landscape.Origin;
import org.compliancebridge.domain.landscape.Relationship;
import org.compliancebridge.domain.port.CrosswalkRepository;
import org.compliancebridge.store.generated.tables.records.CrosswalkLinkRecord;
import org.jooq.DSLContext;

final class JooqCrosswalkRepository implements CrosswalkRepository {
    private final DSLContext tx;

    JooqCrosswalkRepository(DSLContext tx) {
        this.tx = tx;
    }

    @Override
    public List<CrosswalkLink> all() {
        return tx.selectFrom(CROSSWALK_LINK).orderBy(CROSSWALK_LINK.SOURCE_FRAMEWORK, CROSSWALK_LINK.CREATED_AT,
                CROSSWALK_LINK.LINK_ID).fetch(JooqCrosswalkRepository::map);
    }

    @Override
    public List<CrosswalkLink> active() {
        return tx.selectFrom(CROSSWALK_LINK).where(CROSSWALK_LINK.ACTIVE.isTrue())
                .orderBy(CROSSWALK_LINK.SOURCE_FRAMEWORK, CROSSWALK_LINK.CREATED_AT, CROSSWALK_LINK.LINK_ID)
                .fetch(JooqCrosswalkRepository::map);
    }

    @Override
    public Optional<CrosswalkLink> find(UUID linkId) {
        return tx.selectFrom(CROSSWALK_LINK).where(CROSSWALK_LINK.LINK_ID.eq(linkId))
                .fetchOptional(JooqCrosswalkRepository::map);
    }

    @Override
    public void insert(List<CrosswalkLink> links) {
        if (!links.isEmpty()) {
            tx.batchInsert(links.stream().map(JooqCrosswalkRepository::toRecord).toList()).execute();
        }
    }

    @Override
    public void update(CrosswalkLink link) {
        CrosswalkLinkRecord r = toRecord(link);
        r.changed(CROSSWALK_LINK.LINK_ID, false);
        int n = tx.update(CROSSWALK_LINK).set(r).where(CROSSWALK_LINK.LINK_ID.eq(link.linkId())).execute();
        if (n != 1) {
            throw new IllegalStateException("No crosswalk link " + link.linkId());
        }
    }

    @Override
    public Map<String, String> loadedSources() {
        Map<String, String> m = new LinkedHashMap<>();
        tx.selectFrom(CROSSWALK_SOURCE).orderBy(CROSSWALK_SOURCE.FILE_NAME)
                .forEach(r -> m.put(r.getFileName(), r.getSha256()));
        return m;
    }

    @Override
    public void recordSource(String fileName, String sha256, int rows, Instant at, UserId by) {
        tx.mergeInto(CROSSWALK_SOURCE)
                .using(tx.selectOne())
                .on(CROSSWALK_SOURCE.FILE_NAME.eq(fileName))
                .whenMatchedThenUpdate()
                .set(CROSSWALK_SOURCE.SHA256, sha256)
                .set(CROSSWALK_SOURCE.ROW_COUNT, rows)
                .set(CROSSWALK_SOURCE.LOADED_AT, Times.toDb(at))
                .set(CROSSWALK_SOURCE.LOADED_BY, by.value())
                .whenNotMatchedThenInsert(CROSSWALK_SOURCE.FILE_NAME, CROSSWALK_SOURCE.SHA256,
                        CROSSWALK_SOURCE.ROW_COUNT, CROSSWALK_SOURCE.LOADED_AT, CROSSWALK_SOURCE.LOADED_BY)
                .values(fileName, sha256, rows, Times.toDb(at), by.value())
                .execute();
    }

    private static CrosswalkLinkRecord toRecord(CrosswalkLink l) {
        CrosswalkMapping m = l.mapping();
        return new CrosswalkLinkRecord()
                .setLinkId(l.linkId())
                .setSourceFramework(m.sourceFramework())
                .setSourceId(m.sourceId())
                .setTargetFramework(m.targetFramework())
                .setTargetId(m.targetId())
                .setRelationship(m.relationship().name())
                .setConfidence(m.confidence().name())
                .setRationale(m.rationale())
                .setOrigin(l.origin().name())
                .setBundleFile(l.bundleFile())
                .setActive(l.active())
                .setUserModified(l.userModified())
                .setCreatedAt(Times.toDb(l.createdAt()))
                .setCreatedBy(l.createdBy().value())
                .setChangedAt(Times.toDb(l.changedAt()))
                .setChangedBy(l.changedBy().value());
    }

    private static CrosswalkLink map(CrosswalkLinkRecord r) {
        return new CrosswalkLink(r.getLinkId(), new CrosswalkMapping(r.getSourceFramework(), r.getSourceId(),
                r.getTargetFramework(), r.getTargetId(), Relationship.valueOf(r.getRelationship()),
                Confidence.valueOf(r.getConfidence()), r.getRationale()), Origin.valueOf(r.getOrigin()),
                r.getBundleFile(), r.getActive(), r.getUserModified(), Times.fromDb(r.getCreatedAt()),
                new UserId(r.getCreatedBy()), Times.fromDb(r.getChangedAt()), new UserId(r.getChangedBy()));
    }
}
