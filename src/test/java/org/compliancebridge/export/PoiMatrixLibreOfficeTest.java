package org.compliancebridge.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.compliancebridge.domain.gap.ImportedMatrix;
import org.compliancebridge.domain.gap.ImportedMatrix.ImportedRow;
import org.compliancebridge.domain.gap.MatrixColumn;
import org.compliancebridge.domain.gap.MatrixRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real client re-saves the matrix: LibreOffice opens the exported workbook and writes it back as XLSX (as a person
 * who edits it in LibreOffice would); the reader still finds every key, version, token, editable cell and the Due
 * date. Skipped, with a message, only when LibreOffice is not installed (CI installs it through .ci/run).
 */
class PoiMatrixLibreOfficeTest {
    @TempDir
    Path tmp;

    @Test
    void libreOfficeResaveKeepsEverythingTheImportNeeds() throws Exception {
        Optional<Path> soffice = soffice();
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not installed: round trip through a real client"
                + " not checked");
        List<MatrixRow> rows = MatrixFixtures.sampleRows();
        Path original = MatrixFixtures.write(MatrixFixtures.small(rows), tmp.resolve("matrix.xlsx"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        convert(soffice.get(), "xlsx", out, original);
        Path resaved = out.resolve("matrix.xlsx");
        assertThat(resaved).exists();
        assertThat(Files.mismatch(original, resaved)).as("LibreOffice really rewrote the file").isNotEqualTo(-1L);

        ImportedMatrix back = new PoiMatrixWorkbooks().read(resaved);
        assertThat(back.meta()).isEqualTo(MatrixFixtures.META);
        assertThat(back.rows()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            MatrixRow m = rows.get(i);
            ImportedRow r = back.rows().get(i);
            assertThat(r.rowKey()).isEqualTo(m.rowKey());
            assertThat(r.rowVersion()).isEqualTo(Long.toString(m.rowVersion()));
            assertThat(r.rowToken()).isEqualTo(m.rowToken());
            for (MatrixColumn c : MatrixColumn.values()) {
                assertThat(r.cell(c)).as(c.header() + " of row " + (i + 2)).isEqualTo(m.text(c));
            }
        }
        assertThat(back.rows().get(0).cell(MatrixColumn.DUE)).isEqualTo("2027-03-31");
        assertThat(back.rows().get(2).cell(MatrixColumn.DUE)).isEqualTo("2026-12-24");
        assertThat(back.rows().get(1).cell(MatrixColumn.EVIDENCE)).isEqualTo("=1+1");

        Path csvOut = Files.createDirectories(tmp.resolve("csv"));
        // Comma, double quote, UTF-8 (76), from line 1; last token: sheet 2 (Matrix) only.
        convert(soffice.get(), "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2",
                csvOut, original);
        Path csvFile;
        try (Stream<Path> files = Files.list(csvOut)) {
            // LibreOffice names a one-sheet export "matrix-Matrix.csv" (7.x); older ones "matrix.csv".
            csvFile = files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElseThrow();
        }
        String csv = Files.readString(csvFile, StandardCharsets.UTF_8);
        // LibreOffice opened it without repair, shows the payloads as text (a formula would show "2") and Unicode.
        assertThat(csv).startsWith("Framework,ID,Title,Requirement").contains("_key,_version,_token")
                .contains(",=1+1,+SUM(A1),").contains("\"=HYPERLINK(\"\"http://x\"\")\"")
                .contains("Ωmega Ltd 🚀").contains("2027-03-31")
                .contains(rows.get(3).rowKey());
    }

    private void convert(Path soffice, String format, Path outDir, Path file) throws IOException,
            InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + tmp.resolve("profile").toUri(), "--convert-to", format, "--outdir",
                outDir.toString(), file.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("soffice.log")
                .toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("soffice.log"))).isZero();
    }

    static Optional<Path> soffice() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin");
        return Stream.concat(Stream.of(path.split(java.io.File.pathSeparator)).map(d -> Path.of(d, "soffice")),
                Stream.of(Path.of("/usr/bin/soffice"), Path.of("/opt/libreoffice/program/soffice")))
                .filter(Files::isExecutable).findFirst();
    }
}
