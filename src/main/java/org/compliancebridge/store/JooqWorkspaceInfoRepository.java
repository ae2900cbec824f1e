package org.compliancebridge.store;

import static org.compliancebridge.store.generated.Tables.WORKSPACE_INFO;

import java.util.Optional;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.WorkspaceInfo;
import org.compliancebridge.domain.port.WorkspaceInfoRepository;
import org.jooq.DSLContext;

final class JooqWorkspaceInfoRepository implements WorkspaceInfoRepository {
    private final DSLContext tx;

    JooqWorkspaceInfoRepository(DSLContext tx) {
        this.tx = tx;
    }

    @Override
    public Optional<WorkspaceInfo> get() {
        return tx.selectFrom(WORKSPACE_INFO).fetchOptional(r -> new WorkspaceInfo(r.getWorkspaceId(),
                r.getOrganisationName(), Times.fromDb(r.getCreatedAt()), new UserId(r.getCreatedBy())));
    }

    @Override
    public void insert(WorkspaceInfo info) {
        tx.insertInto(WORKSPACE_INFO)
                .set(WORKSPACE_INFO.WORKSPACE_ID, info.workspaceId())
                .set(WORKSPACE_INFO.ORGANISATION_NAME, info.organisationName())
                .set(WORKSPACE_INFO.CREATED_AT, Times.toDb(info.createdAt()))
                .set(WORKSPACE_INFO.CREATED_BY, info.createdBy().value())
                .execute();
    }

    @Override
    public void updateOrganisationName(String name) {
        tx.update(WORKSPACE_INFO).set(WORKSPACE_INFO.ORGANISATION_NAME, name).execute();
    }
}
