package org.compliancebridge.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A signed statement "the audit chain of workspace W had head (seq, hash) at time T, says user U". Kept in the
 * database and appended to a file beside it, so truncation and rollback of the chain become detectable.
 */
public record Checkpoint(UUID checkpointId, UUID workspaceId, long seq, Hash headHash, Instant createdAt,
        UserId userId, String occasion, String keyId, byte[] signature) {
    public Checkpoint {
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The signed bytes (version 1). */
    public static byte[] payload(UUID workspaceId, long seq, Hash headHash, Instant createdAt, UserId userId,
            String occasion) {
        return Canonical.of("CB-CHECKPOINT", 1).text(workspaceId.toString()).number(seq).bytes(headHash.bytes())
                .instant(createdAt).text(userId.value()).text(occasion).toBytes();
    }

    public byte[] payload() {
        return payload(workspaceId, seq, headHash, createdAt, userId, occasion);
    }
}
