package org.compliancebridge.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.Hash;

/**
 * Builds sealed in-memory audit chains and tampers with them the way someone with write access to the database could:
 * rows keep unique sequence numbers and are read back in ascending {@code seq} order ({@link #stored}).
 */
final class TestChains {
    static final UUID WORKSPACE = UUID.fromString("0b6c8f5e-2d1a-4e7b-9c3f-5a8d7e6f1b2c");
    static final Instant START = Instant.parse("2024-01-15T08:00:00Z");
    static final AuditEventType[] TYPES = AuditEventType.values();

    private TestChains() {
    }

    /** A chain of {@code n} entries (seq 1..n) sealed exactly as the write path does. */
    static List<AuditEntry> chain(int n, long seed) {
        Random rnd = new Random(seed);
        List<AuditEntry> out = new ArrayList<>(n);
        Hash prev = AuditChain.genesis(WORKSPACE);
        for (int i = 1; i <= n; i++) {
            AuditEntry e = AuditChain.seal(i, prev, START.plusMillis(1000L * i + rnd.nextInt(1000)),
                    rnd.nextBoolean() ? "Europe/Berlin" : "America/New_York", "user" + rnd.nextInt(5), draft(rnd, i));
            out.add(e);
            prev = e.hash();
        }
        return out;
    }

    static AuditDraft draft(Random rnd, long i) {
        AuditEventType t = TYPES[rnd.nextInt(TYPES.length)];
        String old = rnd.nextInt(4) == 0 ? null : "old value " + rnd.nextInt(1000);
        String now = rnd.nextInt(6) == 0 ? null : "new value " + rnd.nextInt(1000) + " Ünïcödé €";
        String why = rnd.nextInt(3) == 0 ? "reason " + i : null;
        return new AuditDraft(t, "record", rnd.nextInt(5) == 0 ? null : "rec-" + rnd.nextInt(100), old, now, why);
    }

    /** Anchors as the app would hold them: database checkpoints every {@code every} entries plus one at the head. */
    static List<ChainAnchor> anchors(List<AuditEntry> chain, int every, String source) {
        List<ChainAnchor> out = new ArrayList<>();
        for (AuditEntry e : chain) {
            if (e.seq() % every == 0 || e == chain.get(chain.size() - 1)) {
                out.add(anchor(e, source));
            }
        }
        return out;
    }

    static ChainAnchor anchor(AuditEntry e, String source) {
        return new ChainAnchor(e.seq(), e.hash(), e.occurredAt().plusSeconds(1), "signer", source);
    }

    static VerificationReport verify(List<AuditEntry> entries, List<ChainAnchor> anchors) {
        ChainVerifier v = new ChainVerifier(WORKSPACE, anchors, null, null);
        entries.forEach(v::accept);
        return v.finish();
    }

    /** What {@code SELECT ... ORDER BY seq} returns. */
    static List<AuditEntry> stored(List<AuditEntry> rows) {
        List<AuditEntry> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparingLong(AuditEntry::seq));
        return copy;
    }

    static int indexOf(List<AuditEntry> rows, long seq) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).seq() == seq) {
                return i;
            }
        }
        throw new IllegalArgumentException("no seq " + seq);
    }

    // ---- mutations (each returns a new stored list) ---------------------------------------------------------------

    /** The editable columns of an audit row. */
    enum Field {
        SEQ, FORMAT_VERSION, OCCURRED_AT, ZONE_ID, USER_ID, EVENT_TYPE, RECORD_TYPE, RECORD_ID, OLD_VALUE,
        NEW_VALUE, REASON, PREV_HASH, HASH
    }

    /** Changes one column of the row with {@code seq}; its stored hash stays (unless the column is the hash). */
    static List<AuditEntry> edit(List<AuditEntry> rows, long seq, Field f, Random rnd) {
        List<AuditEntry> out = new ArrayList<>(rows);
        int i = indexOf(out, seq);
        AuditEntry e = out.get(i);
        long s = e.seq();
        int fv = e.formatVersion();
        Instant t = e.occurredAt();
        String zone = e.zoneId();
        String user = e.userId();
        String type = e.eventType();
        String rtype = e.recordType();
        String rid = e.recordId();
        String old = e.oldValue();
        String now = e.newValue();
        String why = e.reason();
        Hash prev = e.prevHash();
        Hash hash = e.hash();
        switch (f) {
            case SEQ -> s = rnd.nextBoolean() ? rows.size() + 1 + rnd.nextInt(1000) : -rnd.nextInt(1000);
            case FORMAT_VERSION -> fv = 2 + rnd.nextInt(5);
            case OCCURRED_AT -> t = t.plusMillis(1 + rnd.nextInt(100_000) * (rnd.nextBoolean() ? 1 : -1));
            case ZONE_ID -> zone = zone.equals("UTC") ? "Europe/Paris" : "UTC";
            case USER_ID -> user = user + "x";
            case EVENT_TYPE -> type = type.equals("LOGIN_FAILED") ? "LOGIN_SUCCEEDED" : "LOGIN_FAILED";
            case RECORD_TYPE -> rtype = rtype + "s";
            case RECORD_ID -> rid = rid == null ? "" : rnd.nextBoolean() ? null : rid + "0";
            case OLD_VALUE -> old = old == null ? "" : rnd.nextBoolean() ? null : old + "!";
            case NEW_VALUE -> now = now == null ? "" : rnd.nextBoolean() ? null : now + " ";
            case REASON -> why = why == null ? "covering up" : rnd.nextBoolean() ? null : why.toUpperCase();
            case PREV_HASH -> prev = randomHash(rnd);
            case HASH -> hash = randomHash(rnd);
            default -> throw new IllegalArgumentException(f.name());
        }
        out.set(i, new AuditEntry(s, fv, t, zone, user, type, rtype, rid, old, now, why, prev, hash));
        return stored(out);
    }

    /** Deletes the row with {@code seq}; with {@code renumber}, later rows move down to close the gap. */
    static List<AuditEntry> delete(List<AuditEntry> rows, long seq, boolean renumber) {
        return delete(rows, seq, 1, renumber);
    }

    /** Deletes {@code count} rows from {@code seq} on; with {@code renumber}, later rows move down to close the gap. */
    static List<AuditEntry> delete(List<AuditEntry> rows, long seq, int count, boolean renumber) {
        List<AuditEntry> out = new ArrayList<>(rows);
        out.removeIf(e -> e.seq() >= seq && e.seq() < seq + count);
        if (renumber) {
            out.replaceAll(e -> e.seq() >= seq + count ? withSeq(e, e.seq() - count) : e);
        }
        return stored(out);
    }

    /** Stores a copy of the row with {@code seq} under the unused number {@code copySeq}. */
    static List<AuditEntry> copy(List<AuditEntry> rows, long seq, long copySeq) {
        List<AuditEntry> out = new ArrayList<>(rows);
        out.add(withSeq(rows.get(indexOf(rows, seq)), copySeq));
        return stored(out);
    }

    /** Replaces the row with {@code seq} by a forged one with a correct own hash but a made-up previous hash. */
    static List<AuditEntry> replace(List<AuditEntry> rows, long seq, Random rnd) {
        List<AuditEntry> out = new ArrayList<>(rows);
        int i = indexOf(out, seq);
        out.set(i, AuditChain.seal(seq, randomHash(rnd), out.get(i).occurredAt(), "UTC", "mallory", draft(rnd, seq)));
        return out;
    }

    /** Changes the old value of the row with {@code seq} and recomputes that row's hash (its prevHash is kept). */
    static List<AuditEntry> rehash(List<AuditEntry> rows, long seq) {
        List<AuditEntry> out = new ArrayList<>(rows);
        int i = indexOf(out, seq);
        AuditEntry e = out.get(i);
        AuditEntry r = new AuditEntry(e.seq(), 1, e.occurredAt(), e.zoneId(), e.userId(), e.eventType(),
                e.recordType(), e.recordId(), "forged " + e.oldValue(), e.newValue(), e.reason(), e.prevHash(), null);
        out.set(i, AuditChain.withHash(r, AuditChain.hashOf(r)));
        return out;
    }

    /**
     * Inserts a forged row as entry {@code seq}, pointing to the real entry before it and with its own hash computed
     * correctly. The rows from {@code seq} on are renumbered up by one to make room (the primary key forces that);
     * with {@code recompute} their prevHash and hash are recomputed too, so the whole chain is self-consistent.
     */
    static List<AuditEntry> insert(List<AuditEntry> rows, long seq, boolean recompute, Random rnd) {
        return insert(rows, seq, 1, recompute);
    }

    /** Like {@link #insert(List, long, boolean, Random)} with {@code count} forged rows, linked to each other. */
    static List<AuditEntry> insert(List<AuditEntry> rows, long seq, int count, boolean recompute) {
        List<AuditEntry> out = new ArrayList<>();
        int at = indexOf(rows, seq);
        Hash prev = at == 0 ? AuditChain.genesis(WORKSPACE) : rows.get(at - 1).hash();
        out.addAll(rows.subList(0, at));
        for (int k = 0; k < count; k++) {
            AuditEntry forged = AuditChain.seal(seq + k, prev, rows.get(at).occurredAt().minusMillis(count - k),
                    "UTC", "mallory", AuditDraft.of(AuditEventType.SETTING_CHANGED, "setting", "audit.enabled",
                            "true", "false"));
            out.add(forged);
            prev = forged.hash();
        }
        for (AuditEntry e : rows.subList(at, rows.size())) {
            if (recompute) {
                AuditEntry r = new AuditEntry(e.seq() + count, e.formatVersion(), e.occurredAt(), e.zoneId(),
                        e.userId(), e.eventType(), e.recordType(), e.recordId(), e.oldValue(), e.newValue(),
                        e.reason(), prev, null);
                r = AuditChain.withHash(r, AuditChain.hashOf(r));
                out.add(r);
                prev = r.hash();
            } else {
                out.add(withSeq(e, e.seq() + count));
            }
        }
        return stored(out);
    }

    /** Exchanges the sequence numbers of two rows (their content and hashes stay): a swap of their positions. */
    static List<AuditEntry> swap(List<AuditEntry> rows, long a, long b) {
        List<AuditEntry> out = new ArrayList<>(rows);
        int i = indexOf(out, a);
        int j = indexOf(out, b);
        AuditEntry x = out.get(i);
        AuditEntry y = out.get(j);
        out.set(i, withSeq(x, b));
        out.set(j, withSeq(y, a));
        return stored(out);
    }

    /** Keeps the rows before {@code seq}. */
    static List<AuditEntry> cut(List<AuditEntry> rows, long seq) {
        return new ArrayList<>(rows.subList(0, indexOf(rows, seq)));
    }

    static AuditEntry withSeq(AuditEntry e, long seq) {
        return new AuditEntry(seq, e.formatVersion(), e.occurredAt(), e.zoneId(), e.userId(), e.eventType(),
                e.recordType(), e.recordId(), e.oldValue(), e.newValue(), e.reason(), e.prevHash(), e.hash());
    }

    static Hash randomHash(Random rnd) {
        byte[] b = new byte[32];
        rnd.nextBytes(b);
        return Hash.of(b);
    }
}
