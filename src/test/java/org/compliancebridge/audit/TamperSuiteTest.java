package org.compliancebridge.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.compliancebridge.audit.Finding.Kind;
import org.compliancebridge.audit.TestChains.Field;
import org.compliancebridge.domain.AuditEntry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Seeded random tampering with sealed chains of a few thousand entries: every mutation must be detected, with the
 * right kind and the right first sequence number, as exactly one finding; clean chains must give no finding.
 *
 * <p>A few dozen trials by default. Thousands with {@code -Dcb.soak=true} or {@code mvn -Psoak} (the {@code soak}
 * tag). Reproduce a failure with {@code -Dcb.seed=<seed printed in the message>}.
 */
class TamperSuiteTest {
    static final long DEFAULT_SEED = 0x5EED_2024L;

    /** What can be done to the stored trail. */
    enum Mutation {
        /** One column changed (each column in turn), the stored hash left alone. */
        EDIT,
        /** One column changed and that row's own hash recomputed (its successor still points to the old hash). */
        EDIT_REHASH,
        /** One to a few dozen consecutive rows deleted, leaving a gap in the numbers. */
        DELETE,
        /** Deleted and the later rows renumbered to close the gap (hashes not recomputed). */
        DELETE_RENUMBER,
        /** One to five forged rows inserted, correctly hashed and linked to their predecessor; later rows moved up. */
        INSERT_NAIVE,
        /** A forged row inserted and the whole chain after it recomputed (self-consistent). */
        INSERT_RECOMPUTED,
        /** A genuine row stored a second time under an unused number. */
        COPY,
        /** A row replaced by a forged one with a correct own hash and a made-up previous hash. */
        REPLACE,
        /** Two rows exchange their numbers (adjacent or far apart). */
        SWAP,
        /** The newest rows deleted; the database's own checkpoint covers them. */
        CUT_TAIL,
        /** An older copy of the whole workspace: a prefix with its own checkpoints, a newer checkpoint outside. */
        ROLLBACK
    }

    record Trial(long seed, Mutation mutation, String detail, List<AuditEntry> stored, List<ChainAnchor> anchors,
            Set<Kind> kinds, long seq) {
    }

    record Miss(Trial trial, List<Finding> findings) {
        @Override
        public String toString() {
            return "seed=" + trial.seed() + " " + trial.mutation() + " " + trial.detail() + ": expected "
                    + trial.kinds() + " at " + trial.seq() + ", got " + findings;
        }
    }

    @Test
    void everyMutationIsDetectedAndCleanChainsPass() {
        boolean soak = Boolean.getBoolean("cb.soak");
        run(soak ? 500 : 6, soak ? 1000 : 25, soak ? 3000 : 2000);
    }

    @Test
    @Tag("soak")
    void soak() {
        run(500, 1000, 3000);
    }

    private static void run(int perKind, int cleanChains, int size) {
        long seed = Long.getLong("cb.seed", DEFAULT_SEED);
        Random master = new Random(seed);
        Map<Mutation, int[]> counts = new EnumMap<>(Mutation.class);
        List<Miss> misses = new ArrayList<>();
        int mutations = 0;
        List<AuditEntry> base = null;
        for (int round = 0; round < perKind; round++) {
            if (round % 25 == 0) { // a fresh chain now and then; building one is the slow part
                base = TestChains.chain(size - 200 + master.nextInt(400), master.nextLong());
            }
            for (Mutation m : Mutation.values()) {
                int repeats = m == Mutation.EDIT ? Field.values().length : 1;
                for (int r = 0; r < repeats; r++) {
                    long trialSeed = master.nextLong();
                    Trial t = trial(base, m, m == Mutation.EDIT ? Field.values()[r] : null, trialSeed);
                    VerificationReport report = TestChains.verify(t.stored(), t.anchors());
                    int[] c = counts.computeIfAbsent(m, k -> new int[2]);
                    c[0]++;
                    mutations++;
                    if (matches(t, report)) {
                        c[1]++;
                    } else {
                        misses.add(new Miss(t, report.findings()));
                    }
                }
            }
        }
        int falseAlarms = 0;
        List<String> alarms = new ArrayList<>();
        for (int i = 0; i < cleanChains; i++) {
            long chainSeed = master.nextLong();
            Random rnd = new Random(chainSeed);
            List<AuditEntry> clean = TestChains.chain(1 + rnd.nextInt(size), chainSeed);
            List<ChainAnchor> anchors = new ArrayList<>(TestChains.anchors(clean, 1 + rnd.nextInt(300),
                    ChainAnchor.DATABASE));
            anchors.add(TestChains.anchor(clean.get(clean.size() - 1), "checkpoint file"));
            VerificationReport r = TestChains.verify(clean, anchors);
            if (!r.intact()) {
                falseAlarms++;
                alarms.add("seed=" + chainSeed + ": " + r.findings());
            }
        }
        int detected = mutations - misses.size();
        StringBuilder summary = new StringBuilder(String.format("tamper: %d mutations, %d detected, %d missed; "
                + "clean: %d chains, %d false alarms (seed %d)", mutations, detected, misses.size(), cleanChains,
                falseAlarms, seed));
        counts.forEach((m, c) -> summary.append(String.format("%n  %-18s %5d mutations, %5d detected as expected",
                m, c[0], c[1])));
        System.out.println(summary);
        assertThat(misses).as("%s%nfirst misses (reproduce with -Dcb.seed=%d)", summary, seed)
                .isEmpty();
        assertThat(alarms).as("false alarms (seed %d)", seed).isEmpty();
    }

    /** Detected as expected: exactly one finding, of the expected kind, at the first broken number. */
    private static boolean matches(Trial t, VerificationReport r) {
        return r.findings().size() == 1 && t.kinds().contains(r.findings().get(0).kind())
                && r.findings().get(0).seq() == t.seq();
    }

    static Trial trial(List<AuditEntry> chain, Mutation m, Field field, long seed) {
        Random rnd = new Random(seed);
        int n = chain.size();
        List<ChainAnchor> anchors = new ArrayList<>(TestChains.anchors(chain, 50 + rnd.nextInt(250),
                ChainAnchor.DATABASE));
        anchors.add(TestChains.anchor(chain.get(n - 1), "checkpoint file"));
        long k = 1 + rnd.nextInt(n);
        switch (m) {
            case EDIT -> {
                // A changed number moves the row; documented as EDITED (number changed), REORDERED is equivalent.
                Set<Kind> kinds = field == Field.SEQ ? Set.of(Kind.EDITED, Kind.REORDERED) : Set.of(Kind.EDITED);
                return new Trial(seed, m, field + " of " + k, TestChains.edit(chain, k, field, rnd), anchors, kinds,
                        k);
            }
            case EDIT_REHASH -> {
                // The newest entry has no successor to show the break: only the head checkpoint disagrees.
                Kind kind = k == n ? Kind.REWRITTEN : Kind.EDITED;
                return new Trial(seed, m, "entry " + k, TestChains.rehash(chain, k), anchors, Set.of(kind), k);
            }
            case DELETE, DELETE_RENUMBER -> {
                int count = rnd.nextInt(3) == 0 ? 2 + rnd.nextInt(40) : 1;
                count = (int) Math.min(count, n - k + 1);
                // Deleting the newest entries can only be seen through a checkpoint: the database's own says so.
                Kind kind = k + count - 1 == n ? Kind.TRUNCATED : Kind.DELETED;
                return new Trial(seed, m, count + " from " + k, TestChains.delete(chain, k, count,
                        m == Mutation.DELETE_RENUMBER), anchors, Set.of(kind), k);
            }
            case INSERT_NAIVE -> {
                int count = rnd.nextBoolean() ? 1 : 1 + rnd.nextInt(5);
                return new Trial(seed, m, count + " before " + k, TestChains.insert(chain, k, count, false), anchors,
                        Set.of(Kind.INSERTED), k);
            }
            case COPY -> {
                long copySeq = rnd.nextBoolean() ? n + 1 + rnd.nextInt(50) : -rnd.nextInt(50);
                return new Trial(seed, m, k + " as " + copySeq, TestChains.copy(chain, k, copySeq), anchors,
                        Set.of(Kind.INSERTED), copySeq);
            }
            case REPLACE -> {
                return new Trial(seed, m, "entry " + k, TestChains.replace(chain, k, rnd), anchors,
                        Set.of(Kind.EDITED), k);
            }
            case INSERT_RECOMPUTED -> {
                // Self-consistent afterwards: the first checkpoint at or after the insertion disagrees.
                long firstAnchor = Long.MAX_VALUE;
                for (ChainAnchor a : anchors) {
                    if (a.seq() >= k) {
                        firstAnchor = Math.min(firstAnchor, a.seq());
                    }
                }
                return new Trial(seed, m, "before " + k, TestChains.insert(chain, k, true, rnd), anchors,
                        Set.of(Kind.REWRITTEN), firstAnchor);
            }
            case SWAP -> {
                long a = 1 + rnd.nextInt(n - 1);
                long b = rnd.nextBoolean() ? a + 1 : a + 1 + rnd.nextInt((int) (n - a));
                return new Trial(seed, m, a + " and " + b, TestChains.swap(chain, a, b), anchors,
                        Set.of(Kind.REORDERED), a);
            }
            case CUT_TAIL -> {
                long c = 2 + rnd.nextInt(n - 1);
                return new Trial(seed, m, "from " + c, TestChains.cut(chain, c), anchors, Set.of(Kind.TRUNCATED), c);
            }
            case ROLLBACK -> {
                // An older copy of the whole workspace: its own checkpoints stop at its end; a newer one is outside.
                long p = 1 + rnd.nextInt(n - 1);
                List<AuditEntry> old = TestChains.cut(chain, p + 1);
                List<ChainAnchor> oldAnchors = new ArrayList<>();
                for (ChainAnchor a : anchors) {
                    if (a.fromDatabase() && a.seq() <= p) {
                        oldAnchors.add(a);
                    }
                }
                if (rnd.nextBoolean()) {
                    oldAnchors.add(TestChains.anchor(old.get(old.size() - 1), ChainAnchor.DATABASE));
                }
                long newer = p + 1 + rnd.nextInt((int) (n - p));
                oldAnchors.add(TestChains.anchor(chain.get((int) newer - 1), rnd.nextBoolean() ? "checkpoint file"
                        : "given file"));
                return new Trial(seed, m, "to " + p + " (outside checkpoint at " + newer + ")", old, oldAnchors,
                        Set.of(Kind.ROLLED_BACK), p + 1);
            }
            default -> throw new IllegalArgumentException(m.name());
        }
    }
}
