package org.compliancebridge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.AuditQuery;
import org.compliancebridge.domain.port.AuditTrailWriter;
import org.compliancebridge.export.PoiAuditTrailWriter;
import org.compliancebridge.service.AuditTrailService;
import org.compliancebridge.service.Session;
import org.compliancebridge.service.VerificationService;
import org.compliancebridge.store.JsonWorkspaceFiles;
import org.compliancebridge.testsupport.TestWorkspaces;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the audit trail at 1,000,000 entries in a real encrypted workspace. Prints page and count times for
 * the screen, full verification from the database, and CSV export. Run: mvn -Pbench test -Dtest=AuditTrailBenchmark
 * (-Dcb.bench.entries=N to change the size).
 */
@Tag("benchmark")
class AuditTrailBenchmark {
    @Test
    void oneMillionEntries() throws Exception {
        int n = Integer.getInteger("cb.bench.entries", 1_000_000);
        Path dir = Files.createTempDirectory("cb-bench-trail").resolve("ws");
        TestWorkspaces ws = new TestWorkspaces();
        try (Session s = ws.create(dir).session()) {
            long t0 = System.nanoTime();
            for (int done = 0; done < n; done += 5000) {
                int base = done;
                s.writes().write(s.actor(), ctx -> {
                    for (int i = 0; i < 5000; i++) {
                        int k = base + i;
                        ctx.record(AuditDraft.of(k % 10 == 0 ? AuditEventType.ORGANISATION_CHANGED
                                : AuditEventType.SETTING_CHANGED, "SETTING", "key." + (k % 997),
                                "{\"value\":\"old value " + k + " with some realistic length of text\"}",
                                "{\"value\":\"new value " + (k + 1) + " with some realistic length of text\"}")
                                .withReason(k % 7 == 0 ? "periodic review " + k : null));
                    }
                    return null;
                });
                if (done % 100_000 == 0) {
                    s.checkpoint("bench");
                }
            }
            System.out.printf("populate: %,d entries through the write path in %.1f s%n", n,
                    (System.nanoTime() - t0) / 1e9);
            s.checkpoint("bench");
            AuditTrailService trail = new AuditTrailService(s, new PoiAuditTrailWriter());
            AuditQuery all = AuditQuery.all();
            time("count, no filter", () -> trail.count(all));
            time("page 200 newest", () -> trail.page(all, 0, 200).size());
            time("page 200 at offset 500,000", () -> trail.page(all, 500_000, 200).size());
            time("page 200 at offset 999,000", () -> trail.page(all, 999_000, 200).size());
            AuditQuery event = new AuditQuery(Optional.empty(), Optional.of("ORGANISATION_CHANGED"), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
            time("count, event filter (10%)", () -> trail.count(event));
            time("page 200 newest, event filter", () -> trail.page(event, 0, 200).size());
            time("page 200 at offset 50,000, event filter", () -> trail.page(event, 50_000, 200).size());
            AuditQuery text = new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.of("periodic review 7777"));
            time("count, text search", () -> trail.count(text));
            time("page 200, text search", () -> trail.page(text, 0, 200).size());
            for (int i = 0; i < 2; i++) {
                long v0 = System.nanoTime();
                var r = new VerificationService(TestWorkspaces.SIGNING, new JsonWorkspaceFiles()).verify(
                        s.writes().database(), dir, s.workspaceId(), Optional.empty(), null, null);
                System.out.printf("verify from the database (read + recompute %,d entries, %d checkpoints): %.2f s,"
                        + " intact=%s%n", r.report().entriesChecked(), r.checkpointsUsed(),
                        (System.nanoTime() - v0) / 1e9, r.intact());
            }
            long e0 = System.nanoTime();
            var exported = trail.export(all, dir.resolveSibling("trail.csv"), AuditTrailWriter.Format.CSV, () -> false);
            System.out.printf("export CSV: %,d rows, %,d bytes in %.1f s%n", exported.rows(),
                    Files.size(exported.file()), (System.nanoTime() - e0) / 1e9);
            System.out.printf("workspace file: %,d bytes; heap used now %,d MB%n",
                    Files.size(dir.resolve("workspace.mv.db")),
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        }
    }

    private static void time(String what, java.util.function.LongSupplier work) {
        work.getAsLong();
        long best = Long.MAX_VALUE;
        long result = 0;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            result = work.getAsLong();
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf("%-45s %8.1f ms  (result %,d)%n", what, best / 1e6, result);
    }
}
