-- Trust core: per-user signing keys, electronic signatures, signed audit checkpoints, organisation profile.

-- One ECDSA P-256 key pair per person (a new one after a recovery-key reset); old keys stay for verification.
CREATE TABLE user_key (
    key_id                VARCHAR(100) NOT NULL PRIMARY KEY, -- SHA-256 fingerprint of the certificate (AB:CD:... hex)
    user_id               VARCHAR(64)  NOT NULL REFERENCES account (user_id),
    certificate           VARBINARY(8192) NOT NULL,           -- X.509, DER, self-signed
    encrypted_private_key VARBINARY(8192) NOT NULL,           -- PKCS#8 EncryptedPrivateKeyInfo under the password
    created_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    retired_at            TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX user_key_user ON user_key (user_id);

-- Part 11 §11.50/§11.70: a signature binds signer, meaning and time to a hash of the record's canonical content.
CREATE TABLE electronic_signature (
    signature_id  UUID          NOT NULL PRIMARY KEY,
    record_type   VARCHAR(64)   NOT NULL,
    record_id     VARCHAR(200)  NOT NULL,
    content_hash  BINARY(32)    NOT NULL,
    signer_id     VARCHAR(64)   NOT NULL REFERENCES account (user_id),
    signer_name   VARCHAR(200)  NOT NULL,
    meaning       VARCHAR(100)  NOT NULL,
    signed_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    zone_id       VARCHAR(64)   NOT NULL,
    key_id        VARCHAR(100)  NOT NULL REFERENCES user_key (key_id),
    signature     VARBINARY(512) NOT NULL,
    audit_seq     BIGINT        NOT NULL
);
CREATE INDEX electronic_signature_record ON electronic_signature (record_type, record_id);

-- Signed statements of the audit chain head; also appended to audit-checkpoints.jsonl beside the database.
CREATE TABLE audit_checkpoint (
    checkpoint_id UUID          NOT NULL PRIMARY KEY,
    seq           BIGINT        NOT NULL,
    head_hash     BINARY(32)    NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    user_id       VARCHAR(64)   NOT NULL,
    occasion      VARCHAR(40)   NOT NULL,
    key_id        VARCHAR(100)  NOT NULL REFERENCES user_key (key_id),
    signature     VARBINARY(512) NOT NULL
);
CREATE INDEX audit_checkpoint_seq ON audit_checkpoint (seq);

-- The organisation profile (step 1 extends its use); one row.
CREATE TABLE organisation_profile (
    singleton     INT DEFAULT 1 NOT NULL PRIMARY KEY CHECK (singleton = 1),
    name          VARCHAR(200)  NOT NULL,
    employees     INT,
    sites         VARCHAR(2000),
    sectors       VARCHAR(200)  NOT NULL DEFAULT '',
    markets       VARCHAR(200)  NOT NULL DEFAULT '',
    handles_phi   BOOLEAN       NOT NULL DEFAULT FALSE,
    handles_eu_personal_data BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(64)   NOT NULL
);
INSERT INTO organisation_profile (name, updated_at, updated_by)
    SELECT organisation_name, created_at, created_by FROM workspace_info;

-- Meanings a signature can carry beyond the built-in ones (Settings).
CREATE TABLE signature_meaning (
    meaning     VARCHAR(100) NOT NULL PRIMARY KEY,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(64)  NOT NULL
);
