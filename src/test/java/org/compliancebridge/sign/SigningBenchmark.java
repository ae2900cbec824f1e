package org.compliancebridge.sign;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.compliancebridge.domain.StoredKeyPair;
import org.compliancebridge.domain.UnlockedKey;
import org.compliancebridge.domain.UserId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Figures for the closing note, not a test of behaviour. Run with {@code mvn -Pbench -Dtest=SigningBenchmark test}.
 * Single thread, production scrypt cost, Bouncy Castle provider as {@link BcSigningKeys} uses it. The load average is
 * printed because other processes on a small machine skew every figure.
 */
@Tag("benchmark")
class SigningBenchmark {
    private static final int RECORD_RUNS = 2_000;
    private static final int UNLOCK_RUNS = 10;
    private static final char[] PASSWORD = "benchmark password".toCharArray();
    /** About the size of a record signature's canonical payload (type, id, content hash, signer, meaning, time). */
    private static final byte[] RECORD = ("compliancebridge/signature/v1\nSOP\n7f3c1e2a-8d41-4b7e-9a0c-2f6d5b9e1c44\n"
            + "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\njmueller\nJürgen Müller\n"
            + "APPROVED\n2026-03-14T09:26:53Z").getBytes(UTF_8);

    private final SecureRandom random = new SecureRandom();
    private final BcSigningKeys keys = new BcSigningKeys(random, ScryptCost.PRODUCTION);

    @Test
    void printFigures() {
        System.out.printf("%nSigningBenchmark: %d CPUs, load average %.2f, %s %s, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);

        long start = System.nanoTime();
        StoredKeyPair stored = keys.create(UserId.of("jmueller"), "Jürgen Müller", "Acme", PASSWORD, Instant.now());
        System.out.printf("create (P-256 key pair, certificate, scrypt)  %8.1f ms (first call, cold)%n",
                ms(System.nanoTime() - start));

        keys.unlock(stored, PASSWORD); // warm-up
        keys.unlock(stored, PASSWORD);
        double[] unlock = new double[UNLOCK_RUNS];
        for (int i = 0; i < UNLOCK_RUNS; i++) {
            long t = System.nanoTime();
            keys.unlock(stored, PASSWORD);
            unlock[i] = ms(System.nanoTime() - t);
        }
        Arrays.sort(unlock);
        System.out.printf("unlock (scrypt N=2^17 r=8 p=1, 128 MiB)       %8.1f ms mean, %.1f median, %.1f-%.1f ms"
                + " (%d runs)%n", mean(unlock), unlock[UNLOCK_RUNS / 2], unlock[0], unlock[UNLOCK_RUNS - 1],
                UNLOCK_RUNS);

        UnlockedKey key = keys.unlock(stored, PASSWORD);
        byte[] certificate = stored.certificateDer();
        byte[][] signatures = new byte[RECORD_RUNS][];
        for (int round = 0; round < 2; round++) { // round 0 warms up
            long signNanos = 0;
            long verifyNanos = 0;
            for (int i = 0; i < RECORD_RUNS; i++) {
                long t0 = System.nanoTime();
                signatures[i] = keys.sign(key, RECORD);
                long t1 = System.nanoTime();
                boolean ok = keys.verify(certificate, RECORD, signatures[i]);
                long t2 = System.nanoTime();
                assertThat(ok).isTrue();
                signNanos += t1 - t0;
                verifyNanos += t2 - t1;
            }
            if (round == 1) {
                System.out.printf("sign (ECDSA P-256 SHA-256, %d-byte record)    %8.3f ms%n", RECORD.length,
                        ms(signNanos) / RECORD_RUNS);
                System.out.printf("verify (certificate already checked)          %8.3f ms%n",
                        ms(verifyNanos) / RECORD_RUNS);
                System.out.printf("sign + verify per record                      %8.3f ms  (mean of %d after %d"
                        + " warm-up)%n", ms(signNanos + verifyNanos) / RECORD_RUNS, RECORD_RUNS, RECORD_RUNS);
            }
        }
        long coldNanos = 0;
        int coldRuns = RECORD_RUNS;
        for (int i = 0; i < coldRuns; i++) {
            BcSigningKeys fresh = new BcSigningKeys(random, ScryptCost.PRODUCTION); // empty certificate cache
            long t = System.nanoTime();
            assertThat(fresh.verify(certificate, RECORD, signatures[i])).isTrue();
            coldNanos += System.nanoTime() - t;
        }
        System.out.printf("verify, first time a certificate is seen      %8.3f ms  (parse + self-signature)%n",
                ms(coldNanos) / coldRuns);

        cms(key, 10 * 1024, 500);
        cms(key, 8 * 1024 * 1024, 10);
    }

    private void cms(UnlockedKey key, int size, int runs) {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        for (int i = 0; i < Math.max(3, runs / 5); i++) { // warm-up
            keys.cmsVerifyDetached(keys.cmsSignDetached(key, content), content);
        }
        long signNanos = 0;
        long verifyNanos = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            byte[] cms = keys.cmsSignDetached(key, content);
            long t1 = System.nanoTime();
            boolean ok = keys.cmsVerifyDetached(cms, content).isPresent();
            long t2 = System.nanoTime();
            assertThat(ok).isTrue();
            signNanos += t1 - t0;
            verifyNanos += t2 - t1;
        }
        String label = size >= 1024 * 1024 ? (size >> 20) + " MiB" : (size >> 10) + " KiB";
        System.out.printf("CMS detached sign, %-7s                    %8.3f ms%n", label, ms(signNanos) / runs);
        System.out.printf("CMS detached verify, %-7s                  %8.3f ms  (mean of %d)%n", label,
                ms(verifyNanos) / runs, runs);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }
}
