package org.compliancebridge.audit;

import java.util.Objects;

/**
 * One problem found in an audit trail.
 *
 * @param kind    what happened, judged from the evidence (see {@link Kind})
 * @param seq     the first broken sequence number of this problem: the entry a reviewer should look at first
 * @param message a plain-language explanation for the reviewer, naming the entries involved
 */
public record Finding(Kind kind, long seq, String message) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** What the evidence says happened. Where evidence is ambiguous, the message says so. */
    public enum Kind {
        /** An entry's content (or its stored hash, sequence number or format) no longer matches its hash. */
        EDITED,
        /** Entries are missing from the trail: a sequence number is skipped, or nothing points to a genuine entry. */
        DELETED,
        /** An entry that is not part of the original chain: no genuine entry points to it. */
        INSERTED,
        /** Genuine entries are stored out of their chain order (swapped or moved). */
        REORDERED,
        /** The trail ends before a sequence number that the database's own checkpoint covers: the tail was cut. */
        TRUNCATED,
        /**
         * The trail is a consistent but older state: checkpoints kept outside the database cover entries beyond its
         * end, while the database's own checkpoints do not (an older copy of the workspace was put back).
         */
        ROLLED_BACK,
        /** The trail is self-consistent but disagrees with a checkpoint: its hashes were recomputed by someone. */
        REWRITTEN
    }
}
