package org.compliancebridge.store;

import org.compliancebridge.domain.port.AccountRepository;
import org.compliancebridge.domain.port.AuditRepository;
import org.compliancebridge.domain.port.SettingsRepository;
import org.compliancebridge.domain.port.Transaction;
import org.compliancebridge.domain.port.WorkspaceInfoRepository;
import org.jooq.DSLContext;

/** Repositories bound to one transaction's {@link DSLContext}. */
final class JooqTransaction implements Transaction {
    private final DSLContext tx;

    JooqTransaction(DSLContext tx) {
        this.tx = tx;
    }

    @Override
    public AccountRepository accounts() {
        return new JooqAccountRepository(tx);
    }

    @Override
    public AuditRepository audit() {
        return new JooqAuditRepository(tx);
    }

    @Override
    public SettingsRepository settings() {
        return new JooqSettingsRepository(tx);
    }

    @Override
    public WorkspaceInfoRepository workspaceInfo() {
        return new JooqWorkspaceInfoRepository(tx);
    }
}
