package org.compliancebridge.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.compliancebridge.audit.TestChains.anchor;
import static org.compliancebridge.audit.TestChains.anchors;
import static org.compliancebridge.audit.TestChains.chain;
import static org.compliancebridge.audit.TestChains.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.compliancebridge.audit.Finding.Kind;
import org.compliancebridge.audit.TestChains.Field;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.Hash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChainVerifierTest {
    static final int N = 500;
    final List<AuditEntry> chain = chain(N, 7);
    /** Database checkpoints every 50 entries and at the head, plus a checkpoint file at the head. */
    final List<ChainAnchor> anchors = withFile(anchors(chain, 50, ChainAnchor.DATABASE), chain.get(N - 1));

    static List<ChainAnchor> withFile(List<ChainAnchor> db, AuditEntry head) {
        List<ChainAnchor> all = new ArrayList<>(db);
        all.add(anchor(head, "checkpoint file"));
        return all;
    }

    static void assertSingle(VerificationReport r, Kind kind, long seq) {
        assertThat(r.findings()).as("findings").hasSize(1);
        Finding f = r.findings().get(0);
        assertThat(f.kind()).as("%s", f).isEqualTo(kind);
        assertThat(f.seq()).as("%s", f).isEqualTo(seq);
        assertThat(r.intact()).isFalse();
    }

    @Test
    void cleanChainIsIntact() {
        VerificationReport r = verify(chain, anchors);
        assertThat(r.findings()).isEmpty();
        assertThat(r.intact()).isTrue();
        assertThat(r.entriesChecked()).isEqualTo(N);
        assertThat(r.headSeq()).isEqualTo(N);
        assertThat(r.headHash()).isEqualTo(chain.get(N - 1).hash());
        assertThat(r.newestAnchor()).hasValueSatisfying(a -> assertThat(a.seq()).isEqualTo(N));
    }

    @Test
    void emptyTrailIsIntactWithoutCheckpointsAndRolledBackWithOne() {
        VerificationReport r = verify(List.of(), List.of());
        assertThat(r.intact()).isTrue();
        assertThat(r.headSeq()).isZero();
        assertThat(r.headHash()).isEqualTo(AuditChain.genesis(TestChains.WORKSPACE));
        assertSingle(verify(List.of(), List.of(anchor(chain.get(9), "checkpoint file"))), Kind.ROLLED_BACK, 1);
        assertSingle(verify(List.of(), List.of(anchor(chain.get(9), ChainAnchor.DATABASE))), Kind.TRUNCATED, 1);
    }

    @ParameterizedTest
    @EnumSource(Field.class)
    void editingAnyFieldIsOneEditedFinding(Field field) {
        for (long k : new long[] {1, 2, 50, 250, N - 1, N}) {
            VerificationReport r = verify(TestChains.edit(chain, k, field, new Random(k)), anchors);
            assertThat(r.findings()).as("%s at %d: %s", field, k, r.findings()).hasSize(1);
            assertThat(r.findings().get(0).kind()).as("%s at %d: %s", field, k, r.findings()).isEqualTo(Kind.EDITED);
            assertThat(r.findings().get(0).seq()).as("%s at %d: %s", field, k, r.findings()).isEqualTo(k);
        }
    }

    @Test
    void messagesSayWhatChanged() {
        Random rnd = new Random(1);
        assertThat(verify(TestChains.edit(chain, 123, Field.NEW_VALUE, rnd), anchors).findings().get(0).message())
                .isEqualTo("entry 123 was changed after it was written (its content no longer matches its hash)");
        assertThat(verify(TestChains.edit(chain, 123, Field.HASH, rnd), anchors).findings().get(0).message())
                .contains("stored hash was overwritten");
        assertThat(verify(TestChains.edit(chain, 123, Field.FORMAT_VERSION, rnd), anchors).findings().get(0)
                .message()).contains("format version");
        assertThat(verify(TestChains.edit(chain, 123, Field.PREV_HASH, rnd), anchors).findings().get(0).message())
                .contains("does not point to the entry before it");
        assertThat(verify(TestChains.edit(chain, 123, Field.SEQ, rnd), anchors).findings().get(0).message())
                .contains("sequence number was changed");
    }

    @Test
    void separateEditsAreSeparateFindingsAndAdjacentOnesOne() {
        Random rnd = new Random(2);
        List<AuditEntry> t = TestChains.edit(chain, 10, Field.OLD_VALUE, rnd);
        t = TestChains.edit(t, 200, Field.USER_ID, rnd);
        t = TestChains.edit(t, 201, Field.REASON, rnd);
        t = TestChains.edit(t, 202, Field.HASH, rnd);
        t = TestChains.edit(t, 400, Field.PREV_HASH, rnd);
        VerificationReport r = verify(t, anchors);
        assertThat(r.findings()).extracting(Finding::kind).containsOnly(Kind.EDITED);
        assertThat(r.findings()).extracting(Finding::seq).containsExactly(10L, 200L, 400L);
        assertThat(r.findings().get(1).message()).startsWith("entries 200 to 202 were changed");
    }

    @Test
    void deletions() {
        assertSingle(verify(TestChains.delete(chain, 1, false), anchors), Kind.DELETED, 1);
        assertSingle(verify(TestChains.delete(chain, 77, false), anchors), Kind.DELETED, 77);
        assertSingle(verify(TestChains.delete(chain, 77, true), anchors), Kind.DELETED, 77);
        assertThat(verify(TestChains.delete(chain, 77, true), anchors).findings().get(0).message())
                .contains("renumbered");
        List<AuditEntry> several = TestChains.delete(TestChains.delete(chain, 300, false), 301, false);
        several = TestChains.delete(several, 302, false);
        VerificationReport r = verify(several, anchors);
        assertSingle(r, Kind.DELETED, 300);
        assertThat(r.findings().get(0).message()).startsWith("entries 300 to 302 are missing (3 entries)");
        // The newest entry: only a checkpoint can tell, and the database's own one says the tail was cut.
        assertSingle(verify(TestChains.delete(chain, N, false), anchors), Kind.TRUNCATED, N);
    }

    @Test
    void deletionHiddenByRecomputingTheLinksAcrossTheGap() {
        List<AuditEntry> t = new ArrayList<>(chain.subList(0, 99));
        Hash prev = chain.get(98).hash();
        for (AuditEntry e : chain.subList(100, N)) { // entry 100 deleted, the rest re-linked, numbers kept
            AuditEntry r = new AuditEntry(e.seq(), 1, e.occurredAt(), e.zoneId(), e.userId(), e.eventType(),
                    e.recordType(), e.recordId(), e.oldValue(), e.newValue(), e.reason(), prev, null);
            r = AuditChain.withHash(r, AuditChain.hashOf(r));
            t.add(r);
            prev = r.hash();
        }
        VerificationReport r = verify(t, List.of());
        assertSingle(r, Kind.DELETED, 100);
        // With checkpoints the recomputation shows as well, at the first checkpoint after the gap.
        VerificationReport withAnchors = verify(t, anchors);
        assertThat(withAnchors.findings()).extracting(Finding::kind).containsExactly(Kind.DELETED, Kind.REWRITTEN);
        assertThat(withAnchors.findings()).extracting(Finding::seq).containsExactly(100L, 100L + 50 - 100 % 50);
    }

    @Test
    void insertions() {
        Random rnd = new Random(3);
        assertSingle(verify(TestChains.insert(chain, 1, false, rnd), anchors), Kind.INSERTED, 1);
        VerificationReport r = verify(TestChains.insert(chain, 123, false, rnd), anchors);
        assertSingle(r, Kind.INSERTED, 123);
        assertThat(r.findings().get(0).message()).contains("renumbered to make room");
        assertSingle(verify(TestChains.insert(chain, N, false, rnd), anchors), Kind.INSERTED, N);
        // Not possible in the database (duplicate key), possible in a file: the forged row next to the original.
        List<AuditEntry> dup = new ArrayList<>(chain);
        dup.add(122, AuditChain.seal(123, chain.get(121).hash(), chain.get(122).occurredAt(), "UTC", "mallory",
                TestChains.draft(rnd, 1)));
        assertSingle(verify(dup, anchors), Kind.INSERTED, 123);
        // A forged row that does not even point to its predecessor.
        List<AuditEntry> junk = new ArrayList<>(chain.subList(0, 122));
        AuditEntry forged = AuditChain.seal(123, TestChains.randomHash(rnd), chain.get(122).occurredAt(), "UTC",
                "mallory", TestChains.draft(rnd, 1));
        junk.add(forged);
        chain.subList(122, N).forEach(e -> junk.add(TestChains.withSeq(e, e.seq() + 1)));
        assertSingle(verify(junk, anchors), Kind.INSERTED, 123);
    }

    @Test
    void insertionWithTheChainRecomputedAfterItIsCaughtByTheNextCheckpoint() {
        VerificationReport r = verify(TestChains.insert(chain, 123, true, new Random(4)), anchors);
        assertSingle(r, Kind.REWRITTEN, 150);
        assertThat(r.findings().get(0).message()).contains("after entry 100").contains("later checkpoints disagree");
        // Without checkpoints a consistently recomputed chain cannot be told from a genuine one.
        assertThat(verify(TestChains.insert(chain, 123, true, new Random(4)), List.of()).intact()).isTrue();
    }

    @Test
    void reorders() {
        assertSingle(verify(TestChains.swap(chain, 40, 41), anchors), Kind.REORDERED, 40);
        assertSingle(verify(TestChains.swap(chain, 40, 42), anchors), Kind.REORDERED, 40);
        assertSingle(verify(TestChains.swap(chain, 40, 400), anchors), Kind.REORDERED, 40);
        assertSingle(verify(TestChains.swap(chain, 1, 2), anchors), Kind.REORDERED, 1);
        assertSingle(verify(TestChains.swap(chain, N - 1, N), anchors), Kind.REORDERED, N - 1);
        // Moved in a file without changing numbers: [.. 2, 4, 5, 3, 6 ..]
        List<AuditEntry> moved = new ArrayList<>(chain);
        moved.add(4, moved.remove(2));
        VerificationReport r = verify(moved, anchors);
        assertSingle(r, Kind.REORDERED, 3);
        assertThat(r.findings().get(0).message()).contains("entry 3 is stored after entry 5");
    }

    @Test
    void tailCutAndRollback() {
        assertSingle(verify(TestChains.cut(chain, 321), anchors), Kind.TRUNCATED, 321);
        // An older copy: its own checkpoints stop where it stops; the checkpoint file beside it is newer.
        List<AuditEntry> old = TestChains.cut(chain, 321);
        List<ChainAnchor> oldAnchors = withFile(anchors(old, 50, ChainAnchor.DATABASE), chain.get(N - 1));
        VerificationReport r = verify(old, oldAnchors);
        assertSingle(r, Kind.ROLLED_BACK, 321);
        assertThat(r.findings().get(0).message()).contains("ends at entry 320").contains("covers entry 500")
                .contains("own newest checkpoint covers entry 320");
        assertThat(r.newestAnchor()).hasValueSatisfying(a -> assertThat(a.seq()).isEqualTo(320));
        // Without any outside evidence an older copy is indistinguishable from the real thing.
        assertThat(verify(old, anchors(old, 50, ChainAnchor.DATABASE)).intact()).isTrue();
    }

    @Test
    void rewrittenChain() {
        // Entry 260 changed and every hash from there on recomputed, numbers kept: only checkpoints can tell.
        List<AuditEntry> t = new ArrayList<>(chain.subList(0, 259));
        Hash prev = chain.get(258).hash();
        for (AuditEntry e : chain.subList(259, N)) {
            AuditEntry r = new AuditEntry(e.seq(), 1, e.occurredAt(), e.zoneId(), e.userId(), e.eventType(),
                    e.recordType(), e.recordId(), e.seq() == 260 ? "forged" : e.oldValue(), e.newValue(),
                    e.reason(), prev, null);
            r = AuditChain.withHash(r, AuditChain.hashOf(r));
            t.add(r);
            prev = r.hash();
        }
        assertSingle(verify(t, anchors), Kind.REWRITTEN, 300);
        assertThat(verify(t, List.of()).intact()).isTrue();
        // One entry changed and re-hashed but the chain not recomputed after it: the next link shows it.
        List<AuditEntry> one = new ArrayList<>(chain);
        AuditEntry e = chain.get(99);
        AuditEntry r = new AuditEntry(e.seq(), 1, e.occurredAt(), e.zoneId(), e.userId(), e.eventType(),
                e.recordType(), e.recordId(), "forged", e.newValue(), e.reason(), e.prevHash(), null);
        one.set(99, AuditChain.withHash(r, AuditChain.hashOf(r)));
        assertSingle(verify(one, List.of()), Kind.EDITED, 100);
        assertSingle(verify(one, anchors), Kind.EDITED, 100); // the checkpoint at 100 adds nothing new
    }

    @Test
    void trailFromAnotherWorkspace() {
        ChainVerifier v = new ChainVerifier(UUID.randomUUID(), List.of(), null, null);
        chain.forEach(v::accept);
        VerificationReport r = v.finish();
        assertThat(r.findings()).hasSize(1);
        assertThat(r.findings().get(0).kind()).isEqualTo(Kind.REWRITTEN);
        assertThat(r.findings().get(0).seq()).isEqualTo(1);
        assertThat(r.findings().get(0).message()).contains("genesis");
    }

    @Test
    void anchorsFromAnotherChainDisagree() {
        List<AuditEntry> other = chain(N, 8);
        VerificationReport r = verify(chain, List.of(anchor(other.get(9), "given file")));
        assertSingle(r, Kind.REWRITTEN, 10);
        assertThat(r.newestAnchor()).isEmpty();
    }

    /** Cases beyond the tamper suite's mutations, on a trail longer than the verifier's window of recent rows. */
    @Test
    void harderCasesOnALongerTrail() {
        List<AuditEntry> c = chain(3000, 11);
        List<ChainAnchor> a = withFile(anchors(c, 100, ChainAnchor.DATABASE), c.get(2999));
        List<AuditEntry> t = c;
        for (int i = 0; i < 1200; i++) {
            t = TestChains.delete(t, 101, true);
        }
        VerificationReport r = verify(t, a); // far more than the small search range: found by the wide search
        assertSingle(r, Kind.DELETED, 101);
        assertThat(r.findings().get(0).message()).startsWith("entries 101 to 1300 are missing (1200 entries)");

        r = verify(TestChains.swap(c, 100, 2900), a); // further apart than the window of recent rows
        assertSingle(r, Kind.REORDERED, 100);
        assertThat(r.findings().get(0).message()).contains("entry 2900 is stored as entry 100");

        r = verify(TestChains.copy(c, 1234, 3001), a);
        assertSingle(r, Kind.INSERTED, 3001);
        assertThat(r.findings().get(0).message()).contains("copy of entry 1234");

        assertSingle(verify(TestChains.replace(c, 100, new Random(1)), a), Kind.EDITED, 100);
        assertSingle(verify(TestChains.replace(c, 1, new Random(1)), a), Kind.EDITED, 1);
        assertSingle(verify(TestChains.replace(c, 3000, new Random(1)), a), Kind.EDITED, 3000);
        assertSingle(verify(TestChains.rehash(c, 1500), List.of()), Kind.EDITED, 1500);
        assertSingle(verify(TestChains.rehash(c, 3000), a), Kind.REWRITTEN, 3000); // no successor: checkpoint only
        assertSingle(verify(TestChains.insert(c, 500, 3, false), a), Kind.INSERTED, 500);

        List<AuditEntry> reversed = new ArrayList<>(c);
        java.util.Collections.reverse(reversed.subList(1000, 1010)); // entries 1001..1010, numbers unchanged
        assertSingle(verify(reversed, a), Kind.REORDERED, 1001);

        Random rnd = new Random(3);
        t = TestChains.edit(TestChains.delete(c, 2000, false), 100, Field.NEW_VALUE, rnd);
        t = TestChains.swap(t, 1500, 1501);
        r = verify(t, a);
        assertThat(r.findings()).extracting(Finding::kind).containsExactly(Kind.EDITED, Kind.REORDERED,
                Kind.DELETED);
        assertThat(r.findings()).extracting(Finding::seq).containsExactly(100L, 1500L, 2000L);
    }

    @Test
    void aWreckedTrailStaysBoundedAndFast() {
        List<AuditEntry> c = chain(25_000, 12);
        Random rnd = new Random(4);
        List<AuditEntry> wrecked = new ArrayList<>();
        for (AuditEntry e : c) { // every previous-hash overwritten: every row breaks and fails
            wrecked.add(new AuditEntry(e.seq(), 1, e.occurredAt(), e.zoneId(), e.userId(), e.eventType(),
                    e.recordType(), e.recordId(), e.oldValue(), e.newValue(), e.reason(),
                    TestChains.randomHash(rnd), e.hash()));
        }
        long t = System.nanoTime();
        VerificationReport r = verify(wrecked, anchors(c, 100, ChainAnchor.DATABASE));
        double seconds = (System.nanoTime() - t) / 1e9;
        assertThat(r.findings()).isNotEmpty().hasSizeLessThan(10);
        assertThat(r.findings().get(0).seq()).isEqualTo(1);
        assertThat(r.findings()).anySatisfy(f -> assertThat(f.message()).contains("too damaged"));
        assertThat(seconds).as("seconds").isLessThan(10);

        List<AuditEntry> shuffled = new ArrayList<>(c.subList(0, 20_000)); // a file in random order
        java.util.Collections.shuffle(shuffled, rnd);
        t = System.nanoTime();
        r = verify(shuffled, List.of());
        seconds = (System.nanoTime() - t) / 1e9;
        assertThat(r.findings()).hasSize(ChainVerifier.MAX_FINDINGS + 1);
        assertThat(r.findings().get(0).kind()).isEqualTo(Kind.REORDERED);
        assertThat(r.findings().get(0).seq()).isEqualTo(1);
        assertThat(r.findings().get(ChainVerifier.MAX_FINDINGS).message()).contains("badly damaged");
        assertThat(seconds).as("seconds").isLessThan(10);
    }

    @Test
    void progressAndCancellation() {
        List<AuditEntry> big = chain(3 * ChainVerifier.CHECK_INTERVAL + 5, 9);
        List<Long> seen = new ArrayList<>();
        ChainVerifier v = new ChainVerifier(TestChains.WORKSPACE, List.of(), seen::add, () -> false);
        big.forEach(v::accept);
        assertThat(v.finish().intact()).isTrue();
        assertThat(seen).containsExactly((long) ChainVerifier.CHECK_INTERVAL, 2L * ChainVerifier.CHECK_INTERVAL,
                3L * ChainVerifier.CHECK_INTERVAL, (long) big.size());

        AtomicLong accepted = new AtomicLong();
        ChainVerifier c = new ChainVerifier(TestChains.WORKSPACE, List.of(), null, () -> accepted.get() > 10_000);
        assertThatThrownBy(() -> big.forEach(e -> {
            c.accept(e);
            accepted.incrementAndGet();
        })).isInstanceOf(CancellationException.class);
        assertThat(accepted.get()).isLessThanOrEqualTo(2L * ChainVerifier.CHECK_INTERVAL);
    }

    @Test
    void finishOnlyOnce() {
        ChainVerifier v = new ChainVerifier(TestChains.WORKSPACE, List.of(), null, null);
        v.finish();
        assertThatThrownBy(v::finish).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> v.accept(chain.get(0))).isInstanceOf(IllegalStateException.class);
    }
}
