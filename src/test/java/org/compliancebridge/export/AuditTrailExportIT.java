package org.compliancebridge.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.AuditQuery;
import org.compliancebridge.domain.port.AuditTrailWriter;
import org.compliancebridge.service.AuditTrailService;
import org.compliancebridge.service.Session;
import org.compliancebridge.testsupport.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Audit trail exports read back: content, formula payloads kept as text, the export audited; opens in LibreOffice. */
class AuditTrailExportIT {
    private static final String PAYLOAD = "=HYPERLINK(\"http://evil\",\"click\")";
    @TempDir
    Path tmp;

    @Test
    void csvAndXlsxExportsReadBackAndNeverContainFormulas() throws Exception {
        TestWorkspaces ws = new TestWorkspaces();
        try (Session s = ws.create(tmp.resolve("ws")).session()) {
            s.writes().write(s.actor(), ctx -> {
                ctx.record(AuditDraft.of(AuditEventType.SETTING_CHANGED, "SETTING", "+1-555", "@SUM(A1)", PAYLOAD)
                        .withReason("-2+3"));
                return null;
            });
            AuditTrailService trail = new AuditTrailService(s, new PoiAuditTrailWriter());
            long total = trail.count(AuditQuery.all());
            Path xlsx = tmp.resolve("trail.xlsx");
            var x = trail.export(AuditQuery.all(), xlsx, AuditTrailWriter.Format.XLSX, () -> false);
            assertThat(x.rows()).isEqualTo(total);
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet sheet = wb.getSheet("Audit trail");
                assertThat(sheet.getLastRowNum()).isEqualTo((int) total);
                assertThat(wb.getSheet("About").getRow(0).getCell(0).getStringCellValue())
                        .contains("audit trail export");
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Seq");
                boolean found = false;
                for (Row r : sheet) {
                    for (Cell c : r) {
                        assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                    if (r.getRowNum() > 0 && PAYLOAD.equals(r.getCell(9).getStringCellValue())) {
                        found = true;
                        assertThat(r.getCell(7).getStringCellValue()).isEqualTo("+1-555");
                        assertThat(r.getCell(10).getStringCellValue()).isEqualTo("-2+3");
                    }
                }
                assertThat(found).isTrue();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            }
            Path csv = tmp.resolve("trail.csv");
            var c = trail.export(AuditQuery.all(), csv, AuditTrailWriter.Format.CSV, () -> false);
            assertThat(c.rows()).isEqualTo(total + 1);
            CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
            String text = Files.readString(csv).substring(1);
            try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text)) {
                List<List<String>> rows = it.readAll();
                assertThat(rows.get(0)).startsWith("Seq", "Time (local)");
                assertThat(rows).hasSize((int) total + 2);
                assertThat(rows).anySatisfy(r -> {
                    assertThat(r.get(9)).isEqualTo("'" + PAYLOAD);
                    assertThat(r.get(7)).isEqualTo("'+1-555");
                });
            }
            List<AuditEntry> exports = s.writes().read(tx -> tx.audit().findByEventType("AUDIT_TRAIL_EXPORTED", 0,
                    9));
            assertThat(exports).hasSize(2);
            assertThat(exports.get(0).newValue()).contains(x.sha256()).contains("\"rows\":" + total);
            // cancelled export: nothing written
            Path cancelled = tmp.resolve("cancelled.xlsx");
            assertThat(trail.export(AuditQuery.all(), cancelled, AuditTrailWriter.Format.XLSX, () -> true).rows())
                    .isEqualTo(-1);
            assertThat(cancelled).doesNotExist();
            assertThat(tmp.resolve("cancelled.xlsx.part")).doesNotExist();
            opensInLibreOffice(xlsx);
        }
    }

    /** A real client must open the workbook: LibreOffice converts it to CSV without complaint (when installed). */
    static void opensInLibreOffice(Path xlsx) throws Exception {
        Optional<Path> soffice = Optional.of(Path.of("/usr/bin/soffice")).filter(Files::isExecutable);
        if (soffice.isEmpty()) {
            System.out.println("LibreOffice not installed: interop check skipped (CI installs it)");
            return;
        }
        Path out = Files.createDirectories(xlsx.resolveSibling("lo-out"));
        Process p = new ProcessBuilder(soffice.get().toString(), "-env:UserInstallation=file://" + out.resolve("profile"),
                "--headless", "--convert-to", "csv", "--outdir", out.toString(), xlsx.toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String converted = Files.readString(out.resolve("trail.csv"));
        assertThat(converted).contains("Seq").contains("HYPERLINK");
    }
}
