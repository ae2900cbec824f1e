-- Step 2, gap analysis: assessments per requirement and scope, evidence files, the action plan and the Excel
-- compliance matrix exports (for the round trip). Written only through the audited write path.

-- One row per assessed requirement and scope. A requirement without a row is "Not assessed" at version 0.
-- scope_key is 'ORG' (the whole organisation) or the UUID of a computerised system.
-- VARCHAR rather than CLOB for the text fields: assessments are read in bulk (grid, matrix export) and H2 reads
-- CLOB columns much more slowly.
CREATE TABLE assessment (
    framework_id        VARCHAR(64)    NOT NULL,
    item_id             VARCHAR(200)   NOT NULL,
    scope_key           VARCHAR(64)    NOT NULL,
    status              VARCHAR(24)    NOT NULL,   -- AssessmentStatus name
    evidence            VARCHAR(32000) NOT NULL,
    owner               VARCHAR(200)   NOT NULL,
    priority            VARCHAR(8),                -- HIGH | MEDIUM | LOW | null
    due_date            DATE,
    notes               VARCHAR(32000) NOT NULL,
    derived_framework   VARCHAR(64),               -- carried over through the crosswalk from this item,
    derived_item        VARCHAR(200),              -- until a person confirms it
    version             BIGINT         NOT NULL,
    changed_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    changed_by          VARCHAR(64)    NOT NULL,
    PRIMARY KEY (framework_id, item_id, scope_key)
);
CREATE INDEX assessment_scope ON assessment (scope_key);

-- Files attached as evidence, kept inside the encrypted database. Removed files stay, inactive.
CREATE TABLE evidence_file (
    file_id       UUID          NOT NULL PRIMARY KEY,
    framework_id  VARCHAR(64)   NOT NULL,
    item_id       VARCHAR(200)  NOT NULL,
    scope_key     VARCHAR(64)   NOT NULL,
    file_name     VARCHAR(500)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    content       BINARY LARGE OBJECT NOT NULL,
    added_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    added_by      VARCHAR(64)   NOT NULL,
    active        BOOLEAN       NOT NULL
);
CREATE INDEX evidence_file_assessment ON evidence_file (framework_id, item_id, scope_key);

-- The action plan. reference ('ACT-001', ...) is never reused; actions are never deleted.
CREATE TABLE action_item (
    action_id         UUID           NOT NULL PRIMARY KEY,
    reference         VARCHAR(16)    NOT NULL UNIQUE,
    title             VARCHAR(500)   NOT NULL,
    description       VARCHAR(8000)  NOT NULL,
    owner             VARCHAR(64)    NOT NULL,
    due_date          DATE           NOT NULL,
    priority          VARCHAR(8)     NOT NULL,
    status            VARCHAR(16)    NOT NULL,
    closure_evidence  VARCHAR(8000)  NOT NULL,
    created_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(64)    NOT NULL,
    changed_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    changed_by        VARCHAR(64)    NOT NULL,
    verified_at       TIMESTAMP(6) WITH TIME ZONE,
    verified_by       VARCHAR(64),
    version           BIGINT         NOT NULL
);

-- The gaps an action addresses (a requirement in a scope).
CREATE TABLE action_gap (
    action_id     UUID          NOT NULL REFERENCES action_item (action_id),
    framework_id  VARCHAR(64)   NOT NULL,
    item_id       VARCHAR(200)  NOT NULL,
    scope_key     VARCHAR(64)   NOT NULL,
    PRIMARY KEY (action_id, framework_id, item_id, scope_key)
);

-- Every Excel matrix export, with the secret that keys its row tokens (HMAC-SHA256), so an import can tell a
-- workbook of this workspace from a foreign or tampered one.
CREATE TABLE matrix_export (
    export_id    UUID          NOT NULL PRIMARY KEY,
    token_key    BINARY(32)    NOT NULL,
    file_sha256  CHAR(64)      NOT NULL,
    row_count    BIGINT        NOT NULL,
    exported_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    exported_by  VARCHAR(64)   NOT NULL
);
