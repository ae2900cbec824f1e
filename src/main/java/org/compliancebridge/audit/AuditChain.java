package org.compliancebridge.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.Hash;

/**
 * Links audit entries into a SHA-256 hash chain. The first entry's {@code prevHash} is a genesis value derived from
 * the workspace ID, so a chain cannot be transplanted into another workspace unnoticed.
 */
public final class AuditChain {
    private static final byte[] GENESIS_LABEL = "CB-AUDIT-GENESIS".getBytes(StandardCharsets.US_ASCII);

    private AuditChain() {
    }

    public static Hash genesis(UUID workspaceId) {
        ByteBuffer b = ByteBuffer.allocate(GENESIS_LABEL.length + 16);
        b.put(GENESIS_LABEL).putLong(workspaceId.getMostSignificantBits()).putLong(workspaceId.getLeastSignificantBits());
        return Hash.of(sha256().digest(b.array()));
    }

    /** Creates the entry that follows {@code prevHash} at {@code seq}, with its hash. Time is kept to microseconds. */
    public static AuditEntry seal(long seq, Hash prevHash, Instant when, String zoneId, String userId, AuditDraft d) {
        AuditEntry unsealed = new AuditEntry(seq, AuditEncoding.FORMAT_VERSION, when.truncatedTo(ChronoUnit.MICROS),
                zoneId, userId, d.eventType().name(), d.recordType(), d.recordId(), d.oldValue(), d.newValue(),
                d.reason(), prevHash, null);
        return withHash(unsealed, hashOf(unsealed));
    }

    /** The hash an entry must carry, recomputed from its content (its stored hash is ignored). */
    public static Hash hashOf(AuditEntry e) {
        return Hash.of(sha256().digest(AuditEncoding.encode(e)));
    }

    static AuditEntry withHash(AuditEntry e, Hash h) {
        return new AuditEntry(e.seq(), e.formatVersion(), e.occurredAt(), e.zoneId(), e.userId(), e.eventType(),
                e.recordType(), e.recordId(), e.oldValue(), e.newValue(), e.reason(), e.prevHash(), h);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
