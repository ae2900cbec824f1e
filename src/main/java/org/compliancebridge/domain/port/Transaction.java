package org.compliancebridge.domain.port;

/** Repositories bound to one database transaction. Valid only inside the unit of work that received it. */
public interface Transaction {
    AccountRepository accounts();

    AuditRepository audit();

    SettingsRepository settings();

    WorkspaceInfoRepository workspaceInfo();

    UserKeyRepository keys();

    SignatureRepository signatures();

    CheckpointRepository checkpoints();

    OrganisationProfileRepository organisation();

    CatalogueRepository catalogues();

    CrosswalkRepository crosswalk();

    SystemInventoryRepository systems();

    ApplicabilityRepository applicability();

    AssessmentRepository assessments();

    ActionRepository actions();
}
