-- Foundation schema: workspace identity, accounts, settings and the hash-chained audit trail.
-- Released migrations are never edited; add V<n>__<what>.sql instead.

CREATE TABLE workspace_info (
    singleton          INT DEFAULT 1 NOT NULL PRIMARY KEY CHECK (singleton = 1),
    workspace_id       UUID                     NOT NULL,
    organisation_name  VARCHAR(200)             NOT NULL,
    created_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(64)              NOT NULL
);

CREATE TABLE account (
    user_id              VARCHAR(64)  NOT NULL PRIMARY KEY,
    full_name            VARCHAR(200) NOT NULL,
    role                 VARCHAR(20)  NOT NULL CHECK (role IN ('ADMINISTRATOR', 'CONTRIBUTOR', 'APPROVER')),
    active               BOOLEAN      NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    created_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(64)  NOT NULL,
    password_changed_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    deactivated_at       TIMESTAMP(6) WITH TIME ZONE,
    deactivated_by       VARCHAR(64),
    last_login_at        TIMESTAMP(6) WITH TIME ZONE
);

CREATE TABLE setting (
    setting_key   VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);

-- Append-only by contract: the repository offers append and read, nothing else.
-- hash = SHA-256 over the versioned, length-prefixed encoding described in docs/adr/0002.
CREATE TABLE audit_entry (
    seq            BIGINT        NOT NULL PRIMARY KEY,
    format_version SMALLINT      NOT NULL,
    occurred_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    zone_id        VARCHAR(64)   NOT NULL,
    user_id        VARCHAR(64)   NOT NULL,
    event_type     VARCHAR(64)   NOT NULL,
    record_type    VARCHAR(64)   NOT NULL,
    record_id      VARCHAR(200),
    old_value      CLOB,
    new_value      CLOB,
    reason         VARCHAR(2000),
    prev_hash      BINARY(32)    NOT NULL,
    hash           BINARY(32)    NOT NULL
);
CREATE INDEX audit_entry_user ON audit_entry (user_id, seq);
CREATE INDEX audit_entry_event ON audit_entry (event_type, seq);
CREATE INDEX audit_entry_record ON audit_entry (record_type, record_id, seq);
CREATE INDEX audit_entry_time ON audit_entry (occurred_at);
