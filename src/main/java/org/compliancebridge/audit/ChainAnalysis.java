package org.compliancebridge.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compliancebridge.audit.ChainVerifier.Renumbering;
import org.compliancebridge.audit.ChainVerifier.RowFailure;
import org.compliancebridge.audit.ChainVerifier.Segment;
import org.compliancebridge.audit.ChainVerifier.SeqJump;
import org.compliancebridge.domain.Hash;

/**
 * The second half of {@link ChainVerifier}: stitches the segments back into the most plausible original chain and
 * turns the differences into {@link Finding}s. Works on the per-break records only, never on the whole trail.
 */
final class ChainAnalysis {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    /** Reorder chunks larger than this are described without the (quadratic) fewest-moves analysis. */
    private static final int MAX_LIS = 2000;

    private final ChainVerifier v;
    private final List<Segment> segs;
    /** Stands for the genesis hash: the chain's virtual entry 0. */
    private final Segment root = new Segment();
    private final List<Segment> path = new ArrayList<>();
    private final List<Junction> junctions = new ArrayList<>();
    private final List<Finding> out = new ArrayList<>();
    private long head;
    private ChainAnchor newestAnchor;

    /** Two segments adjacent on the reconstructed chain; {@code linked} if {@code to} points to {@code from}. */
    private record Junction(Segment from, Segment to, boolean linked) {
    }

    ChainAnalysis(ChainVerifier v) {
        this.v = v;
        this.segs = v.segments;
        root.startPos = -1;
        root.endPos = -2;
        root.lastChainSeq = 0;
        root.lastOk = true;
        root.firstOk = true;
    }

    List<Finding> findings() {
        resolvePredecessors();
        countAnchorHits();
        computeReach();
        buildPath();
        classifyJunctions();
        classifyOrder();
        reportOffChain();
        reportFailures();
        reportJumps();
        reportRenumberings();
        reportAnchors();
        reportOverflow();
        out.sort(Comparator.comparingLong(Finding::seq).thenComparing(Finding::kind));
        return limit(dedupe(out));
    }

    private static List<Finding> limit(List<Finding> all) {
        if (all.size() <= ChainVerifier.MAX_FINDINGS) {
            return all;
        }
        List<Finding> rest = all.subList(ChainVerifier.MAX_FINDINGS, all.size());
        Map<Finding.Kind, Integer> byKind = new java.util.EnumMap<>(Finding.Kind.class);
        for (Finding f : rest) {
            byKind.merge(f.kind(), 1, Integer::sum);
        }
        Finding.Kind most = null;
        StringBuilder kinds = new StringBuilder();
        for (Map.Entry<Finding.Kind, Integer> e : byKind.entrySet()) {
            if (most == null || e.getValue() > byKind.get(most)) {
                most = e.getKey();
            }
            kinds.append(kinds.length() == 0 ? "" : ", ").append(e.getValue()).append(' ')
                    .append(e.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        List<Finding> out = new ArrayList<>(all.subList(0, ChainVerifier.MAX_FINDINGS));
        out.add(new Finding(most, rest.get(0).seq(), "the audit trail is badly damaged: " + rest.size() + " more "
                + "problems from entry " + rest.get(0).seq() + " on are not listed one by one (" + kinds + ")"));
        return out;
    }

    Optional<ChainAnchor> newestAnchor() {
        return Optional.ofNullable(newestAnchor);
    }

    // ---- stitching ---------------------------------------------------------------------------------------------

    /**
     * Finds each segment's predecessor: the segment whose last hash its first entry points to. The pointer counts
     * only if the first entry's own hash vouches for it; a first entry that did not match its hash is re-checked
     * under the number it would have after that predecessor (an entry moved by a swap or a changed number).
     */
    private void resolvePredecessors() {
        Map<Hash, Segment> byLast = new HashMap<>();
        for (Segment s : segs) {
            if (s.last.hash() != null) {
                byLast.putIfAbsent(s.last.hash(), s);
            }
            if (s.lastRecomputed != null) {
                byLast.putIfAbsent(s.lastRecomputed, s);
            }
        }
        List<Segment> todo = new ArrayList<>(segs);
        boolean changed = true;
        while (!todo.isEmpty() && changed) {
            changed = false;
            List<Segment> waiting = new ArrayList<>();
            for (Segment s : todo) {
                Hash p = s.first.prevHash();
                Segment cand = p.equals(v.genesis) ? root : byLast.get(p);
                if (cand == s) {
                    cand = null;
                }
                if (cand != null && !s.firstOk) {
                    if (cand != root && !cand.resolved && !cand.firstOk && cand.startPos == cand.endPos) {
                        waiting.add(s); // its own number is not known yet
                        continue;
                    }
                    if (!v.recheckFirst(s, cand.lastChainSeq + 1)) {
                        cand = null;
                    }
                }
                if (cand != null) {
                    s.pred = cand;
                    cand.children.add(s);
                }
                s.resolved = true;
                changed = true;
            }
            todo = waiting;
        }
        for (Segment s : todo) {
            s.resolved = true;
        }
        // A first entry still unexplained may be a copy or a far move of a genuine one: find its original number.
        for (Segment s : segs) {
            if (!s.firstOk && s.pred == null) {
                long original = v.wideSearch(s.first);
                if (original != Long.MIN_VALUE) {
                    v.recheckFirst(s, original);
                }
            }
        }
    }

    private void countAnchorHits() {
        for (int i = 0; i < v.anchors.length; i++) {
            if (v.anchorMatchPos[i] >= 0) {
                Segment s = v.segmentAt(v.anchorMatchPos[i]);
                if (s != null) {
                    s.anchorHits++;
                }
            }
        }
    }

    /** For forks: the branch carrying more checkpoints, then more entries, then stored later is the original. */
    private void computeReach() {
        List<Segment> order = new ArrayList<>();
        Deque<Segment> stack = new ArrayDeque<>();
        stack.push(root);
        for (Segment s : segs) {
            if (s.pred == null) {
                stack.push(s);
            }
        }
        while (!stack.isEmpty()) {
            Segment s = stack.pop();
            order.add(s);
            for (Segment c : s.children) {
                stack.push(c);
            }
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            Segment s = order.get(i);
            Segment best = null;
            for (Segment c : s.children) {
                if (best == null || better(c, best)) {
                    best = c;
                }
            }
            s.bestChild = best;
            long rows = s == root ? 0 : s.rows();
            s.reachRows = rows + (best == null ? 0 : best.reachRows);
            s.reachAnchors = s.anchorHits + (best == null ? 0 : best.reachAnchors);
        }
    }

    private static boolean better(Segment a, Segment b) {
        if (a.reachAnchors != b.reachAnchors) {
            return a.reachAnchors > b.reachAnchors;
        }
        if (a.reachRows != b.reachRows) {
            return a.reachRows > b.reachRows;
        }
        return a.startPos > b.startPos; // a forger inserts before the entry he pushes aside
    }

    /**
     * Walks from the genesis hash along the best links. Where no link continues, the chain resumes at the unlinked
     * segment with the next higher original number (something is missing in between).
     */
    private void buildPath() {
        List<Segment> roots = new ArrayList<>();
        for (Segment s : segs) {
            if (s.pred == null) {
                roots.add(s);
            }
        }
        roots.sort(Comparator.comparingLong((Segment s) -> s.firstChainSeq).thenComparingLong(s -> s.startPos));
        Segment end = root;
        while (true) {
            Segment next = end.bestChild;
            boolean linked = next != null;
            if (next == null) {
                next = nextRoot(roots, end.lastChainSeq);
            }
            if (next == null) {
                break;
            }
            next.pathIndex = path.size();
            path.add(next);
            junctions.add(new Junction(end, next, linked));
            end = next;
        }
        for (Segment s : path) {
            head = Math.max(head, Math.max(s.firstChainSeq, s.lastChainSeq));
        }
    }

    private static Segment nextRoot(List<Segment> roots, long after) {
        int lo = 0;
        int hi = roots.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (roots.get(mid).firstChainSeq <= after) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < roots.size(); i++) {
            if (roots.get(i).pathIndex < 0) {
                return roots.get(i);
            }
        }
        return null;
    }

    // ---- classification ----------------------------------------------------------------------------------------

    private void classifyJunctions() {
        for (int t = 0; t < junctions.size(); t++) {
            Junction j = junctions.get(t);
            Segment a = j.from();
            Segment b = j.to();
            long aSeq = a.lastChainSeq;
            long bSeq = b.firstChainSeq;
            boolean aOk = a.lastOk;
            if (j.linked()) {
                if (aOk && b.firstOk && bSeq > aSeq + 1) {
                    deleted(aSeq + 1, bSeq - 1, "the entries around the gap were linked to each other with "
                            + "recomputed hashes to hide it");
                    b.explained = true;
                } else if (aOk && b.firstOk && bSeq <= aSeq) {
                    out.add(new Finding(Finding.Kind.REWRITTEN, bSeq, "entry " + bSeq + " is linked after entry "
                            + aSeq + " although its number is not higher: the trail was rebuilt with recomputed "
                            + "hashes"));
                    b.explained = true;
                }
                continue;
            }
            if (bSeq > aSeq + 1) {
                String note = b.first.seq() != bSeq
                        ? "the entries after the gap were renumbered to hide it (entry " + bSeq + " is stored as "
                                + b.first.seq() + ")"
                        : null;
                deleted(aSeq + 1, bSeq - 1, note);
                b.explained = true;
            } else if (aOk && b.firstOk) {
                // Nothing is missing and both sides match their own hashes, yet the link is broken: either the
                // entry before the break was changed and re-hashed, or the one after it was replaced.
                int aSays = a == root ? 0 : v.anchorVerdict(a.endPos, aSeq);
                int bSays = v.anchorVerdict(b.startPos, bSeq);
                Junction n = t + 1 < junctions.size() ? junctions.get(t + 1) : null;
                boolean brokenAfterToo = n != null && !n.linked() && n.from() == b && b.lastOk && n.to().firstOk
                        && n.to().firstChainSeq == b.lastChainSeq + 1;
                boolean bForged;
                if (a == root) {
                    bForged = brokenAfterToo;
                } else if (aSays < 0 || bSays > 0) {
                    bForged = false; // a checkpoint contradicts the entry before or confirms the one after
                } else if (aSays > 0 || bSays < 0) {
                    bForged = true; // a checkpoint confirms the entry before or contradicts the one after
                } else {
                    bForged = brokenAfterToo; // no checkpoint here: the fewest changes that explain the breaks
                }
                if (bForged && brokenAfterToo) {
                    String what = b.rows() == 1 ? "entry " + bSeq + " was" : "entries " + bSeq + " to "
                            + b.lastChainSeq + " were";
                    out.add(new Finding(Finding.Kind.EDITED, bSeq, what + " replaced by forged content with a "
                            + "recomputed hash: " + (b.rows() == 1 ? "it neither points" : "they neither point")
                            + " to entry " + aSeq + " nor " + (b.rows() == 1 ? "is" : "are") + " pointed to by entry "
                            + (b.lastChainSeq + 1) + (aSays == 0 && bSays == 0 ? " (less likely: entries " + aSeq
                                    + " to " + b.lastChainSeq + " were each changed and re-hashed)" : "")));
                    n.to().explained = true;
                    t++;
                } else if (bForged) {
                    out.add(new Finding(Finding.Kind.EDITED, bSeq, "entry " + bSeq + " was replaced by forged "
                            + "content with a recomputed hash: it does not point to entry " + aSeq
                            + (aSays > 0 ? ", which a checkpoint confirms" : "")
                            + (bSays < 0 ? "; a checkpoint disagrees with it" : "")));
                } else if (a == root) {
                    out.add(new Finding(Finding.Kind.REWRITTEN, bSeq, "entry " + bSeq + " does not start from this "
                            + "workspace's genesis hash: the trail was copied from another workspace or rebuilt "
                            + "from the start with recomputed hashes"));
                } else {
                    out.add(new Finding(Finding.Kind.EDITED, aSeq, "entry " + aSeq + " was changed after it was "
                            + "written and its hash recomputed: entry " + (aSeq + 1) + " still points to its "
                            + "original hash" + (aSays < 0 ? "; a checkpoint disagrees with it"
                                    : bSays > 0 ? "; a checkpoint confirms entry " + (aSeq + 1)
                                            : " (if entry " + aSeq + " looks right, entry " + (aSeq + 1)
                                                    + " was replaced instead)")));
                }
                b.explained = true;
            }
            // Otherwise an entry beside the break does not match its own hash: its EDITED finding explains the break.
        }
    }

    private void deleted(long from, long to, String note) {
        String what = from == to ? "entry " + from + " is missing: it was deleted"
                : "entries " + from + " to " + to + " are missing (" + (to - from + 1) + " entries): they were deleted";
        out.add(new Finding(Finding.Kind.DELETED, from, what + (note == null ? "" : "; " + note)));
    }

    /**
     * Compares the stored order of the chain's segments with their chain order. Each stretch where the two differ
     * is one problem; the fewest segments that explain it (complement of the heaviest increasing subsequence,
     * weighted by entries) are the ones reported as moved.
     */
    private void classifyOrder() {
        List<Segment> stored = new ArrayList<>();
        for (Segment s : segs) {
            if (s.pathIndex >= 0) {
                stored.add(s);
            }
        }
        int max = -1;
        int start = 0;
        for (int i = 0; i < stored.size(); i++) {
            max = Math.max(max, stored.get(i).pathIndex);
            if (max == i) {
                if (i > start) {
                    reorderChunk(stored.subList(start, i + 1), start == 0 ? null : stored.get(start - 1));
                }
                start = i + 1;
            }
        }
    }

    private void reorderChunk(List<Segment> chunk, Segment before) {
        int c = chunk.size();
        boolean[] kept = new boolean[c];
        if (c <= MAX_LIS) {
            long[] best = new long[c];
            int[] back = new int[c];
            int top = 0;
            for (int i = 0; i < c; i++) {
                best[i] = chunk.get(i).rows();
                back[i] = -1;
                for (int j = 0; j < i; j++) {
                    if (chunk.get(j).pathIndex < chunk.get(i).pathIndex && best[j] + chunk.get(i).rows() > best[i]) {
                        best[i] = best[j] + chunk.get(i).rows();
                        back[i] = j;
                    }
                }
                if (best[i] > best[top]) {
                    top = i; // ties keep the earlier-stored: a swap is reported at its smaller number
                }
            }
            for (int i = top; i >= 0; i = back[i]) {
                kept[i] = true;
            }
        } else {
            int base = chunk.get(0).pathIndex;
            for (Segment s : chunk) {
                base = Math.min(base, s.pathIndex);
            }
            for (int i = 0; i < c; i++) {
                kept[i] = chunk.get(i).pathIndex - base == i;
            }
        }
        List<Segment> moved = new ArrayList<>();
        long first = Long.MAX_VALUE;
        for (int i = 0; i < c; i++) {
            chunk.get(i).explained = true;
            if (!kept[i]) {
                moved.add(chunk.get(i));
                first = Math.min(first, chunk.get(i).firstChainSeq);
            }
        }
        if (moved.size() == 1) {
            Segment m = moved.get(0);
            long storedSeq = m.first.seq();
            if (m.rows() == 1 && storedSeq != m.firstChainSeq && (storedSeq < 1 || storedSeq > head)) {
                out.add(new Finding(Finding.Kind.EDITED, m.firstChainSeq, "entry " + m.firstChainSeq + " was changed "
                        + "after it was written: its sequence number was changed to " + storedSeq + ", which moves "
                        + "it out of its place (its content matches its hash only as entry " + m.firstChainSeq + ")"));
                return;
            }
        }
        StringBuilder msg = new StringBuilder("entries were moved out of their order: ");
        for (int i = 0; i < moved.size() && i < 3; i++) {
            Segment m = moved.get(i);
            if (i > 0) {
                msg.append("; ");
            }
            msg.append(m.rows() == 1 ? "entry " + m.firstChainSeq
                    : "entries " + m.firstChainSeq + " to " + m.lastChainSeq);
            if (m.first.seq() != m.firstChainSeq) {
                msg.append(m.rows() == 1 ? " is stored as entry " : " are stored as entries ").append(m.first.seq())
                        .append(m.rows() == 1 ? "" : " to " + m.last.seq());
            } else {
                Segment prevStored = chunk.indexOf(m) > 0 ? chunk.get(chunk.indexOf(m) - 1) : before;
                msg.append(m.rows() == 1 ? " is stored " : " are stored ").append(prevStored == null
                        ? "at the start of the trail" : "after entry " + prevStored.lastChainSeq);
            }
        }
        if (moved.size() > 3) {
            msg.append("; and ").append(moved.size() - 3).append(" more moved stretches");
        }
        msg.append(" (their hashes are intact; only their positions changed)");
        out.add(new Finding(Finding.Kind.REORDERED, first, msg.toString()));
    }

    /** Segments the chain does not pass through: inserted. Neighbouring ones are one finding. */
    private void reportOffChain() {
        for (int i = 0; i < segs.size(); i++) {
            Segment s = segs.get(i);
            if (s.pathIndex >= 0) {
                continue;
            }
            int j = i;
            long rows = 0;
            boolean allValid = true;
            while (j < segs.size() && segs.get(j).pathIndex < 0) {
                rows += segs.get(j).rows();
                allValid &= segs.get(j).firstOk && segs.get(j).lastOk;
                j++;
            }
            Segment lastOff = segs.get(j - 1);
            Segment after = j < segs.size() ? segs.get(j) : null;
            if (after != null) {
                after.explained = true;
            }
            long seq = s.first.seq();
            StringBuilder msg = new StringBuilder(rows == 1 ? "entry " + seq + " is"
                    : "entries " + seq + " to " + lastOff.last.seq() + " (" + rows + " entries) are");
            msg.append(" not part of the original audit trail: ");
            if (rows == 1 && s.firstOk && seq != s.firstChainSeq) {
                msg.append("it is a copy of entry ").append(s.firstChainSeq).append(" stored under another number ")
                        .append("(its content matches its hash only as entry ").append(s.firstChainSeq).append(')');
            } else {
                msg.append(rows == 1 ? "it was" : "they were").append(" inserted (no genuine entry points to ")
                        .append(rows == 1 ? "it" : "them");
                if (allValid) {
                    msg.append("; ").append(rows == 1 ? "its hash was" : "their hashes were")
                            .append(" computed to look genuine");
                }
                msg.append(')');
            }
            if (after != null && after.pathIndex >= 0 && after.first.seq() > after.firstChainSeq) {
                msg.append("; the genuine entries after ").append(rows == 1 ? "it" : "them")
                        .append(" were renumbered to make room");
            }
            out.add(new Finding(Finding.Kind.INSERTED, seq, msg.toString()));
            i = j - 1;
        }
    }

    /** Entries on the chain that do not match their hashes; consecutive ones (in stored order) are one finding. */
    private void reportFailures() {
        List<RowFailure> fs = v.failures;
        for (int i = 0; i < fs.size(); i++) {
            RowFailure f = fs.get(i);
            if (!onChain(f)) {
                continue;
            }
            int j = i + 1;
            while (j < fs.size() && fs.get(j).pos == fs.get(j - 1).pos + 1 && onChain(fs.get(j))) {
                j++;
            }
            long seq = f.entry.seq();
            String msg;
            if (j - i == 1) {
                msg = "entry " + seq + " was changed after it was written (" + switch (f.detail) {
                    case CONTENT -> "its content no longer matches its hash";
                    case HASH_FIELD -> "its stored hash was overwritten; the next entry still points to the hash "
                            + "its content has";
                    case FORMAT -> "its format version was set to " + f.entry.formatVersion() + ", which this "
                            + "version of ComplianceBridge cannot check; or it was written by a newer version";
                    case LINK -> "its content no longer matches its hash and it does not point to the entry before "
                            + "it; its previous-hash field was probably changed";
                } + ")";
            } else {
                long last = fs.get(j - 1).entry.seq();
                msg = "entries " + seq + " to " + last + " were changed after they were written (" + (j - i)
                        + " consecutive entries no longer match their hashes)";
            }
            out.add(new Finding(Finding.Kind.EDITED, seq, msg));
            i = j - 1;
        }
    }

    private boolean onChain(RowFailure f) {
        Segment s = f.resolved ? null : v.segmentAt(f.pos);
        return s != null && s.pathIndex >= 0;
    }

    /** Valid, linked entries whose original numbers skip or go back: the chain was rebuilt around a change. */
    private void reportJumps() {
        for (SeqJump jump : v.jumps) {
            Segment s = v.segmentAt(jump.pos());
            if (s == null || s.pathIndex < 0 || jump.pos() == s.startPos) {
                continue; // junctions between segments are judged in classifyJunctions
            }
            if (jump.actual() > jump.expected()) {
                deleted(jump.expected(), jump.actual() - 1, "the entries around the gap were linked to each other "
                        + "with recomputed hashes to hide it");
            } else {
                out.add(new Finding(Finding.Kind.REWRITTEN, jump.actual(), "entry " + jump.actual() + " is linked "
                        + "after entry " + (jump.expected() - 1) + " although its number is not higher: the trail "
                        + "was rebuilt with recomputed hashes"));
            }
        }
    }

    /** Valid entries stored under another number, not explained by an insertion, deletion or move next to them. */
    private void reportRenumberings() {
        List<Renumbering> rs = new ArrayList<>(v.renumberings);
        rs.sort(Comparator.comparingLong(r -> r.startPos));
        for (Renumbering r : rs) {
            Segment s = v.segmentAt(r.startPos);
            if (s == null || s.pathIndex < 0 || r.startPos == s.startPos && s.explained) {
                continue;
            }
            String msg = r.startPos == r.endPos
                    ? "entry " + r.firstChain + " was changed after it was written: its sequence number was changed "
                            + "to " + r.firstStored + " (its content matches its hash only as entry " + r.firstChain
                            + ")"
                    : "entries " + r.firstChain + " to " + r.lastChain + " were renumbered after they were written "
                            + "(stored as " + r.firstStored + " to " + r.lastStored + "; their content matches their "
                            + "hashes only under the original numbers)";
            out.add(new Finding(Finding.Kind.EDITED, r.firstChain, msg));
        }
    }

    /** Recomputed chains (disagreeing checkpoints) and a missing tail (checkpoints beyond the end). */
    private void reportAnchors() {
        ChainAnchor[] anchors = v.anchors;
        ChainAnchor lastAgreeing = null;
        ChainAnchor firstDisagreeing = null;
        ChainAnchor agreeingBefore = null;
        int laterDisagreeing = 0;
        ChainAnchor newestBeyond = null;
        ChainAnchor newestDbBeyond = null;
        ChainAnchor newestDb = null;
        for (int i = 0; i < anchors.length; i++) {
            ChainAnchor a = anchors[i];
            if (a.fromDatabase() && (newestDb == null || a.seq() >= newestDb.seq())) {
                newestDb = a;
            }
            if (v.anchorMatchPos[i] >= 0) {
                Segment s = v.segmentAt(v.anchorMatchPos[i]);
                if (s != null && s.pathIndex >= 0) {
                    lastAgreeing = a;
                }
            } else if (a.seq() > head) {
                if (newestBeyond == null || a.seq() >= newestBeyond.seq()) {
                    newestBeyond = a;
                }
                if (a.fromDatabase() && (newestDbBeyond == null || a.seq() >= newestDbBeyond.seq())) {
                    newestDbBeyond = a;
                }
            } else if (v.anchorMismatchPos[i] >= 0) {
                Segment s = v.segmentAt(v.anchorMismatchPos[i]);
                if (s != null && s.pathIndex >= 0) {
                    if (firstDisagreeing == null) {
                        firstDisagreeing = a;
                        agreeingBefore = lastAgreeing;
                    } else {
                        laterDisagreeing++;
                    }
                }
            }
        }
        newestAnchor = lastAgreeing;
        if (firstDisagreeing != null) {
            long s = firstDisagreeing.seq();
            out.add(new Finding(Finding.Kind.REWRITTEN, s, "entry " + s + " matches its own hash but not "
                    + describe(firstDisagreeing) + ": the trail's hashes were recomputed at or before entry " + s
                    + (agreeingBefore == null ? "" : " (the change lies after entry " + agreeingBefore.seq()
                            + ", which still agrees with " + describe(agreeingBefore) + ")")
                    + (laterDisagreeing == 0 ? "" : "; " + laterDisagreeing + " later checkpoints disagree too")));
        }
        if (newestBeyond != null) {
            long from = head + 1;
            if (newestDbBeyond != null) {
                out.add(new Finding(Finding.Kind.TRUNCATED, from, "the audit trail ends at entry " + head + ", but "
                        + describe(newestDbBeyond) + " covers entry " + newestDbBeyond.seq() + ": entries " + from
                        + " to " + newestDbBeyond.seq() + " (at least) were cut from the end"));
            } else {
                out.add(new Finding(Finding.Kind.ROLLED_BACK, from, "the workspace appears to be an older copy: its "
                        + "audit trail ends at entry " + head + " and "
                        + (newestDb == null ? "it holds no checkpoint of its own"
                                : "its own newest checkpoint covers entry " + newestDb.seq() + " ("
                                        + TIME.format(newestDb.at()) + ")")
                        + ", but " + describe(newestBeyond) + " covers entry " + newestBeyond.seq() + "; entries "
                        + from + " to " + newestBeyond.seq() + " (at least) are not in this database. (Deleting "
                        + "the newest entries together with the database's checkpoints would look the same.)"));
            }
        }
    }

    private void reportOverflow() {
        if (v.overflowBreaks > 0) {
            out.add(new Finding(Finding.Kind.EDITED, v.overflowSeq, "the audit trail is broken in " + v.overflowBreaks
                    + " more places from entry " + v.overflowSeq + " on; it is too damaged to analyse in detail "
                    + "beyond that point"));
        }
        if (v.droppedFailures > 0) {
            out.add(new Finding(Finding.Kind.EDITED, v.firstDroppedFailureSeq, v.droppedFailures + " more entries "
                    + "from entry " + v.firstDroppedFailureSeq + " on no longer match their hashes (not listed "
                    + "one by one)"));
        }
    }

    private static String describe(ChainAnchor a) {
        return "the checkpoint of " + TIME.format(a.at()) + " by " + a.userId() + " (" + a.source() + ")";
    }

    /**
     * One finding per problem: a checkpoint disagreeing at an entry that already has a finding adds nothing, and an
     * identical finding (same kind and number) is kept once.
     */
    private static List<Finding> dedupe(List<Finding> sorted) {
        List<Finding> result = new ArrayList<>();
        for (Finding f : sorted) {
            boolean duplicate = false;
            for (int i = result.size() - 1; i >= 0 && result.get(i).seq() == f.seq(); i--) {
                if (result.get(i).kind() == f.kind() || f.kind() == Finding.Kind.REWRITTEN) {
                    duplicate = true;
                    break;
                }
            }
            if (!duplicate) {
                result.add(f);
            }
        }
        return result;
    }
}
