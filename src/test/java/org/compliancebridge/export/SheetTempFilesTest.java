package org.compliancebridge.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliancebridge.domain.gap.ImportedMatrix;
import org.compliancebridge.domain.gap.MatrixColumn;
import org.compliancebridge.domain.gap.MatrixRow;
import org.compliancebridge.domain.gap.MatrixWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While a matrix is being written, no workspace content is in plaintext in the temp folder: a canary typed into a
 * cell of the streamed Matrix sheet and into the organisation's name (which the in-memory Summary sheet shows) is in
 * no file there mid-export, yet the finished workbook has both. (Plain SXSSF keeps rows in temp sheet files and the
 * template, Summary included, in a temp workbook.)
 */
class SheetTempFilesTest {
    @TempDir
    Path out;

    private static List<Path> filesContaining(Path dir, byte[] needle) throws IOException {
        List<Path> hits = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return hits;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                try {
                    byte[] content = Files.readAllBytes(p);
                    if (indexOf(content, needle) >= 0) {
                        hits.add(p);
                    }
                } catch (IOException vanished) {
                    // another test's temp file deleted while we looked
                }
            }
        }
        return hits;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void noPlaintextInTheTempFolderWhileWriting() throws Exception {
        String canary = "CANARY-" + UUID.randomUUID();
        byte[] needle = canary.getBytes(StandardCharsets.UTF_8);
        Path poiTemp = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        List<List<Path>> seen = new ArrayList<>();
        int n = 2_000;
        Iterable<MatrixRow> rows = () -> new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public MatrixRow next() {
                i++;
                if (i == n) {
                    // Most rows are on disk now (SXSSF keeps a few hundred in memory): look for the canary there.
                    try {
                        seen.add(filesContaining(poiTemp, needle));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return MatrixFixtures.row("21 CFR Part 11", "11." + i, "Compliant", canary + " evidence " + i,
                        "QA", "High", null, "notes", 1);
            }
        };
        MatrixWorkbook wb = MatrixFixtures.small(List.of());
        List<MatrixWorkbook.AboutLine> about = new ArrayList<>(wb.about());
        about.removeIf(l -> l.label().equals("Organisation"));
        about.add(0, new MatrixWorkbook.AboutLine("Organisation", canary + " Pharma GmbH"));
        MatrixWorkbook big = new MatrixWorkbook(about, wb.summary(), rows, n, wb.crosswalk(), wb.actions(),
                wb.meta());
        Path file = out.resolve("m.xlsx");
        try (OutputStream os = Files.newOutputStream(file)) {
            assertThat(new PoiMatrixWorkbooks().write(big, os, () -> false)).isEqualTo(n);
        }
        assertThat(seen).singleElement().satisfies(hits -> assertThat(hits).as("plaintext rows in temp files")
                .isEmpty());
        ImportedMatrix back = new PoiMatrixWorkbooks().read(file);
        assertThat(back.rows()).hasSize(n);
        assertThat(back.rows().get(n - 1).cell(MatrixColumn.EVIDENCE)).isEqualTo(canary + " evidence " + n);
        try (XSSFWorkbook x = new XSSFWorkbook(file.toFile())) {
            assertThat(x.getSheet("Summary").getRow(1).getCell(0).getStringCellValue()).startsWith(canary);
        }
    }
}
