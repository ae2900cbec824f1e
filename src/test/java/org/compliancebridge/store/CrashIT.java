package org.compliancebridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.AuditQuery;
import org.compliancebridge.domain.KeyFile;
import org.compliancebridge.domain.KeySlot;
import org.compliancebridge.domain.port.Database;
import org.compliancebridge.service.VerificationService;
import org.compliancebridge.sign.Argon2KeyProtection;
import org.compliancebridge.testsupport.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during writes, many times over: the workspace always reopens, no committed change is lost, no half change
 * is visible (data and audit trail agree), and the chain verifies. -Dcb.crash.trials=N for a soak run (default 10).
 */
class CrashIT {
    @TempDir
    Path tmp;

    @Test
    void killedWritersNeverLoseCommittedChangesOrLeaveHalfChanges() throws Exception {
        long seed = Long.getLong("cb.crash.seed", System.nanoTime());
        int trials = Integer.getInteger("cb.crash.trials", 10);
        Random rnd = new Random(seed);
        TestWorkspaces ws = new TestWorkspaces();
        Path dir = tmp.resolve("ws");
        ws.create(dir).session().close();
        KeyFile kf = new JsonWorkspaceFiles().readKeyFile(dir);
        KeySlot slot = kf.slotFor(TestWorkspaces.ADMIN).orElseThrow();
        String key = HexFormat.of().formatHex(new Argon2KeyProtection().unwrap(slot.wrappedKey(),
                TestWorkspaces.ADMIN_PASSWORD.toCharArray(), slot.context(kf.workspaceId())));
        List<String> failures = new ArrayList<>();
        long totalCommitted = 0;
        for (int t = 0; t < trials; t++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.compliancebridge.testsupport.CrashWriter",
                    dir.toString()).redirectErrorStream(true).start();
            AtomicLong lastCommitted = new AtomicLong();
            AtomicLong ready = new AtomicLong();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (line.equals("READY")) {
                            ready.set(System.nanoTime());
                        } else if (line.startsWith("COMMITTED ")) {
                            lastCommitted.set(Long.parseLong(line.substring(10)));
                        }
                    }
                } catch (java.io.IOException ignored) {
                    // the child was killed
                }
            });
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (ready.get() == 0 && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(10);
            }
            Thread.sleep(100 + rnd.nextInt(900));
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(5000);
            long reported = lastCommitted.get();
            totalCommitted = reported;
            try (Database db = new H2DatabaseOpener().open(dir, key)) {
                long stored = db.read(tx -> tx.settings().get("crash.counter")).map(Long::parseLong).orElse(0L);
                List<AuditEntry> changes = db.read(tx -> tx.audit().page(new AuditQuery(Optional.empty(),
                        Optional.of("SETTING_CHANGED"), Optional.empty(), Optional.of("crash.counter"),
                        Optional.empty(), Optional.empty(), Optional.empty()), 0, 1));
                long audited = db.read(tx -> tx.audit().count(new AuditQuery(Optional.empty(),
                        Optional.of("SETTING_CHANGED"), Optional.empty(), Optional.of("crash.counter"),
                        Optional.empty(), Optional.empty(), Optional.empty())));
                var result = new VerificationService(TestWorkspaces.SIGNING, new JsonWorkspaceFiles()).verify(db, dir,
                        kf.workspaceId(), Optional.empty(), null, null);
                if (stored < reported) {
                    failures.add("trial " + t + ": committed " + reported + " but only " + stored + " stored");
                }
                if (audited != stored || (!changes.isEmpty() && !changes.get(0).newValue().equals(
                        Long.toString(stored)))) {
                    failures.add("trial " + t + ": counter " + stored + " but " + audited + " audit entries");
                }
                if (!result.intact()) {
                    failures.add("trial " + t + ": chain " + result.lines());
                }
            } catch (RuntimeException e) {
                failures.add("trial " + t + ": could not reopen: " + e);
            }
        }
        System.out.printf("crash: %d kills of a writing child JVM, %d committed changes in total, %d problems"
                + " (workspace reopened every time, data and audit agree, chain intact); seed=%d%n", trials,
                totalCommitted, failures.size(), seed);
        assertThat(failures).as("seed " + seed).isEmpty();
        assertThat(totalCommitted).as("the child made progress").isPositive();
    }
}
