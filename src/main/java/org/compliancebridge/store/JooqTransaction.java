package org.compliancebridge.store;

import org.compliancebridge.domain.port.AccountRepository;
import org.compliancebridge.domain.port.AuditRepository;
import org.compliancebridge.domain.port.CheckpointRepository;
import org.compliancebridge.domain.port.OrganisationProfileRepository;
import org.compliancebridge.domain.port.SignatureRepository;
import org.compliancebridge.domain.port.UserKeyRepository;
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

    @Override
    public UserKeyRepository keys() {
        return new JooqUserKeyRepository(tx);
    }

    @Override
    public SignatureRepository signatures() {
        return new JooqSignatureRepository(tx);
    }

    @Override
    public CheckpointRepository checkpoints() {
        return new JooqCheckpointRepository(tx);
    }

    @Override
    public OrganisationProfileRepository organisation() {
        return new JooqOrganisationProfileRepository(tx);
    }

    @Override
    public org.compliancebridge.domain.port.CatalogueRepository catalogues() {
        return new JooqCatalogueRepository(tx);
    }

    @Override
    public org.compliancebridge.domain.port.CrosswalkRepository crosswalk() {
        return new JooqCrosswalkRepository(tx);
    }

    @Override
    public org.compliancebridge.domain.port.SystemInventoryRepository systems() {
        return new JooqSystemInventoryRepository(tx);
    }

    @Override
    public org.compliancebridge.domain.port.ApplicabilityRepository applicability() {
        return new JooqApplicabilityRepository(tx);
    }

    @Override
    public org.compliancebridge.domain.port.AssessmentRepository assessments() {
        return new JooqAssessmentRepository(tx);
    }

    @Override
    public org.compliancebridge.domain.port.ActionRepository actions() {
        return new JooqActionRepository(tx);
    }
}
