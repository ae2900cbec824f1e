-- Step 1, regulatory landscape: framework catalogues and their items, the crosswalk between them, the computerised-
-- system inventory and the applicable-framework selection. Written only through the audited write path.

-- One row per catalogue loaded into this workspace (bundled with the app or imported by a user, OSCAL 1.x).
CREATE TABLE catalogue (
    framework_id    VARCHAR(64)   NOT NULL PRIMARY KEY,   -- stable ID scripts depend on, e.g. cfr-part11
    title           VARCHAR(500)  NOT NULL,
    version         VARCHAR(500)  NOT NULL,
    last_modified   VARCHAR(64)   NOT NULL,               -- as stated in the OSCAL metadata
    oscal_version   VARCHAR(32)   NOT NULL,
    source_document VARCHAR(2000) NOT NULL,
    official_url    VARCHAR(2000) NOT NULL,
    notice          CHARACTER LARGE OBJECT NOT NULL,      -- licence / source acknowledgement (metadata remarks)
    draft           BOOLEAN       NOT NULL,
    origin          VARCHAR(16)   NOT NULL,               -- BUNDLED | IMPORTED
    source_file     VARCHAR(500)  NOT NULL,
    source_sha256   CHAR(64)      NOT NULL,
    item_count      INT           NOT NULL,
    imported_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    imported_by     VARCHAR(64)   NOT NULL
);

-- Groups and controls of a catalogue, in document order. item_id is the cited identifier (OSCAL label, else id).
CREATE TABLE catalogue_item (
    framework_id   VARCHAR(64)   NOT NULL REFERENCES catalogue (framework_id),
    item_id        VARCHAR(200)  NOT NULL,
    oscal_id       VARCHAR(200)  NOT NULL,
    parent_id      VARCHAR(200),
    kind           VARCHAR(16)   NOT NULL,                -- GROUP | CONTROL
    item_class     VARCHAR(100)  NOT NULL,
    title          VARCHAR(2000) NOT NULL,
    statement      CHARACTER LARGE OBJECT NOT NULL,
    assessable     BOOLEAN       NOT NULL,
    text_kind      VARCHAR(32)   NOT NULL,                -- quoted | paraphrase | '' (unknown)
    implementation VARCHAR(32)   NOT NULL,                -- HIPAA: required | addressable
    withdrawn      BOOLEAN       NOT NULL,
    source_url     VARCHAR(2000) NOT NULL,
    sort_order     INT           NOT NULL,
    depth          INT           NOT NULL,
    PRIMARY KEY (framework_id, item_id)
);

CREATE TABLE catalogue_item_guidance (
    framework_id VARCHAR(64)  NOT NULL,
    item_id      VARCHAR(200) NOT NULL,
    seq          INT          NOT NULL,
    title        VARCHAR(500) NOT NULL,
    prose        CHARACTER LARGE OBJECT NOT NULL,
    PRIMARY KEY (framework_id, item_id, seq),
    FOREIGN KEY (framework_id, item_id) REFERENCES catalogue_item (framework_id, item_id)
);

-- Crosswalk links. Bundled rows are loaded per workspace; users add, change and retire links (never deleted).
-- Relationship NONE (target empty) records why an item has no ISMS counterpart.
CREATE TABLE crosswalk_link (
    link_id          UUID          NOT NULL PRIMARY KEY,
    source_framework VARCHAR(64)   NOT NULL,
    source_id        VARCHAR(200)  NOT NULL,
    target_framework VARCHAR(64)   NOT NULL,              -- '' when relationship = NONE
    target_id        VARCHAR(200)  NOT NULL,              -- '' when relationship = NONE
    relationship     VARCHAR(16)   NOT NULL,              -- EQUAL | SUBSET | SUPERSET | INTERSECTS | NONE
    confidence       VARCHAR(16)   NOT NULL,              -- HIGH | MEDIUM | LOW
    rationale        VARCHAR(2000) NOT NULL,
    origin           VARCHAR(16)   NOT NULL,              -- BUNDLED | USER
    bundle_file      VARCHAR(200),
    active           BOOLEAN       NOT NULL,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    changed_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    changed_by       VARCHAR(64)   NOT NULL,
    user_modified    BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX crosswalk_link_source ON crosswalk_link (source_framework, source_id);
CREATE INDEX crosswalk_link_target ON crosswalk_link (target_framework, target_id);

-- Which bundled crosswalk files (by content hash) have been loaded into this workspace.
CREATE TABLE crosswalk_source (
    file_name  VARCHAR(200) NOT NULL PRIMARY KEY,
    sha256     CHAR(64)     NOT NULL,
    row_count  INT          NOT NULL,
    loaded_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    loaded_by  VARCHAR(64)  NOT NULL
);

-- The computerised-system inventory (Annex 11 §4.3). Systems are retired, never deleted.
CREATE TABLE computerised_system (
    system_id       UUID          NOT NULL PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    purpose         VARCHAR(2000) NOT NULL,
    gxp_impact      VARCHAR(8)    NOT NULL,               -- HIGH | MEDIUM | LOW
    part11_relevant BOOLEAN       NOT NULL,
    supplier        VARCHAR(200)  NOT NULL,
    hosting         VARCHAR(16)   NOT NULL,               -- ON_PREMISES | SAAS
    owner           VARCHAR(200)  NOT NULL,
    active          BOOLEAN       NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(64)   NOT NULL
);

-- The confirmed framework selection that drives steps 2-6, with the proposal it was confirmed against.
CREATE TABLE framework_decision (
    framework_id    VARCHAR(64)   NOT NULL PRIMARY KEY,
    applicable      BOOLEAN       NOT NULL,
    proposal_level  VARCHAR(16)   NOT NULL,               -- REQUIRED | RECOMMENDED | OPTIONAL | NOT_PROPOSED
    proposal_reason VARCHAR(2000) NOT NULL,
    justification   VARCHAR(4000) NOT NULL,
    decided_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    decided_by      VARCHAR(64)   NOT NULL
);
