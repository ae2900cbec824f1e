package org.compliancebridge.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.Hash;
import org.junit.jupiter.api.Test;

/**
 * The canonical encoding is the input of every audit hash: it must be injective (two different entries never encode
 * alike) and it must never drift (entries written years ago must still verify).
 */
class AuditEncodingTest {
    static final UUID WORKSPACE = UUID.fromString("6f1c2a3e-9b4d-4c8e-a1f0-3d5e7b9c1a2f");
    static final Instant WHEN = Instant.parse("2024-03-01T12:34:56.123456Z");

    /**
     * Known answers. Computed once with format version 1 and cross-checked with coreutils {@code sha256sum} over the
     * hex below. If one of these fails, the format changed: that would make every stored trail fail verification.
     * Do not "fix" the constants; add a new format version instead.
     */
    static final String KAT_GENESIS = "5349eade6edcf7b79b8b55b6198d829b4b1b37bb97b2bab321407ea12204ef0e";
    static final String KAT_HASH = "bfa2cd961b2e263c49c5cdb3353045b6099a4766d8ae0e9784718b4f7f5131f5";
    static final String KAT_ENCODING = "43422d41554449540000000100000000"
            + "0000002a0000000065e1cb70075bca00"
            + "0000000d4575726f70652f4265726c69"
            + "6e00000005616c6963650000000f5345"
            + "5454494e475f4348414e474544000000"
            + "0773657474696e670000000f61756469"
            + "742e726574656e74696f6e0000000735"
            + "2079656172730000001d3130204a6168"
            + "726520e28093204772c3bcc39f6520e2"
            + "82ac20f09d849effffffff5349eade6e"
            + "dcf7b79b8b55b6198d829b4b1b37bb97"
            + "b2bab321407ea12204ef0e";

    static AuditEntry katEntry() {
        // The nanoseconds beyond microseconds are dropped by seal(); "reason" is null on purpose (the -1 length).
        return AuditChain.seal(42, AuditChain.genesis(WORKSPACE), Instant.parse("2024-03-01T12:34:56.123456789Z"),
                "Europe/Berlin", "alice", new AuditDraft(AuditEventType.SETTING_CHANGED, "setting", "audit.retention",
                        "5 years", "10 Jahre – Grüße € \uD834\uDD1E", null));
    }

    @Test
    void knownAnswerNeverDrifts() {
        AuditEntry e = katEntry();
        assertThat(AuditChain.genesis(WORKSPACE).hex()).isEqualTo(KAT_GENESIS);
        assertThat(HexFormat.of().formatHex(AuditEncoding.encode(e))).isEqualTo(KAT_ENCODING);
        assertThat(e.hash().hex()).isEqualTo(KAT_HASH);
        assertThat(AuditChain.hashOf(e).hex()).isEqualTo(KAT_HASH);
        assertThat(e.occurredAt()).isEqualTo(WHEN);
    }

    @Test
    void movingBytesBetweenAdjacentStringFieldsChangesTheHash() {
        // Fields in encoding order; each pair (i, i+1) gets "ab"|"c" versus "a"|"bc": same concatenation.
        for (int i = 0; i < 7; i++) {
            AuditEntry left = withStrings(i, "ab", "c");
            AuditEntry right = withStrings(i, "a", "bc");
            assertThat(AuditEncoding.encode(left)).as("fields %d/%d", i, i + 1)
                    .isNotEqualTo(AuditEncoding.encode(right));
            assertThat(AuditChain.hashOf(left)).as("fields %d/%d", i, i + 1).isNotEqualTo(AuditChain.hashOf(right));
        }
    }

    @Test
    void movingAWholeFieldIntoItsNeighbourChangesTheHash() {
        for (int i = 0; i < 7; i++) {
            AuditEntry left = withStrings(i, "abc", "");
            AuditEntry right = withStrings(i, "", "abc");
            assertThat(AuditChain.hashOf(left)).as("fields %d/%d", i, i + 1).isNotEqualTo(AuditChain.hashOf(right));
        }
    }

    @Test
    void nullAndEmptyDiffer() {
        AuditEntry base = base();
        for (BiFunction<AuditEntry, String, AuditEntry> set : java.util.List.<BiFunction<AuditEntry, String,
                AuditEntry>>of(
                        (e, v) -> copy(e, e.zoneId(), e.userId(), e.eventType(), e.recordType(), v, e.oldValue(),
                                e.newValue(), e.reason()),
                        (e, v) -> copy(e, e.zoneId(), e.userId(), e.eventType(), e.recordType(), e.recordId(), v,
                                e.newValue(), e.reason()),
                        (e, v) -> copy(e, e.zoneId(), e.userId(), e.eventType(), e.recordType(), e.recordId(),
                                e.oldValue(), v, e.reason()),
                        (e, v) -> copy(e, e.zoneId(), e.userId(), e.eventType(), e.recordType(), e.recordId(),
                                e.oldValue(), e.newValue(), v))) {
            assertThat(AuditChain.hashOf(set.apply(base, null))).isNotEqualTo(AuditChain.hashOf(set.apply(base, "")));
        }
        // A null value and the literal text "null" must differ too.
        assertThat(AuditChain.hashOf(copy(base, base.zoneId(), base.userId(), base.eventType(), base.recordType(),
                base.recordId(), null, base.newValue(), base.reason())))
                .isNotEqualTo(AuditChain.hashOf(copy(base, base.zoneId(), base.userId(), base.eventType(),
                        base.recordType(), base.recordId(), "null", base.newValue(), base.reason())));
    }

    @Test
    void everyNonStringFieldIsCovered() {
        AuditEntry e = base();
        Hash h = AuditChain.hashOf(e);
        Hash other = Hash.of(new byte[32]);
        assertThat(AuditChain.hashOf(new AuditEntry(e.seq() + 1, 1, e.occurredAt(), e.zoneId(), e.userId(),
                e.eventType(), e.recordType(), e.recordId(), e.oldValue(), e.newValue(), e.reason(), e.prevHash(),
                null))).isNotEqualTo(h);
        assertThat(AuditChain.hashOf(new AuditEntry(e.seq(), 1, e.occurredAt().plusNanos(1000), e.zoneId(),
                e.userId(), e.eventType(), e.recordType(), e.recordId(), e.oldValue(), e.newValue(), e.reason(),
                e.prevHash(), null))).isNotEqualTo(h);
        assertThat(AuditChain.hashOf(new AuditEntry(e.seq(), 1, e.occurredAt().plusSeconds(1), e.zoneId(),
                e.userId(), e.eventType(), e.recordType(), e.recordId(), e.oldValue(), e.newValue(), e.reason(),
                e.prevHash(), null))).isNotEqualTo(h);
        assertThat(AuditChain.hashOf(new AuditEntry(e.seq(), 1, e.occurredAt(), e.zoneId(), e.userId(),
                e.eventType(), e.recordType(), e.recordId(), e.oldValue(), e.newValue(), e.reason(), other, null)))
                .isNotEqualTo(h);
        // The stored hash itself is not part of the encoding.
        assertThat(AuditChain.hashOf(AuditChain.withHash(e, other))).isEqualTo(h);
    }

    @Test
    void unknownFormatVersionIsRefused() {
        AuditEntry e = base();
        AuditEntry v2 = new AuditEntry(e.seq(), 2, e.occurredAt(), e.zoneId(), e.userId(), e.eventType(),
                e.recordType(), e.recordId(), e.oldValue(), e.newValue(), e.reason(), e.prevHash(), e.hash());
        assertThatThrownBy(() -> AuditEncoding.encode(v2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version 2");
    }

    /** Injectivity, shown constructively: a decoder recovers every field from the bytes alone. */
    @Test
    void encodingDecodesBackToTheSameEntryForRandomEntries() {
        long seed = 20240301L;
        Random rnd = new Random(seed);
        String[] atoms = {null, "", "a", "b", "ab", "\u0000", "é", "€", "\uD834\uDD1E", "a\u0000b", "-1", "null"};
        for (int i = 0; i < 5_000; i++) {
            String[] s = new String[8];
            for (int k = 0; k < s.length; k++) {
                StringBuilder b = new StringBuilder();
                int parts = rnd.nextInt(4);
                String v = atoms[rnd.nextInt(atoms.length)];
                if (v == null && k < 4) {
                    v = ""; // zoneId, userId, eventType, recordType are mandatory
                }
                if (v != null) {
                    b.append(v);
                    for (int p = 0; p < parts; p++) {
                        String a = atoms[1 + rnd.nextInt(atoms.length - 1)];
                        b.append(a);
                    }
                    v = b.toString();
                }
                s[k] = v;
            }
            byte[] prev = new byte[32];
            rnd.nextBytes(prev);
            AuditEntry e = new AuditEntry(rnd.nextLong(), 1,
                    Instant.ofEpochSecond(rnd.nextInt() & 0x7fffffffL, rnd.nextInt(1_000_000) * 1000L),
                    s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], Hash.of(prev), null);
            assertThat(decode(AuditEncoding.encode(e))).as("seed %d, entry %d", seed, i).isEqualTo(e);
        }
    }

    private static AuditEntry decode(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        byte[] magic = new byte[8];
        b.get(magic);
        assertThat(new String(magic, StandardCharsets.US_ASCII)).isEqualTo("CB-AUDIT");
        int version = b.getInt();
        long seq = b.getLong();
        Instant t = Instant.ofEpochSecond(b.getLong(), b.getInt());
        String[] s = new String[8];
        for (int i = 0; i < s.length; i++) {
            int len = b.getInt();
            if (len >= 0) {
                byte[] utf8 = new byte[len];
                b.get(utf8);
                s[i] = new String(utf8, StandardCharsets.UTF_8);
            }
        }
        byte[] prev = new byte[32];
        b.get(prev);
        assertThat(b.remaining()).isZero();
        return new AuditEntry(seq, version, t, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], Hash.of(prev), null);
    }

    private static AuditEntry base() {
        return AuditChain.seal(7, AuditChain.genesis(WORKSPACE), WHEN, "UTC", "bob",
                new AuditDraft(AuditEventType.ACCOUNT_CREATED, "account", "bob", "x", "y", "because"));
    }

    /** The base entry with string fields {@code i} and {@code i + 1} (encoding order) set to {@code a}, {@code b}. */
    private static AuditEntry withStrings(int i, String a, String b) {
        String[] s = {"UTC", "bob", "ACCOUNT_CREATED", "account", "bob", "x", "y", "because"};
        s[i] = a;
        s[i + 1] = b;
        AuditEntry e = base();
        return copy(e, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]);
    }

    private static AuditEntry copy(AuditEntry e, String zone, String user, String type, String recordType,
            String recordId, String oldValue, String newValue, String reason) {
        return new AuditEntry(e.seq(), e.formatVersion(), e.occurredAt(), zone, user, type, recordType, recordId,
                oldValue, newValue, reason, e.prevHash(), null);
    }

    @Test
    void reusableWriterMatchesEncodeAndHonoursTheSeqOverride() {
        AuditEncoding.Writer w = new AuditEncoding.Writer();
        AuditEntry big = AuditChain.seal(9, AuditChain.genesis(WORKSPACE), WHEN, "UTC", "bob",
                new AuditDraft(AuditEventType.SETTING_CHANGED, "setting", "k", "x".repeat(5000), "y", null));
        AuditEntry small = base();
        w.write(big, big.seq());
        assertThat(w.toByteArray()).isEqualTo(AuditEncoding.encode(big));
        w.write(small, small.seq()); // reuse after a larger entry: no stale bytes
        assertThat(w.toByteArray()).isEqualTo(AuditEncoding.encode(small)).hasSize(w.length());
        w.write(small, 1234);
        AuditEntry renumbered = new AuditEntry(1234, 1, small.occurredAt(), small.zoneId(), small.userId(),
                small.eventType(), small.recordType(), small.recordId(), small.oldValue(), small.newValue(),
                small.reason(), small.prevHash(), null);
        assertThat(w.toByteArray()).isEqualTo(AuditEncoding.encode(renumbered));
    }

    @Test
    void decoderHelperSeesEveryByte() {
        // Guards the injectivity test itself: a truncated encoding must not decode.
        byte[] enc = AuditEncoding.encode(base());
        assertThatThrownBy(() -> decode(Arrays.copyOf(enc, enc.length - 1))).isInstanceOf(RuntimeException.class);
    }
}
