package org.compliancebridge.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.compliancebridge.domain.gap.MatrixFileException;
import org.compliancebridge.domain.port.MatrixWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not (or no longer) an exported matrix: each is refused with a message that says what to do. */
class PoiMatrixHostileFilesTest {
    /** SXSSF numbers the sheets it writes in order: Summary is sheet1, Matrix sheet2. */
    private static final String MATRIX_XML = "xl/worksheets/sheet2.xml";
    @TempDir
    Path tmp;

    private String refusal(Path file) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> new PoiMatrixWorkbooks().read(file));
        assertThat(t).isInstanceOf(MatrixFileException.class);
        // Shown to users as it is: no exception class names or POI jargon.
        assertThat(t.getMessage()).doesNotContain("Exception").doesNotContain("org.apache").doesNotContain("POI");
        return t.getMessage();
    }

    private Path exported() throws IOException {
        return MatrixFixtures.write(MatrixFixtures.small(MatrixFixtures.sampleRows()), tmp.resolve("good.xlsx"));
    }

    @Test
    void emptyFile() throws IOException {
        Path f = Files.createFile(tmp.resolve("empty.xlsx"));
        assertThat(refusal(f)).startsWith("The file is empty.");
    }

    @Test
    void randomBytesAndTextRenamed() throws IOException {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        junk[0] = 7;
        Path random = Files.write(tmp.resolve("random.xlsx"), junk);
        assertThat(refusal(random)).startsWith("This file is not an Excel workbook (.xlsx)")
                .contains("save it as Excel Workbook (.xlsx)");
        Path text = Files.writeString(tmp.resolve("notes.xlsx"), "Framework;ID;Status\nPart 11;11.10(a);Compliant\n");
        assertThat(refusal(text)).startsWith("This file is not an Excel workbook (.xlsx)");
    }

    @Test
    void wordDocumentRenamed() throws IOException {
        Path f = tmp.resolve("report.xlsx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            doc.createParagraph().createRun().setText("Not a workbook");
            doc.write(out);
        }
        assertThat(refusal(f)).startsWith("This is a Word document (.docx)");
    }

    @Test
    void legacyXlsAndPasswordProtectedWorkbook() throws Exception {
        Path xls = tmp.resolve("old.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            wb.createSheet("Matrix");
            wb.write(out);
        }
        assertThat(refusal(xls)).contains("old-format Excel file (.xls)").contains("Excel Workbook (.xlsx)");

        Path encrypted = tmp.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (InputStream in = Files.newInputStream(exported()); OutputStream os = enc.getDataStream(fs)) {
                in.transferTo(os);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        assertThat(refusal(encrypted)).contains("protected with a password");
    }

    @Test
    void oversizedFileIsRefusedBeforeReading() throws IOException {
        Path f = tmp.resolve("huge.xlsx");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.write(new byte[] {'P', 'K', 3, 4});
            raf.setLength(MatrixWorkbooks.MAX_FILE_BYTES + 1);
        }
        assertThat(refusal(f)).contains("at most 64 MB");
    }

    @Test
    void zipBombIsRefusedQuickly() throws IOException {
        Path bomb = tmp.resolve("bomb.xlsx");
        long t0 = System.nanoTime();
        try (ZipFile good = new ZipFile(exported().toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry e : Collections.list(good.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(MATRIX_XML)) {
                    // 300 MB of zeros inside one cell: about 300 KB compressed.
                    out.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>")
                            .getBytes(StandardCharsets.US_ASCII));
                    byte[] zeros = new byte[1 << 20];
                    java.util.Arrays.fill(zeros, (byte) '0');
                    for (int i = 0; i < 300; i++) {
                        out.write(zeros);
                    }
                    out.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
                } else {
                    try (InputStream in = good.getInputStream(e)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        assertThat(Files.size(bomb)).isLessThan(2L << 20);
        assertThat(refusal(bomb)).contains("zip bomb");
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(20);
    }

    @Test
    void renamedMatrixSheet() throws IOException {
        Path f = edit(wb -> wb.setSheetName(1, "Gaps"));
        assertThat(refusal(f)).startsWith("This workbook has no sheet named \"Matrix\"").contains("renamed")
                .contains("export a fresh matrix");
    }

    @Test
    void renamedHeaderNamesTheColumn() throws IOException {
        Path f = edit(wb -> {
            // A fresh cell: XSSF would keep the old inline string beside a new value on an existing cell.
            var header = wb.getSheet("Matrix").getRow(0);
            header.removeCell(header.getCell(2));
            header.createCell(2).setCellValue("Name");
        });
        assertThat(refusal(f)).contains("column C has \"Name\" where \"Title\" belongs");
    }

    @Test
    void deletedVisibleColumnNamesTheFirstDifference() throws IOException {
        Path f = edit(wb -> deleteColumn(wb.getSheet("Matrix"), 2));
        assertThat(refusal(f)).contains("column C has \"Requirement\" where \"Title\" belongs");
    }

    @Test
    void deletedHiddenColumn() throws IOException {
        Path f = edit(wb -> deleteColumn(wb.getSheet("Matrix"), 16));
        assertThat(refusal(f)).contains("hidden columns").contains("_key, _version, _token");
    }

    @Test
    void deletedMetaSheet() throws IOException {
        Path f = edit(wb -> wb.removeSheetAt(wb.getSheetIndex("_cb")));
        assertThat(refusal(f)).contains("lacks the hidden information");
    }

    @Test
    void xmlWithDoctypeAndExternalEntityIsRefusedAndNeverResolved() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET-42");
        Path f = rewrite(MATRIX_XML, xml -> {
            String withEntity = xml.replaceFirst("<worksheet", "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
                    + secret.toUri() + "\">]><worksheet");
            return withEntity.replace("Validated 2026", "&xxe;");
        });
        String msg = refusal(f);
        assertThat(msg).contains("document type declaration").doesNotContain("TOP-SECRET");
    }

    @Test
    void cellLongerThanExcelAllows() throws IOException {
        Path f = rewrite(MATRIX_XML, xml -> xml.replace("Validated 2026", "x".repeat(40_000)));
        assertThat(refusal(f)).contains("Cell L2 holds more than 32,767 characters");
    }

    @Test
    void moreRowsThanAllowed() throws IOException {
        Path f = rewrite(MATRIX_XML, xml -> {
            int start = xml.indexOf("<row r=\"2\"");
            int end = xml.indexOf("</sheetData>");
            StringBuilder b = new StringBuilder(xml.substring(0, start));
            for (int r = 2; r <= MatrixWorkbooks.MAX_ROWS + 2; r++) {
                b.append("<row r=\"").append(r).append("\"><c r=\"P").append(r)
                        .append("\" t=\"inlineStr\"><is><t>k</t></is></c></row>");
            }
            return b.append(xml.substring(end)).toString();
        });
        assertThat(refusal(f)).contains("more than 250,000 rows");
    }

    @Test
    void matrixSheetIsTheSecondSheetPart() throws IOException {
        // Guards the assumption behind MATRIX_XML, so the rewrite tests above really edit the Matrix sheet.
        try (ZipFile zip = new ZipFile(exported().toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry(MATRIX_XML)).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(xml).contains("_key").contains("Validated 2026");
        }
    }

    private static void deleteColumn(XSSFSheet sheet, int col) {
        for (var row : sheet) {
            var c = row.getCell(col);
            if (c != null) {
                row.removeCell(c);
            }
        }
        sheet.shiftColumns(col + 1, 30, -1);
    }

    private Path edit(ThrowingConsumer<XSSFWorkbook> change) throws IOException {
        Path out = tmp.resolve("edited.xlsx");
        try (XSSFWorkbook wb = PoiMatrixWorkbooksTest.open(exported())) {
            change.accept(wb);
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        return out;
    }

    private Path rewrite(String entry, UnaryOperator<String> change) throws IOException {
        Path out = tmp.resolve("rewritten.xlsx");
        try (ZipFile good = new ZipFile(exported().toFile());
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e : Collections.list(good.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] data = good.getInputStream(e).readAllBytes();
                if (e.getName().equals(entry)) {
                    data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out;
    }
}
