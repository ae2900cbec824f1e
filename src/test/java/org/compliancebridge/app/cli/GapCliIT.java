package org.compliancebridge.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliancebridge.app.AppServices;
import org.compliancebridge.domain.gap.MatrixColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 2 from the command line: demo, export matrix, dry run and apply of an edited matrix, gap report. */
class GapCliIT {
    private final AppServices services = AppServices.forTests(Clock.systemUTC());
    @TempDir
    Path tmp;

    private CliRun run(String... args) {
        return CliRun.of(services, args);
    }

    @Test
    void demoMatrixRoundTripAndGapReport() throws Exception {
        Path pw = tmp.resolve("pw.txt");
        Files.writeString(pw, "demo workspace password\n");
        String ws = tmp.resolve("demo").toString();
        CliRun demo = run("demo", "--workspace", ws, "--password-file", pw.toString());
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Veltrano Medical").contains("admin").contains("Recovery key: ");

        Path xlsx = tmp.resolve("matrix.xlsx");
        CliRun exp = run("export", "matrix", "--workspace", ws, "--user", "admin", "--password-file", pw.toString(),
                "--out", xlsx.toString(), "--scope", "Organisation");
        assertThat(exp.code()).as(exp.err()).isZero();
        assertThat(exp.out()).containsPattern("Wrote .*matrix.xlsx \\(\\d+ rows");
        CliRun badScope = run("export", "matrix", "--workspace", ws, "--user", "admin", "--password-file",
                pw.toString(), "--out", tmp.resolve("x.xlsx").toString(), "--scope", "Mainframe");
        assertThat(badScope.code()).isEqualTo(1);
        assertThat(badScope.err()).contains("There is no scope called 'Mainframe'");

        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(xlsx)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet m = wb.getSheet("Matrix");
        Row target = null;
        for (Row r : m) {
            if (r.getRowNum() > 0 && "Not assessed".equals(r.getCell(MatrixColumn.STATUS.ordinal())
                    .getStringCellValue())) {
                target = r;
                break;
            }
        }
        assertThat(target).isNotNull();
        String id = target.getCell(MatrixColumn.ID.ordinal()).getStringCellValue();
        target.createCell(MatrixColumn.STATUS.ordinal()).setCellValue("Compliant");
        target.createCell(MatrixColumn.EVIDENCE.ordinal()).setCellValue("SOP-IT-020 rev. 2");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            wb.write(out);
        }
        wb.close();

        CliRun dry = run("import", "matrix", "--workspace", ws, "--user", "admin", "--password-file", pw.toString(),
                xlsx.toString(), "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("1 changed (2 cells)").contains(id)
                .contains("Status: \"Not assessed\" -> \"Compliant\"")
                .contains("Evidence: \"\" -> \"SOP-IT-020 rev. 2\"").contains("Dry run: nothing was changed");
        CliRun apply = run("import", "matrix", "--workspace", ws, "--user", "admin", "--password-file", pw.toString(),
                xlsx.toString(), "--apply");
        assertThat(apply.code()).as(apply.err()).isZero();
        assertThat(apply.out()).contains("Applied 1 changed row(s)");
        CliRun neither = run("import", "matrix", "--workspace", ws, "--user", "admin", "--password-file",
                pw.toString(), xlsx.toString());
        assertThat(neither.code()).isEqualTo(2);

        Path docx = tmp.resolve("gap.docx");
        Path pdf = tmp.resolve("gap.pdf");
        for (Path out : new Path[] {docx, pdf}) {
            CliRun rep = run("export", "gap-report", "--workspace", ws, "--user", "admin", "--password-file",
                    pw.toString(), "--out", out.toString());
            assertThat(rep.code()).as(rep.err()).isZero();
        }
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(docx))) {
            assertThat(d.getCharts()).hasSize(2);
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d).getText();
            assertThat(text).contains("Executive summary").contains("Top gaps by priority").contains("Action plan")
                    .contains("Veltrano Medical").contains("ACT-001");
        }
        try (PDDocument p = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(p);
            assertThat(text).contains("Gap analysis report").contains("Compliance per framework")
                    .contains("Method and scope").contains("overdue");
        }
    }
}
