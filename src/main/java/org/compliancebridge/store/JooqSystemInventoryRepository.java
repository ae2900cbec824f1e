package org.compliancebridge.store;

import static org.compliancebridge.store.generated.Tables.COMPUTERISED_SYSTEM;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.landscape.ComputerisedSystem;
import org.compliancebridge.domain.landscape.GxpImpact;
import org.compliancebridge.domain.landscape.Hosting;
import org.compliancebridge.domain.port.SystemInventoryRepository;
import org.compliancebridge.store.generated.tables.records.ComputerisedSystemRecord;
import org.jooq.DSLContext;

final class JooqSystemInventoryRepository implements SystemInventoryRepository {
    private final DSLContext tx;

    JooqSystemInventoryRepository(DSLContext tx) {
        this.tx = tx;
    }

    @Override
    public List<ComputerisedSystem> all() {
        return tx.selectFrom(COMPUTERISED_SYSTEM).orderBy(COMPUTERISED_SYSTEM.ACTIVE.desc(),
                COMPUTERISED_SYSTEM.NAME).fetch(JooqSystemInventoryRepository::map);
    }

    @Override
    public Optional<ComputerisedSystem> find(UUID systemId) {
        return tx.selectFrom(COMPUTERISED_SYSTEM).where(COMPUTERISED_SYSTEM.SYSTEM_ID.eq(systemId))
                .fetchOptional(JooqSystemInventoryRepository::map);
    }

    @Override
    public void insert(ComputerisedSystem s) {
        tx.executeInsert(toRecord(s));
    }

    @Override
    public void update(ComputerisedSystem s) {
        ComputerisedSystemRecord r = toRecord(s);
        r.changed(COMPUTERISED_SYSTEM.SYSTEM_ID, false);
        int n = tx.update(COMPUTERISED_SYSTEM).set(r).where(COMPUTERISED_SYSTEM.SYSTEM_ID.eq(s.systemId())).execute();
        if (n != 1) {
            throw new IllegalStateException("No system " + s.systemId());
        }
    }

    private static ComputerisedSystemRecord toRecord(ComputerisedSystem s) {
        return new ComputerisedSystemRecord()
                .setSystemId(s.systemId())
                .setName(s.name())
                .setPurpose(s.purpose())
                .setGxpImpact(s.gxpImpact().name())
                .setPart11Relevant(s.part11Relevant())
                .setSupplier(s.supplier())
                .setHosting(s.hosting().name())
                .setOwner(s.owner())
                .setActive(s.active())
                .setCreatedAt(Times.toDb(s.createdAt()))
                .setCreatedBy(s.createdBy().value())
                .setUpdatedAt(Times.toDb(s.updatedAt()))
                .setUpdatedBy(s.updatedBy().value());
    }

    private static ComputerisedSystem map(ComputerisedSystemRecord r) {
        return new ComputerisedSystem(r.getSystemId(), r.getName(), r.getPurpose(), GxpImpact.valueOf(r.getGxpImpact()),
                r.getPart11Relevant(), r.getSupplier(), Hosting.valueOf(r.getHosting()), r.getOwner(), r.getActive(),
                Times.fromDb(r.getCreatedAt()), new UserId(r.getCreatedBy()), Times.fromDb(r.getUpdatedAt()),
                new UserId(r.getUpdatedBy()));
    }
}
