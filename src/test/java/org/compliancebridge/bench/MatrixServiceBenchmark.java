package org.compliancebridge.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.compliancebridge.domain.gap.ImportedMatrix;
import org.compliancebridge.domain.gap.MatrixColumn;
import org.compliancebridge.domain.gap.MatrixImportPreview;
import org.compliancebridge.domain.gap.MatrixRow;
import org.compliancebridge.domain.gap.MatrixWorkbook;
import org.compliancebridge.domain.landscape.GxpImpact;
import org.compliancebridge.domain.landscape.Hosting;
import org.compliancebridge.domain.landscape.SystemDraft;
import org.compliancebridge.service.GapServices;
import org.compliancebridge.service.LandscapeServices;
import org.compliancebridge.service.MatrixService;
import org.compliancebridge.service.Session;
import org.compliancebridge.testsupport.GapWorkspaces;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: prints end-to-end matrix export and import (preview + apply) times from an encrypted workspace at about
 * 10,000 and 100,000 rows (requirement × scope). Rows come from Part 11, Annex 11, ISO 27001 and an imported
 * catalogue of NIST SP 800-53 size, over enough systems. The returned file changes the status of every row (worst
 * case: one audit entry per row). Run: mvn -Pbench test -Dtest=MatrixServiceBenchmark.
 */
@Tag("benchmark")
class MatrixServiceBenchmark {
    @Test
    void exportAndImport() throws Exception {
        Path dir = Files.createTempDirectory("cb-matrix-bench");
        GapWorkspaces ws = new GapWorkspaces();
        Session s = ws.landscape.create(dir.resolve("ws"));
        try (s) {
            LandscapeServices l = ws.landscape.services(s);
            GapWorkspaces.confirmWithLargeCatalogues(l, dir, 8, 1);
            GapServices g = ws.services(s);
            int perScope = g.gaps().rows(g.gaps().scopes().get(0)).size();
            System.out.printf(Locale.ROOT, "%,d applicable requirements per scope%n", perScope);
            int systems = 0;
            for (int target : List.of(10_000, 100_000)) {
                while ((systems + 1) * perScope < target) {
                    systems++;
                    g.landscape().systems().add(new SystemDraft("System " + systems, "Benchmark", GxpImpact.MEDIUM,
                            true, "Vendor", Hosting.SAAS, "Owner"));
                }
                run(g, dir, target);
            }
        }
    }

    private static void run(GapServices g, Path dir, int target) throws Exception {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        Path file = dir.resolve("matrix-" + target + ".xlsx");
        long t0 = System.nanoTime();
        MatrixService.Exported e = g.matrix().export(file, Optional.empty(), () -> false);
        long exportMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf(Locale.ROOT, "export %,d rows: %,d ms, %.1f MB file, heap in use after %d MB (max %d MB)%n",
                e.rows(), exportMs, e.bytes() / 1048576.0, (rt.totalMemory() - rt.freeMemory()) >> 20,
                rt.maxMemory() >> 20);

        // The owners' returned file: every row's status changed, hidden columns kept.
        ImportedMatrix im = g.matrix().workbooks().read(file);
        List<MatrixRow> rows = new ArrayList<>(im.rows().size());
        for (ImportedMatrix.ImportedRow r : im.rows()) {
            rows.add(new MatrixRow(r.cell(MatrixColumn.FRAMEWORK), r.cell(MatrixColumn.ID), r.cell(MatrixColumn.TITLE),
                    r.cell(MatrixColumn.REQUIREMENT), r.cell(MatrixColumn.LINKED_CONTROLS), r.cell(MatrixColumn.SCOPE),
                    "Partially compliant", "Returned evidence", "Owner", "Medium",
                    Optional.of(LocalDate.of(2027, 6, 30)), "Returned by the owner", "", "", "", r.rowKey(),
                    Long.parseLong(r.rowVersion()), r.rowToken()));
        }
        Path returned = dir.resolve("returned-" + target + ".xlsx");
        try (OutputStream out = Files.newOutputStream(returned)) {
            g.matrix().workbooks().write(new MatrixWorkbook(List.of(), List.of(), rows, rows.size(), List.of(),
                    List.of(), im.meta()), out, () -> false);
        }
        System.gc();
        long p0 = System.nanoTime();
        MatrixImportPreview p = g.matrix().preview(returned);
        long previewMs = (System.nanoTime() - p0) / 1_000_000;
        long a0 = System.nanoTime();
        MatrixService.Applied a = g.matrix().apply(p, false);
        long applyMs = (System.nanoTime() - a0) / 1_000_000;
        System.out.printf(Locale.ROOT, "import %,d rows (%,d changed, %,d cells): preview %,d ms, apply %,d ms"
                + " (one transaction, %,d audit entries), heap in use after %d MB%n", p.rowsRead(), a.rowsChanged(),
                p.cellChanges(), previewMs, applyMs, a.rowsChanged() + 1, (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
