package org.compliancebridge.audit;

import java.time.Instant;
import java.util.Objects;
import org.compliancebridge.domain.Hash;

/**
 * A trusted statement of what the audit chain's hash was at one sequence number: a checkpoint of the chain head.
 * Anchors reach the verifier already trusted (their signatures are checked elsewhere); the verifier only compares the
 * stored chain with them, which is what makes truncation, rollback and recomputed chains detectable at all.
 *
 * @param seq    the sequence number the checkpoint covers (1 or more)
 * @param hash   the hash of the entry at {@code seq} when the checkpoint was made
 * @param at     when the checkpoint was made
 * @param userId who made (signed) it
 * @param source where it was found: {@value #DATABASE} for the workspace's own checkpoints, anything else (for example
 *               "checkpoint file", "given file", "export") for evidence kept outside the database. The difference
 *               decides between {@link Finding.Kind#TRUNCATED} and {@link Finding.Kind#ROLLED_BACK}.
 */
public record ChainAnchor(long seq, Hash hash, Instant at, String userId, String source) {
    /** The source of checkpoints read from the workspace database itself. */
    public static final String DATABASE = "database";

    public ChainAnchor {
        if (seq < 1) {
            throw new IllegalArgumentException("A checkpoint covers an entry (seq >= 1), got " + seq);
        }
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(source, "source");
    }

    /** Whether this anchor was read from the workspace database (rather than from evidence kept outside it). */
    public boolean fromDatabase() {
        return DATABASE.equals(source);
    }
}
