package org.compliancebridge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.compliancebridge.domain.KdfParams;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.service.PasswordPolicy;
import org.compliancebridge.service.Session;
import org.compliancebridge.service.WorkspaceService;
import org.compliancebridge.sign.Argon2KeyProtection;
import org.compliancebridge.store.H2DatabaseOpener;
import org.compliancebridge.store.JsonWorkspaceFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: prints how long unlocking a workspace takes with the production Argon2id cost, split into the key
 * derivation and the rest (open encrypted H2, migrations check, sign-in audit entry). Run: mvn -Pbench verify
 * -Dtest=UnlockBenchmark.
 */
@Tag("benchmark")
class UnlockBenchmark {
    @Test
    void unlockTime() throws Exception {
        Path dir = Files.createTempDirectory("cb-bench").resolve("ws");
        WorkspaceService svc = new WorkspaceService(new H2DatabaseOpener(), new JsonWorkspaceFiles(),
                new Argon2KeyProtection(), PasswordPolicy.bundled(), KdfParams.PRODUCTION, Clock.systemUTC(),
                ZoneId::systemDefault, d -> { }, new org.compliancebridge.sign.BcSigningKeys(
                        new java.security.SecureRandom(), org.compliancebridge.sign.ScryptCost.PRODUCTION));
        char[] pw = "benchmark passphrase".toCharArray();
        long t0 = System.nanoTime();
        svc.create(dir, "Bench", UserId.of("tester"), "Bench User", pw).session().close();
        System.out.printf("create workspace (2 Argon2id wraps, production cost %s): %d ms%n", KdfParams.PRODUCTION,
                (System.nanoTime() - t0) / 1_000_000);
        var keys = new Argon2KeyProtection();
        for (int i = 0; i < 5; i++) {
            long k0 = System.nanoTime();
            var w = keys.wrap(new byte[32], pw, "x", KdfParams.PRODUCTION);
            long k1 = System.nanoTime();
            keys.unwrap(w, pw, "x");
            long k2 = System.nanoTime();
            long s0 = System.nanoTime();
            Session s = svc.open(dir, UserId.of("tester"), pw);
            long s1 = System.nanoTime();
            s.close();
            System.out.printf("run %d: Argon2id unwrap %d ms; full unlock (KDF + open encrypted H2 + audit) %d ms;"
                    + " close %d ms%n", i, (k2 - k1) / 1_000_000, (s1 - s0) / 1_000_000,
                    (System.nanoTime() - s1) / 1_000_000);
        }
    }
}
