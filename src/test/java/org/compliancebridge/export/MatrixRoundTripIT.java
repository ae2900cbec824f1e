package org.compliancebridge.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.AuditQuery;
import org.compliancebridge.domain.gap.AssessmentKey;
import org.compliancebridge.domain.gap.AssessmentStatus;
import org.compliancebridge.domain.gap.MatrixColumn;
import org.compliancebridge.domain.gap.MatrixFileException;
import org.compliancebridge.domain.gap.MatrixImportPreview;
import org.compliancebridge.domain.gap.Scope;
import org.compliancebridge.domain.landscape.GxpImpact;
import org.compliancebridge.domain.landscape.Hosting;
import org.compliancebridge.domain.landscape.ItemRef;
import org.compliancebridge.domain.landscape.ProgressMonitor;
import org.compliancebridge.domain.landscape.SystemDraft;
import org.compliancebridge.service.GapServices;
import org.compliancebridge.service.MatrixService;
import org.compliancebridge.service.Session;
import org.compliancebridge.service.VerificationService;
import org.compliancebridge.store.JsonWorkspaceFiles;
import org.compliancebridge.testsupport.GapWorkspaces;
import org.compliancebridge.testsupport.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workshop round trip on a real workspace: export the matrix, edit it as an owner would (and re-save it in
 * LibreOffice when installed), preview every changed cell, detect conflicts and apply in one audited transaction;
 * foreign, tampered and invalid workbooks change nothing.
 */
class MatrixRoundTripIT {
    @TempDir
    Path tmp;
    private final GapWorkspaces ws = new GapWorkspaces();

    private static AssessmentKey org(String f, String i) {
        return new AssessmentKey(new ItemRef(f, i), Scope.ORGANISATION_KEY);
    }

    /** Sheet row (0-based) of a requirement in the Matrix sheet. */
    private static int rowOf(Sheet m, String framework, String id) {
        for (Row r : m) {
            if (r.getRowNum() > 0 && framework.equals(text(r, MatrixColumn.FRAMEWORK.ordinal()))
                    && id.equals(text(r, MatrixColumn.ID.ordinal()))) {
                return r.getRowNum();
            }
        }
        throw new AssertionError(framework + " " + id + " not in the matrix");
    }

    private static String text(Row r, int col) {
        Cell c = r.getCell(col);
        return c == null ? "" : c.getCellType() == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue())
                : c.getStringCellValue();
    }

    private static void edit(Path file, Consumer<XSSFWorkbook> change) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        change.accept(wb);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    private static void set(Sheet m, int row, MatrixColumn c, String value) {
        m.getRow(row).createCell(c.ordinal()).setCellValue(value);
    }

    private static long audits(Session s) {
        return s.auditEntryCount();
    }

    @Test
    void ownersEditsArePreviewedCellByCellConflictsFlaggedAndAppliedWithAudit() throws Exception {
        GapServices g = ws.create(tmp.resolve("ws"));
        try (Session s = g.session()) {
            g.gaps().setStatus(org("cfr-part11", "11.10(c)"), AssessmentStatus.PARTIALLY_COMPLIANT, 0);
            Path file = tmp.resolve("matrix.xlsx");
            MatrixService.Exported e = g.matrix().export(file, Optional.empty(), () -> false);
            int applicable = g.gaps().rows(Scope.organisation()).size();
            assertThat(e.rows()).isEqualTo(applicable);
            assertThat(s.writes().read(tx -> tx.audit().head()).orElseThrow().eventType())
                    .isEqualTo("COMPLIANCE_MATRIX_EXPORTED");
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
                assertThat(wb.getSheet("Matrix").getPhysicalNumberOfRows()).isEqualTo(applicable + 1);
                assertThat(wb.getSheet("About").getRow(0) != null).isTrue();
            }
            // After the export, someone changes 11.10(c) in the app: the owner's edit of it becomes a conflict.
            g.gaps().setStatus(org("cfr-part11", "11.10(c)"), AssessmentStatus.NOT_COMPLIANT, 1);

            edit(file, wb -> {
                Sheet m = wb.getSheet("Matrix");
                int a = rowOf(m, "Part 11", "11.10(a)");
                set(m, a, MatrixColumn.STATUS, "Compliant");
                set(m, a, MatrixColumn.EVIDENCE, "=HYPERLINK(\"http://evil\",\"x\")");
                set(m, a, MatrixColumn.OWNER, "+Head of QA");
                int b = rowOf(m, "ISO 27001", "A.8.15");
                set(m, b, MatrixColumn.STATUS, "not compliant");
                set(m, b, MatrixColumn.PRIORITY, "High");
                set(m, b, MatrixColumn.DUE, "2027-03-31");
                set(m, b, MatrixColumn.NOTES, "@SUM(1)\nSecond line");
                set(m, b, MatrixColumn.TITLE, "Renamed title");
                int c = rowOf(m, "Part 11", "11.10(c)");
                set(m, c, MatrixColumn.STATUS, "Compliant");
            });
            reSaveInLibreOffice(file);

            long before = audits(s);
            MatrixImportPreview p = g.matrix().preview(file);
            assertThat(audits(s)).as("a preview changes nothing").isEqualTo(before);
            assertThat(p.rowsRead()).isEqualTo(applicable);
            assertThat(p.changes()).hasSize(3);
            assertThat(p.conflicts()).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo(org("cfr-part11", "11.10(c)"));
                assertThat(r.cells()).singleElement().satisfies(x -> {
                    assertThat(x.oldValue()).isEqualTo("Not compliant");
                    assertThat(x.newValue()).isEqualTo("Compliant");
                });
            });
            MatrixImportPreview.RowChange a = p.changes().stream().filter(r -> r.key().equals(org("cfr-part11",
                    "11.10(a)"))).findFirst().orElseThrow();
            assertThat(a.cells()).extracting(x -> x.column().header() + ": " + x.oldValue() + " -> " + x.newValue())
                    .containsExactly("Status: Not assessed -> Compliant",
                            "Evidence:  -> =HYPERLINK(\"http://evil\",\"x\")", "Owner:  -> +Head of QA");
            MatrixImportPreview.RowChange b = p.changes().stream().filter(r -> r.key().equals(org("iso27001-2022",
                    "A.8.15"))).findFirst().orElseThrow();
            assertThat(b.cells()).extracting(x -> x.column()).containsExactly(MatrixColumn.STATUS,
                    MatrixColumn.PRIORITY, MatrixColumn.DUE, MatrixColumn.NOTES);
            assertThat(p.warnings()).anyMatch(w -> w.contains("'Title'") && w.contains("ignored"));

            MatrixService.Applied applied = g.matrix().apply(p, false);
            assertThat(applied.rowsChanged()).isEqualTo(2);
            assertThat(applied.conflictsSkipped()).isEqualTo(1);
            assertThat(g.gaps().assessment(org("cfr-part11", "11.10(a)")).evidence())
                    .isEqualTo("=HYPERLINK(\"http://evil\",\"x\")");
            assertThat(g.gaps().assessment(org("iso27001-2022", "A.8.15")).notes()).isEqualTo("@SUM(1)\nSecond line");
            assertThat(g.gaps().assessment(org("iso27001-2022", "A.8.15")).due()).contains(java.time.LocalDate.of(
                    2027, 3, 31));
            assertThat(g.gaps().assessment(org("cfr-part11", "11.10(c)")).status())
                    .as("the conflicting row keeps the app's value").isEqualTo(AssessmentStatus.NOT_COMPLIANT);
            List<AuditEntry> entries = s.writes().read(tx -> tx.audit().page(AuditQuery.all(), 0, 3));
            assertThat(entries.get(0).eventType()).isEqualTo("COMPLIANCE_MATRIX_IMPORTED");
            assertThat(entries.subList(1, 3)).allSatisfy(x -> {
                assertThat(x.eventType()).isEqualTo("ASSESSMENT_CHANGED");
                assertThat(x.reason()).contains("matrix.xlsx").contains(p.sha256());
            });
        }
    }

    @Test
    void foreignTamperedInvalidAndJunkWorkbooksChangeNothing() throws Exception {
        GapServices other = ws.create(tmp.resolve("other"));
        Path foreign = tmp.resolve("foreign.xlsx");
        try (Session s = other.session()) {
            other.matrix().export(foreign, Optional.of(Scope.organisation()), () -> false);
        }
        GapServices g = ws.create(tmp.resolve("ws"));
        try (Session s = g.session()) {
            long before = audits(s);
            assertThatThrownBy(() -> g.matrix().preview(foreign)).isInstanceOf(MatrixFileException.class)
                    .hasMessageContaining("another workspace");

            Path file = tmp.resolve("m.xlsx");
            g.matrix().export(file, Optional.empty(), () -> false);
            before = audits(s);

            Path tampered = tmp.resolve("tampered.xlsx");
            Files.copy(file, tampered);
            edit(tampered, wb -> {
                Sheet m = wb.getSheet("Matrix");
                int r = rowOf(m, "Part 11", "11.10(a)");
                // Point the row at another requirement through its hidden key.
                // createCell replaces the cell: POI's setCellValue on an inline string keeps the old <is> text.
                m.getRow(r).createCell(MatrixColumn.values().length).setCellValue("cfr-part11|11.10(b)|ORG");
                set(m, r, MatrixColumn.STATUS, "Compliant");
            });
            assertThatThrownBy(() -> g.matrix().preview(tampered)).isInstanceOf(MatrixFileException.class)
                    .hasMessageContaining("Nothing was imported").hasMessageContaining("altered");

            Path invalid = tmp.resolve("invalid.xlsx");
            Files.copy(file, invalid);
            edit(invalid, wb -> {
                Sheet m = wb.getSheet("Matrix");
                set(m, rowOf(m, "Part 11", "11.10(a)"), MatrixColumn.STATUS, "Done");
                set(m, rowOf(m, "Part 11", "11.10(b)"), MatrixColumn.STATUS, "Not applicable");
                set(m, rowOf(m, "Part 11", "11.10(d)"), MatrixColumn.DUE, "next week");
                set(m, rowOf(m, "Part 11", "11.10(e)"), MatrixColumn.STATUS, "Compliant");
            });
            assertThatThrownBy(() -> g.matrix().preview(invalid)).isInstanceOf(MatrixFileException.class)
                    .hasMessageContaining("3 rows have problems")
                    .hasMessageContaining("Status: 'Done' is not a status. Use one of: Not assessed, Compliant")
                    .hasMessageContaining("justification")
                    .hasMessageContaining("Due: 'next week' is not a date");

            Path junk = tmp.resolve("junk.xlsx");
            Files.writeString(junk, "this is not a spreadsheet");
            assertThatThrownBy(() -> g.matrix().preview(junk)).isInstanceOf(MatrixFileException.class);
            assertThatThrownBy(() -> g.matrix().preview(tmp.resolve("missing.xlsx")))
                    .isInstanceOf(MatrixFileException.class).hasMessageContaining("does not exist");
            assertThat(audits(s)).isEqualTo(before);
            assertThat(g.gaps().assessment(org("cfr-part11", "11.10(e)")).status())
                    .isEqualTo(AssessmentStatus.NOT_ASSESSED);
        }
    }

    @Test
    void applyRefusesAFileChangedSinceThePreview() throws Exception {
        GapServices g = ws.create(tmp.resolve("ws"));
        try (Session s = g.session()) {
            Path file = tmp.resolve("m.xlsx");
            g.matrix().export(file, Optional.empty(), () -> false);
            edit(file, wb -> set(wb.getSheet("Matrix"), rowOf(wb.getSheet("Matrix"), "Part 11", "11.10(a)"),
                    MatrixColumn.STATUS, "Compliant"));
            MatrixImportPreview p = g.matrix().preview(file);
            edit(file, wb -> set(wb.getSheet("Matrix"), rowOf(wb.getSheet("Matrix"), "Part 11", "11.10(b)"),
                    MatrixColumn.STATUS, "Compliant"));
            assertThatThrownBy(() -> g.matrix().apply(p, false)).isInstanceOf(MatrixFileException.class)
                    .hasMessageContaining("changed since the preview");
            assertThat(g.gaps().assessment(org("cfr-part11", "11.10(a)")).status())
                    .isEqualTo(AssessmentStatus.NOT_ASSESSED);
        }
    }

    /** LibreOffice opens the edited workbook and saves it again as .xlsx, as an owner's office suite would. */
    static void reSaveInLibreOffice(Path xlsx) throws Exception {
        Optional<Path> soffice = Optional.of(Path.of("/usr/bin/soffice")).filter(Files::isExecutable);
        if (soffice.isEmpty()) {
            System.out.println("LibreOffice not installed: round trip through LibreOffice skipped (CI installs it)");
            return;
        }
        Path out = Files.createDirectories(xlsx.resolveSibling("lo-" + System.nanoTime()));
        Process p = new ProcessBuilder(soffice.get().toString(), "-env:UserInstallation=file://"
                + out.resolve("profile"), "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir",
                out.toString(), xlsx.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        Path saved = out.resolve(xlsx.getFileName());
        assertThat(saved).as("LibreOffice wrote the workbook: " + log).exists();
        Files.copy(saved, xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(Map.of("sheets", wb.getNumberOfSheets())).containsEntry("sheets", 6);
        }
    }
    @Test
    void applyingReportsProgressAndCancellingRollsBackEveryRowAndAuditEntry() throws Exception {
        GapServices g = ws.create(tmp.resolve("ws"));
        try (Session s = g.session()) {
            // Enough scopes for several 1,000-row chunks, where progress is reported and cancelling is checked.
            for (int i = 1; g.gaps().scopes().stream().mapToInt(sc -> g.gaps().rows(sc).size()).sum() < 3_500; i++) {
                g.landscape().systems().add(new SystemDraft("System " + i, "Test", GxpImpact.MEDIUM, true, "Vendor",
                        Hosting.SAAS, "Owner"));
            }
            Path file = tmp.resolve("matrix.xlsx");
            long rows = g.matrix().export(file, Optional.empty(), () -> false).rows();
            assertThat(rows).isGreaterThanOrEqualTo(3_500);
            edit(file, wb -> {
                Sheet m = wb.getSheet("Matrix");
                for (int r = 1; r <= m.getLastRowNum(); r++) {
                    set(m, r, MatrixColumn.STATUS, "Compliant");
                }
            });
            MatrixImportPreview p = g.matrix().preview(file);
            assertThat(p.changes()).hasSize((int) rows);
            long before = audits(s);
            List<Double> seen = new java.util.ArrayList<>();
            ProgressMonitor cancelAfterTwoChunks = new ProgressMonitor() {
                @Override
                public void progress(double fraction, String message) {
                    seen.add(fraction);
                    assertThat(message).startsWith("Applying the matrix: ").contains(String.format(
                            java.util.Locale.ROOT, "of %,d changed rows", rows));
                }

                @Override
                public boolean cancelled() {
                    return seen.size() >= 2;
                }
            };
            assertThatThrownBy(() -> g.matrix().apply(p, false, cancelAfterTwoChunks))
                    .isInstanceOf(CancellationException.class).hasMessageContaining("nothing was changed");
            assertThat(seen).hasSize(2).isSorted().allMatch(f -> f > 0 && f < 1);
            // 3,000 rows and their audit entries were written inside the transaction before the cancel: all rolled back.
            assertThat(audits(s)).isEqualTo(before);
            assertThat(g.gaps().rows(Scope.organisation())).allMatch(r -> r.assessment().status()
                    == AssessmentStatus.NOT_ASSESSED);
            var chain = new VerificationService(TestWorkspaces.SIGNING, new JsonWorkspaceFiles()).verify(s,
                    Optional.empty(), x -> { }, () -> false);
            assertThat(chain.intact()).as(String.join("\n", chain.lines())).isTrue();

            seen.clear();
            long verified = audits(s); // the verification itself is recorded
            MatrixService.Applied a = g.matrix().apply(p, false, new ProgressMonitor() {
                @Override
                public void progress(double fraction, String message) {
                    seen.add(fraction);
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            });
            assertThat(a.rowsChanged()).isEqualTo((int) rows);
            assertThat(seen).isSorted().last().isEqualTo(1.0);
            assertThat(seen).hasSize((int) (rows / 1_000) + 1);
            assertThat(audits(s)).isEqualTo(verified + rows + 1);
        }
    }
}
