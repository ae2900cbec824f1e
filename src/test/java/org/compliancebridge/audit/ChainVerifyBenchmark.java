package org.compliancebridge.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.UUID;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.Hash;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How fast a long trail verifies, next to the raw SHA-256 cost of the same bytes. Not a test: it reports figures.
 * Run with {@code mvn -Pbench -Dtest=ChainVerifyBenchmark test} ({@code -Dcb.bench.entries=N} to change the size).
 *
 * <p>Entries are generated lazily from their index (only the 32-byte hashes are kept, 32 MB per million), with old and
 * new values of 200–400 bytes each (some old values null, as for creations), so the verifier sees fresh entry objects
 * as it would from a database page, never a million entries in memory.
 */
@Tag("benchmark")
class ChainVerifyBenchmark {
    static final UUID WORKSPACE = UUID.fromString("3a7d1f0c-8e2b-4b6a-9d5c-1e0f2a3b4c5d");
    static final Instant START = Instant.parse("2023-06-01T07:00:00Z");
    static final String[] ZONES = {"Europe/Berlin", "Europe/Dublin", "America/Chicago", "Asia/Tokyo"};
    static final String[] USERS = {"a.schmidt", "j.murphy", "k.tanaka", "m.rossi", "qa.lead", "admin"};
    static final String[] TYPES = names();
    static final String[] RECORD_TYPES = {"requirement", "assessment", "sop", "risk", "account", "setting"};

    private static String[] names() {
        AuditEventType[] v = AuditEventType.values();
        String[] out = new String[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i].name();
        }
        return out;
    }

    /** A deterministic trail of {@code n} entries, generated on demand; sealing it once stores only the hashes. */
    static final class LazyTrail implements Iterable<AuditEntry> {
        final int n;
        final String[] values = new String[4096];
        final String[] recordIds = new String[4096];
        final byte[] hashes;

        LazyTrail(int n) {
            this.n = n;
            Random rnd = new Random(42);
            String alphabet = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,;:-äöüßé€";
            for (int i = 0; i < values.length; i++) {
                int len = 200 + rnd.nextInt(201);
                StringBuilder b = new StringBuilder(len);
                while (b.length() < len) {
                    b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                }
                values[i] = b.toString();
                recordIds[i] = "REC-" + (100000 + rnd.nextInt(900000));
            }
            hashes = new byte[32 * n];
            Hash prev = AuditChain.genesis(WORKSPACE);
            for (int i = 0; i < n; i++) {
                AuditEntry e = unsealed(i, prev);
                byte[] h = AuditChain.hashOf(e).bytes();
                System.arraycopy(h, 0, hashes, 32 * i, 32);
                prev = Hash.of(h);
            }
        }

        private AuditEntry unsealed(int i, Hash prev) {
            long x = mix(i);
            int a = (int) (x & 4095);
            int b = (int) ((x >>> 12) & 4095);
            boolean creation = ((x >>> 24) & 15) == 0;
            return new AuditEntry(i + 1L, 1, START.plusSeconds(37L * i).plusNanos(((x >>> 32) & 0xFFFFF) * 1000),
                    ZONES[(int) ((x >>> 52) & 3)], USERS[(int) ((x >>> 54) % USERS.length)],
                    TYPES[(int) ((x >>> 40) % TYPES.length)], RECORD_TYPES[(int) ((x >>> 44) % RECORD_TYPES.length)],
                    recordIds[b], creation ? null : values[a], values[b], ((x >>> 28) & 7) == 0 ? values[a] : null,
                    prev, null);
        }

        AuditEntry entry(int i) {
            Hash prev = i == 0 ? AuditChain.genesis(WORKSPACE) : hashAt(i - 1);
            return AuditChain.withHash(unsealed(i, prev), hashAt(i));
        }

        Hash hashAt(int i) {
            byte[] h = new byte[32];
            System.arraycopy(hashes, 32 * i, h, 0, 32);
            return Hash.of(h);
        }

        @Override
        public Iterator<AuditEntry> iterator() {
            return new Iterator<>() {
                int i;

                @Override
                public boolean hasNext() {
                    return i < n;
                }

                @Override
                public AuditEntry next() {
                    if (i >= n) {
                        throw new NoSuchElementException();
                    }
                    return entry(i++);
                }
            };
        }

        private static long mix(long z) {
            z += 0x9E3779B97F4A7C15L;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }

    @Test
    void verifyAMillionEntries() throws Exception {
        int n = Integer.getInteger("cb.bench.entries", 1_000_000);
        long t0 = System.nanoTime();
        LazyTrail trail = new LazyTrail(n);
        double buildS = (System.nanoTime() - t0) / 1e9;
        List<ChainAnchor> anchors = new ArrayList<>();
        for (int i = 999; i < n; i += 1000) {
            anchors.add(new ChainAnchor(i + 1L, trail.hashAt(i), START.plusSeconds(37L * i + 60), "qa.lead",
                    ChainAnchor.DATABASE));
        }
        anchors.add(new ChainAnchor(n, trail.hashAt(n - 1), START.plusSeconds(37L * n), "qa.lead", "checkpoint file"));

        // 1. Verification, cold: the first run in this JVM, as in the app (JIT warm-up included).
        double cold = verify(trail, anchors);
        // 2. Producing the entries alone (what a database page reader would cost, minus I/O).
        long t = System.nanoTime();
        long sink = 0;
        for (AuditEntry e : trail) {
            sink += e.seq();
        }
        double iterate = (System.nanoTime() - t) / 1e9;
        // 3. Raw SHA-256 over exactly the same encoded bytes: pre-encoded in chunks, only digest() timed.
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        long bytes = 0;
        long rawNanos = 0;
        int chunk = 50_000;
        for (int from = 0; from < n; from += chunk) {
            int to = Math.min(n, from + chunk);
            byte[][] encoded = new byte[to - from][];
            for (int i = from; i < to; i++) {
                encoded[i - from] = AuditEncoding.encode(trail.entry(i));
                bytes += encoded[i - from].length;
            }
            long s = System.nanoTime();
            for (byte[] b : encoded) {
                sink += md.digest(b)[0];
            }
            rawNanos += System.nanoTime() - s;
        }
        double raw = rawNanos / 1e9;
        // 4. Verification again, warm.
        double warm = verify(trail, anchors);

        double mb = bytes / 1e6;
        System.out.printf("%nChainVerifyBenchmark: %,d entries, %,d anchors, %.0f bytes/entry on average, %.1f MB "
                + "hashed (%d cores, %s)%n", n, anchors.size(), (double) bytes / n, mb,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
        System.out.printf("  building the trail (sealing once)   %6.2f s%n", buildS);
        System.out.printf("  verify, cold (first run)            %6.2f s  %,10.0f entries/s  %6.0f MB/s  %s%n", cold,
                n / cold, mb / cold, cold <= 3.0 ? "(target <= 3 s: met)" : "(target <= 3 s: NOT met)");
        System.out.printf("  verify, warm                        %6.2f s  %,10.0f entries/s  %6.0f MB/s%n", warm,
                n / warm, mb / warm);
        System.out.printf("  of which producing entries          %6.2f s  (iterator alone)%n", iterate);
        System.out.printf("  raw SHA-256 over the same bytes     %6.2f s  %,10.0f hashes/s   %6.0f MB/s%n", raw,
                n / raw, mb / raw);
        System.out.printf("  ratio verify/raw SHA-256            cold %.1fx, warm %.1fx (warm minus producing: "
                + "%.1fx)%n", cold / raw, warm / raw, (warm - iterate) / raw);
        assertThat(sink).isNotZero();
    }

    private static double verify(LazyTrail trail, List<ChainAnchor> anchors) {
        long t = System.nanoTime();
        ChainVerifier v = new ChainVerifier(WORKSPACE, anchors, null, () -> false);
        for (AuditEntry e : trail) {
            v.accept(e);
        }
        VerificationReport r = v.finish();
        double s = (System.nanoTime() - t) / 1e9;
        assertThat(r.findings()).isEmpty();
        assertThat(r.entriesChecked()).isEqualTo(trail.n);
        assertThat(r.newestAnchor()).isPresent();
        return s;
    }
}
