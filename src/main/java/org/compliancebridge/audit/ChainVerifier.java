package org.compliancebridge.audit;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.Hash;

/**
 * Verifies an audit trail fed one entry at a time in ascending stored {@code seq} order, against the workspace's
 * genesis hash and a set of trusted checkpoints ({@link ChainAnchor}s), and says what broke and where.
 *
 * <pre>
 *   ChainVerifier v = new ChainVerifier(workspaceId, anchors, progress, cancelled);
 *   repository pages → v.accept(entry) ...;
 *   VerificationReport r = v.finish();
 * </pre>
 *
 * <h2>What is checked</h2>
 * For every entry: does its content hash to its stored hash (under which sequence number), and does its
 * {@code prevHash} equal the stored hash of the entry read before it (the genesis hash for the first). Every
 * checkpoint is compared with the entry whose content hashes at the checkpoint's sequence number.
 *
 * <h2>How problems are told apart</h2>
 * The trail is cut into <em>segments</em> wherever a link breaks. A {@code prevHash} counts as evidence only if the
 * entry's own hash vouches for it (its content, which includes {@code prevHash}, hashes to its stored hash). At
 * {@link #finish()} the segments are stitched back together by those links into the most plausible original chain,
 * starting at the genesis hash, and the difference between that chain and what is stored is classified:
 * <ul>
 * <li><b>EDITED</b>: an entry on the chain whose content no longer hashes to its stored hash (content, stored hash,
 *     format version or {@code prevHash} changed), or whose sequence number alone was changed (its content hashes
 *     only under its original number; moved out of the trail's range, or renumbered in place). Also a link broken
 *     between two entries that both match their own hashes with nothing missing: either the earlier entry was
 *     changed and re-hashed (its successor still points to the original hash) or the later one was replaced.
 *     A checkpoint on either side decides; without one, a stretch broken on both sides is one replaced stretch
 *     (the fewest changes), otherwise the earlier entry was re-hashed. The message names the alternative.</li>
 * <li><b>DELETED</b>: the chain continues after a sequence gap (by the original numbers: the entries after the gap
 *     may have been renumbered to hide it).</li>
 * <li><b>INSERTED</b>: a segment that the chain does not pass through: nothing genuine points to it, or a genuine
 *     entry points past it to an earlier entry (a fork: the branch that carries checkpoints, then more entries, is
 *     the original). A genuine entry stored a second time under another number is reported as a copy.</li>
 * <li><b>REORDERED</b>: every entry is on the chain, but the stored order differs from the chain order. The
 *     entries moved are the fewest that explain the order (heaviest increasing subsequence); the reported seq is the
 *     smallest original number among them.</li>
 * <li><b>TRUNCATED</b> / <b>ROLLED_BACK</b>: checkpoints cover entries beyond the chain's end {@code h}. If any of
 *     those checkpoints comes from the database itself, the database contradicts itself: its tail was cut
 *     (TRUNCATED). If only checkpoints from outside the database do, the database is consistent with itself, as an
 *     older copy would be (ROLLED_BACK; the message says that deleting the newest entries together with their
 *     checkpoints would look the same). Reported at {@code h + 1}.</li>
 * <li><b>REWRITTEN</b>: an entry that matches its own hash and sits on the chain disagrees with a checkpoint for its
 *     sequence number: hashes were recomputed. Reported at the first such checkpoint (the change lies between the
 *     last agreeing checkpoint and it, and the message says so); later disagreeing checkpoints are counted, not
 *     repeated. Also used when the first entry does not start from this workspace's genesis hash.</li>
 * </ul>
 * Nothing cascades: after a problem, checking continues from the stored hashes, so one edited entry gives one
 * finding. Consecutive entries with the same problem are reported as one finding naming the range.
 *
 * <h2>Limits</h2>
 * Tamper evidence is relative to the newest checkpoint: entries appended (or a tail replaced with correctly
 * recomputed hashes) after it are undetectable by a keyless hash chain, as is deleting the newest entries when no
 * checkpoint covers them. A run of entries changed with correctly recomputed hashes is reported at the checkpoint
 * that disagrees, or where the recomputation stops, not necessarily at its first entry. An entry's original number
 * is searched {@value #SEQ_SEARCH} either side at every break, and up to {@value #WIDE_SEARCH} either side for at
 * most {@value #MAX_WIDE_SEARCHES} breaks per run. Insertions of more than {@value #RING_SIZE} rows, renumbering
 * beyond those searches, and more than {@value #MAX_SEGMENTS} breaks are still detected (the first broken number
 * stays right) but classified more coarsely; at most {@value #MAX_FINDINGS} findings are listed, the rest summed up.
 *
 * <p>Memory is bounded: the last {@value #RING_SIZE} entries, one record per break and per damaged entry (capped),
 * never the whole trail. Not thread-safe; one verifier per run.
 */
public final class ChainVerifier {
    /** Entries between cancellation checks and progress reports. */
    static final int CHECK_INTERVAL = 8192;
    /** Recent entries remembered to recognise a {@code prevHash} that points a few rows back (inserted rows). */
    static final int RING_SIZE = 1024;
    /** How far from its stored number an entry's original number is searched when no link tells. */
    static final int SEQ_SEARCH = 8;
    /** Breaks analysed in detail; beyond this the trail is reported as too damaged to analyse further. */
    static final int MAX_SEGMENTS = 10_000;
    /** Per-entry records kept (damaged entries, renumbered runs, gaps); further ones are only counted. */
    static final int MAX_RECORDS = 100_000;
    /** Findings listed one by one; the rest are summarised in one last finding (a wrecked trail stays readable). */
    static final int MAX_FINDINGS = 100;
    /** Range of the wide search for an entry's original number (many rows deleted or inserted and renumbered). */
    static final int WIDE_SEARCH = 4096;
    /** Wide searches per run (each costs {@code 2 * WIDE_SEARCH} hashes, a few milliseconds). */
    static final int MAX_WIDE_SEARCHES = 16;

    final Hash genesis;
    final ChainAnchor[] anchors;
    final long[] anchorSeq;
    /** Stream position of the first entry agreeing with each anchor, or -1. */
    final long[] anchorMatchPos;
    /** Stream position of the first entry that matches its own hash but disagrees with each anchor, or -1. */
    final long[] anchorMismatchPos;
    private final LongConsumer progress;
    private final BooleanSupplier cancelled;
    private final MessageDigest sha256 = AuditChain.sha256();
    private final AuditEncoding.Writer writer = new AuditEncoding.Writer();
    private final long[] candidates = new long[1 + 2 * SEQ_SEARCH];
    private int anchorCursor;
    private int wideSearches;

    private final AuditEntry[] ringEntry = new AuditEntry[RING_SIZE];
    private final Hash[] ringRecomputed = new Hash[RING_SIZE];
    private final long[] ringChainSeq = new long[RING_SIZE];
    private final boolean[] ringOk = new boolean[RING_SIZE];

    long count;
    AuditEntry prev;
    /** The previous entry's recomputed hash when it did not match its stored hash, else null. */
    private Hash prevRecomputed;
    private long prevChainSeq;
    private boolean prevOk;
    private Segment current;
    final List<Segment> segments = new ArrayList<>();
    final List<RowFailure> failures = new ArrayList<>();
    final List<Renumbering> renumberings = new ArrayList<>();
    final List<SeqJump> jumps = new ArrayList<>();
    long droppedFailures;
    long firstDroppedFailureSeq;
    long overflowBreaks;
    long overflowSeq;
    private boolean finished;

    /**
     * @param workspaceId the workspace whose genesis hash starts the chain
     * @param anchors     trusted checkpoints, in any order, possibly empty
     * @param progress    told the number of entries checked so far, every few thousand entries; may be null
     * @param cancelled   polled every few thousand entries; when true, {@link #accept} throws
     *                    {@link CancellationException}; may be null
     */
    public ChainVerifier(UUID workspaceId, Collection<ChainAnchor> anchors, LongConsumer progress,
            BooleanSupplier cancelled) {
        this.genesis = AuditChain.genesis(Objects.requireNonNull(workspaceId, "workspaceId"));
        ChainAnchor[] sorted = anchors.toArray(new ChainAnchor[0]);
        for (ChainAnchor a : sorted) {
            Objects.requireNonNull(a, "anchor");
        }
        Arrays.sort(sorted, Comparator.comparingLong(ChainAnchor::seq));
        this.anchors = sorted;
        this.anchorSeq = new long[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            anchorSeq[i] = sorted[i].seq();
        }
        this.anchorMatchPos = new long[sorted.length];
        this.anchorMismatchPos = new long[sorted.length];
        Arrays.fill(anchorMatchPos, -1);
        Arrays.fill(anchorMismatchPos, -1);
        this.progress = progress;
        this.cancelled = cancelled == null ? () -> false : cancelled;
    }

    /**
     * Checks the next entry, in ascending stored order.
     *
     * @throws CancellationException if the cancel flag was raised (checked every few thousand entries)
     */
    public void accept(AuditEntry e) {
        Objects.requireNonNull(e, "entry");
        if (finished) {
            throw new IllegalStateException("finish() was already called");
        }
        long pos = count;
        if (pos > 0 && pos % CHECK_INTERVAL == 0) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Audit trail verification was cancelled");
            }
            if (progress != null) {
                progress.accept(pos);
            }
        }
        count = pos + 1;

        Hash stored = e.hash();
        Hash p = e.prevHash();
        boolean linked;
        boolean viaRecomputed = false;
        if (prev == null) {
            linked = p.equals(genesis);
        } else {
            linked = p.equals(prev.hash());
            if (!linked && prevRecomputed != null && p.equals(prevRecomputed)) {
                linked = true; // the previous entry's stored hash was overwritten; its content is what we point to
                viaRecomputed = true;
            }
        }

        long chainSeq;
        Hash recomputed;
        boolean ok;
        long hit = -1;
        if (linked) {
            // Keep the offset between stored and original numbers of the run we are in (0 unless renumbered).
            chainSeq = prev == null ? e.seq() : e.seq() - (prev.seq() - prevChainSeq);
            recomputed = hashAt(e, chainSeq);
            ok = recomputed != null && recomputed.equals(stored);
            if (!ok && recomputed != null) {
                candidates[0] = e.seq();
                candidates[1] = prev == null ? 1 : prevChainSeq + 1;
                int found = search(e, 2, chainSeq);
                if (found >= 0) {
                    chainSeq = candidates[found];
                    ok = true;
                } else if (current != null && pos == current.startPos + 1 && !current.firstOk) {
                    // Two failing rows in a row right after a break: typically a renumbered run after many deleted
                    // or inserted rows. Find the offset once; the rest of the run then checks at one hash per row.
                    long original = wideSearch(e);
                    if (original != Long.MIN_VALUE) {
                        chainSeq = original;
                        ok = true;
                        if (recheckFirst(current, original - 1)) {
                            int first = slot(current.startPos);
                            ringOk[first] = true;
                            ringChainSeq[first] = original - 1;
                            ringRecomputed[first] = null;
                            prevChainSeq = original - 1;
                        }
                    }
                }
            }
        } else {
            chainSeq = e.seq();
            recomputed = hashAt(e, chainSeq);
            ok = recomputed != null && recomputed.equals(stored);
            boolean analysing = overflowBreaks == 0; // past the cap only count; keep a wrecked trail linear
            if (prev != null && analysing) {
                hit = ringLookup(p, pos);
            }
            if (!ok && recomputed != null && analysing) {
                int n = 0;
                if (hit >= 0) {
                    candidates[n++] = ringChainSeq[slot(hit)] + 1;
                }
                for (int d = 1; d <= SEQ_SEARCH && n + 1 < candidates.length; d++) {
                    candidates[n++] = e.seq() + d;
                    candidates[n++] = e.seq() - d;
                }
                int found = search(e, n, chainSeq);
                if (found >= 0) {
                    chainSeq = candidates[found];
                    ok = true;
                }
            }
        }

        if (viaRecomputed) {
            markStoredHashOverwritten(pos - 1);
        }
        if (current == null) {
            startSegment(pos, e, chainSeq, ok, recomputed);
        } else if (!linked) {
            breakAt(pos, e, chainSeq, ok, recomputed, hit);
        } else {
            extend(current, pos, e, chainSeq, ok, recomputed);
        }
        if (!ok) {
            recordFailure(new RowFailure(pos, e, chainSeq,
                    recomputed == null ? Detail.FORMAT : linked ? Detail.CONTENT : Detail.LINK));
        } else {
            if (chainSeq != e.seq()) {
                recordRenumbering(pos, e.seq(), chainSeq);
            }
            if (linked && prev != null && prevOk && chainSeq != prevChainSeq + 1 && jumps.size() < MAX_RECORDS) {
                jumps.add(new SeqJump(pos, prevChainSeq + 1, chainSeq));
            }
        }
        checkAnchors(pos, chainSeq, ok, stored, recomputed);

        int s = slot(pos);
        ringEntry[s] = e;
        ringRecomputed[s] = ok ? null : recomputed;
        ringChainSeq[s] = chainSeq;
        ringOk[s] = ok;
        prev = e;
        prevRecomputed = ok ? null : recomputed;
        prevChainSeq = chainSeq;
        prevOk = ok;
    }

    /**
     * Ends the run and classifies what was found. Call once, after the last entry.
     */
    public VerificationReport finish() {
        if (finished) {
            throw new IllegalStateException("finish() was already called");
        }
        finished = true;
        if (progress != null) {
            progress.accept(count);
        }
        ChainAnalysis analysis = new ChainAnalysis(this);
        List<Finding> findings = analysis.findings();
        return new VerificationReport(findings, count, prev == null ? 0 : prev.seq(),
                prev == null ? genesis : prev.hash(), analysis.newestAnchor());
    }

    // ---- hashing -------------------------------------------------------------------------------------------------

    /** The hash of {@code e} encoded with sequence number {@code seq}, or null if its format version is unknown. */
    Hash hashAt(AuditEntry e, long seq) {
        try {
            writer.write(e, seq);
        } catch (IllegalArgumentException unknownFormat) {
            return null;
        }
        writer.digestInto(sha256);
        return Hash.of(sha256.digest());
    }

    /**
     * Searches up to {@value #WIDE_SEARCH} numbers either side of the stored one for the number {@code e} was hashed
     * with. A match is proof, not a guess: the hash covers the number. Bounded to {@value #MAX_WIDE_SEARCHES} calls.
     *
     * @return the original number, or {@link Long#MIN_VALUE} if none matches or the budget is spent
     */
    long wideSearch(AuditEntry e) {
        if (wideSearches >= MAX_WIDE_SEARCHES || e.hash() == null) {
            return Long.MIN_VALUE;
        }
        wideSearches++;
        for (int d = 1; d <= WIDE_SEARCH; d++) {
            for (long c : new long[] {e.seq() + d, e.seq() - d}) {
                Hash h = hashAt(e, c);
                if (h == null) {
                    return Long.MIN_VALUE;
                }
                if (h.equals(e.hash())) {
                    return c;
                }
            }
        }
        return Long.MIN_VALUE;
    }

    /** Index of the first of {@code candidates[0..n)} under which {@code e} hashes to its stored hash, or -1. */
    private int search(AuditEntry e, int n, long alreadyTried) {
        for (int i = 0; i < n; i++) {
            long c = candidates[i];
            if (c == alreadyTried) {
                continue;
            }
            Hash h = hashAt(e, c);
            if (h != null && h.equals(e.hash())) {
                return i;
            }
        }
        return -1;
    }

    // ---- segments --------------------------------------------------------------------------------------------------

    private void startSegment(long pos, AuditEntry e, long chainSeq, boolean ok, Hash recomputed) {
        Segment s = new Segment();
        s.startPos = pos;
        s.first = e;
        s.firstChainSeq = chainSeq;
        s.firstOk = ok;
        extend(s, pos, e, chainSeq, ok, recomputed);
        segments.add(s);
        current = s;
    }

    private static void extend(Segment s, long pos, AuditEntry e, long chainSeq, boolean ok, Hash recomputed) {
        s.endPos = pos;
        s.last = e;
        s.lastChainSeq = chainSeq;
        s.lastOk = ok;
        s.lastRecomputed = ok ? null : recomputed;
    }

    private void breakAt(long pos, AuditEntry e, long chainSeq, boolean ok, Hash recomputed, long hit) {
        if (segments.size() >= MAX_SEGMENTS - 1) {
            if (overflowBreaks++ == 0) {
                overflowSeq = e.seq();
            }
            extend(current, pos, e, chainSeq, ok, recomputed);
            return;
        }
        // A valid entry pointing a few rows back, at the entry just before its own original number: the rows in
        // between are not on its chain (inserted). Split them off so the analysis sees the fork.
        if (hit >= 0 && ok && chainSeq == ringChainSeq[slot(hit)] + 1) {
            Segment s = segmentAt(hit);
            if (s != null && s.endPos != hit) {
                split(s, hit);
            }
        }
        startSegment(pos, e, chainSeq, ok, recomputed);
    }

    /** Cuts segment {@code s} after stream position {@code at}; both halves lie within the ring. */
    private void split(Segment s, long at) {
        Segment t = new Segment();
        int a = slot(at);
        int b = slot(at + 1);
        t.startPos = at + 1;
        t.first = ringEntry[b];
        t.firstChainSeq = ringChainSeq[b];
        t.firstOk = ringOk[b];
        t.endPos = s.endPos;
        t.last = s.last;
        t.lastChainSeq = s.lastChainSeq;
        t.lastOk = s.lastOk;
        t.lastRecomputed = s.lastRecomputed;
        s.endPos = at;
        s.last = ringEntry[a];
        s.lastChainSeq = ringChainSeq[a];
        s.lastOk = ringOk[a];
        s.lastRecomputed = ringRecomputed[a];
        segments.add(segments.indexOf(s) + 1, t);
        if (current == s) {
            current = t;
        }
        for (int i = renumberings.size() - 1; i >= 0; i--) {
            Renumbering r = renumberings.get(i);
            if (r.endPos < at + 1) {
                break;
            }
            if (r.startPos <= at) {
                Renumbering tail = new Renumbering(at + 1, ringEntry[b].seq(), ringChainSeq[b]);
                tail.endPos = r.endPos;
                tail.lastStored = r.lastStored;
                tail.lastChain = r.lastChain;
                r.endPos = at;
                r.lastStored = ringEntry[a].seq();
                r.lastChain = ringChainSeq[a];
                renumberings.add(i + 1, tail);
                break;
            }
        }
    }

    /** The segment containing stream position {@code pos}, or null. */
    Segment segmentAt(long pos) {
        int lo = 0;
        int hi = segments.size() - 1;
        Segment found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Segment s = segments.get(mid);
            if (s.startPos <= pos) {
                found = s;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found != null && pos <= found.endPos ? found : null;
    }

    /** Stream position of a recent entry whose stored (or recomputed) hash is {@code h}, newest first, or -1. */
    private long ringLookup(Hash h, long pos) {
        long lo = Math.max(0, pos - RING_SIZE);
        for (long q = pos - 2; q >= lo; q--) { // pos - 1 is the previous entry, already compared
            int i = slot(q);
            if (h.equals(ringEntry[i].hash()) || h.equals(ringRecomputed[i])) {
                return q;
            }
        }
        return -1;
    }

    private static int slot(long pos) {
        return (int) (pos % RING_SIZE);
    }

    // ---- records ---------------------------------------------------------------------------------------------------

    private void recordFailure(RowFailure f) {
        if (failures.size() < MAX_RECORDS) {
            failures.add(f);
        } else if (droppedFailures++ == 0) {
            firstDroppedFailureSeq = f.entry.seq();
        }
    }

    private void markStoredHashOverwritten(long pos) {
        if (!failures.isEmpty()) {
            RowFailure last = failures.get(failures.size() - 1);
            if (last.pos == pos && last.detail == Detail.CONTENT) {
                last.detail = Detail.HASH_FIELD;
            }
        }
    }

    private void recordRenumbering(long pos, long storedSeq, long chainSeq) {
        Renumbering last = renumberings.isEmpty() ? null : renumberings.get(renumberings.size() - 1);
        if (last != null && last.endPos == pos - 1 && last.lastStored + 1 == storedSeq && last.lastChain + 1 == chainSeq
                && last.startPos >= current.startPos) {
            last.endPos = pos;
            last.lastStored = storedSeq;
            last.lastChain = chainSeq;
        } else if (renumberings.size() < MAX_RECORDS) {
            renumberings.add(new Renumbering(pos, storedSeq, chainSeq));
        }
    }

    /**
     * Re-checks a segment's first entry under sequence number {@code seq} (its place once the chain is stitched).
     * On success the entry counts as valid there: its failure record is withdrawn and the checkpoints are compared.
     */
    boolean recheckFirst(Segment s, long seq) {
        AuditEntry e = s.first;
        Hash h = hashAt(e, seq);
        if (h == null || !h.equals(e.hash())) {
            return false;
        }
        s.firstOk = true;
        s.firstChainSeq = seq;
        if (s.startPos == s.endPos) {
            s.lastOk = true;
            s.lastChainSeq = seq;
            s.lastRecomputed = null;
        }
        int lo = 0;
        int hi = failures.size() - 1;
        while (lo <= hi) { // failures are recorded in stream order
            int mid = (lo + hi) >>> 1;
            long p = failures.get(mid).pos;
            if (p == s.startPos) {
                failures.get(mid).resolved = true;
                break;
            } else if (p < s.startPos) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (seq != e.seq()) {
            renumberings.add(new Renumbering(s.startPos, e.seq(), seq));
        }
        checkAnchors(s.startPos, seq, true, e.hash(), h);
        return true;
    }

    /** Compares the entry hashed at {@code chainSeq} with the checkpoints for that number. */
    private void checkAnchors(long pos, long chainSeq, boolean ok, Hash stored, Hash recomputed) {
        int n = anchors.length;
        if (n == 0 || chainSeq < anchorSeq[0] || chainSeq > anchorSeq[n - 1]) {
            return;
        }
        int i = anchorCursor;
        if (i > 0 && anchorSeq[i - 1] >= chainSeq) {
            i = lowerBound(chainSeq); // out-of-order input: search instead of walking forward
        }
        while (i < n && anchorSeq[i] < chainSeq) {
            i++;
        }
        anchorCursor = i;
        for (; i < n && anchorSeq[i] == chainSeq; i++) {
            Hash h = anchors[i].hash();
            if (h.equals(stored) || !ok && h.equals(recomputed)) {
                if (anchorMatchPos[i] < 0) {
                    anchorMatchPos[i] = pos;
                }
            } else if (ok && anchorMismatchPos[i] < 0) {
                anchorMismatchPos[i] = pos;
            }
        }
    }

    /**
     * What the checkpoints say about the entry at stream position {@code pos}, taken as entry {@code chainSeq}: 1 if
     * one agrees with it, -1 if one disagrees, 0 if none covers it.
     */
    int anchorVerdict(long pos, long chainSeq) {
        int verdict = 0;
        for (int i = lowerBound(chainSeq); i < anchors.length && anchorSeq[i] == chainSeq; i++) {
            if (anchorMatchPos[i] == pos) {
                return 1;
            }
            if (anchorMismatchPos[i] == pos) {
                verdict = -1;
            }
        }
        return verdict;
    }

    private int lowerBound(long seq) {
        int lo = 0;
        int hi = anchorSeq.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (anchorSeq[mid] < seq) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    // ---- internal records ------------------------------------------------------------------------------------------

    /** Consecutive stored entries linked by their hashes. Positions count entries in stream order from 0. */
    static final class Segment {
        long startPos;
        long endPos;
        AuditEntry first;
        long firstChainSeq;
        boolean firstOk;
        AuditEntry last;
        long lastChainSeq;
        boolean lastOk;
        Hash lastRecomputed;

        // Filled by the analysis.
        Segment pred;
        final List<Segment> children = new ArrayList<>(1);
        boolean resolved;
        int anchorHits;
        long reachRows;
        long reachAnchors;
        Segment bestChild;
        int pathIndex = -1;
        boolean explained;

        long rows() {
            return endPos - startPos + 1;
        }
    }

    /** Why an entry did not match its hash. */
    enum Detail {
        /** Its content changed (the next entry still points to its stored hash). */
        CONTENT,
        /** Its stored hash was overwritten (the next entry points to the hash its content still has). */
        HASH_FIELD,
        /** Its format version is unknown, so it cannot be hashed. */
        FORMAT,
        /** It does not match its hash and does not point to the entry before it either. */
        LINK
    }

    /** An entry whose content does not hash to its stored hash under any plausible sequence number. */
    static final class RowFailure {
        final long pos;
        final AuditEntry entry;
        final long chainSeq;
        Detail detail;
        boolean resolved;

        RowFailure(long pos, AuditEntry entry, long chainSeq, Detail detail) {
            this.pos = pos;
            this.entry = entry;
            this.chainSeq = chainSeq;
            this.detail = detail;
        }
    }

    /** A run of consecutive valid entries stored under numbers other than the ones they were hashed with. */
    static final class Renumbering {
        final long startPos;
        final long firstStored;
        final long firstChain;
        long endPos;
        long lastStored;
        long lastChain;

        Renumbering(long pos, long storedSeq, long chainSeq) {
            this.startPos = pos;
            this.endPos = pos;
            this.firstStored = storedSeq;
            this.firstChain = chainSeq;
            this.lastStored = storedSeq;
            this.lastChain = chainSeq;
        }
    }

    /** A valid entry linked to its predecessor whose original number does not follow the predecessor's. */
    record SeqJump(long pos, long expected, long actual) {
    }
}
