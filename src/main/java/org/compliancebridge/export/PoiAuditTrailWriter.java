package org.compliancebridge.export;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.StorageException;
import org.compliancebridge.domain.port.AuditTrailWriter;

/**
 * CSV (UTF-8 with BOM, RFC 4180 quoting by Jackson) and XLSX (POI SXSSF, streamed, 100 rows in memory) exports of the
 * audit trail. Values are always written as text cells, never formulas. The file is written to a temporary file and
 * moved into place only when complete, so a failed or cancelled export leaves nothing half-written.
 */
public final class PoiAuditTrailWriter implements AuditTrailWriter {
    static final List<String> HEADERS = List.of("Seq", "Time (local)", "Zone", "Time (UTC)", "User", "Event",
            "Record type", "Record ID", "Old value", "New value", "Reason", "Previous hash", "Hash");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    @Override
    public long write(Path target, Format format, Pages pages, List<String> about, BooleanSupplier cancelled) {
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try {
            long n = format == Format.CSV ? csv(tmp, pages, cancelled) : xlsx(tmp, pages, about, cancelled);
            if (cancelled.getAsBoolean()) {
                Files.deleteIfExists(tmp);
                return -1;
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return n;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the original failure matters
            }
            String why = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("space")
                    ? "the disk is full" : e.getMessage();
            throw new StorageException("The export could not be written to " + target + " (" + why + "). Nothing"
                    + " was written; choose another folder or free space and try again.", e);
        }
    }

    static String[] cells(AuditEntry e) {
        return new String[] {Long.toString(e.seq()), LOCAL.format(e.occurredAt().atZone(ZoneId.of(e.zoneId()))),
            e.zoneId(), e.occurredAt().toString(), e.userId(), e.eventType(), e.recordType(),
            nz(e.recordId()), nz(e.oldValue()), nz(e.newValue()), nz(e.reason()), e.prevHash().hex(), e.hash().hex()};
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private long csv(Path file, Pages pages, BooleanSupplier cancelled) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS);
        CsvSchema.Builder b = CsvSchema.builder();
        HEADERS.forEach(b::addColumn);
        CsvSchema schema = b.build().withHeader();
        long n = 0;
        try (OutputStream out = Files.newOutputStream(file);
                Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write('\ufeff');
            try (var seq = mapper.writer(schema).writeValues(w)) {
                for (List<AuditEntry> page = pages.next(); !page.isEmpty() && !cancelled.getAsBoolean();
                        page = pages.next()) {
                    for (AuditEntry e : page) {
                        String[] c = cells(e);
                        for (int i = 0; i < c.length; i++) {
                            c[i] = SpreadsheetText.forCsv(c[i]);
                        }
                        seq.write(c);
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private long xlsx(Path file, Pages pages, List<String> about, BooleanSupplier cancelled) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100) {
            @Override
            protected org.apache.poi.xssf.streaming.SheetDataWriter createSheetDataWriter() throws IOException {
                // Compressed too: a long audit trail would otherwise need hundreds of MB of temp space.
                return new EncryptedSheetDataWriter.Compressed();
            }
        }) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            SXSSFSheet sheet = wb.createSheet("Audit trail");
            int[] widths = {8, 20, 16, 28, 14, 24, 20, 24, 50, 50, 30, 20, 20};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            Row h = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                var cell = h.createCell(i);
                cell.setCellValue(HEADERS.get(i));
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            long n = 0;
            int r = 1;
            for (List<AuditEntry> page = pages.next(); !page.isEmpty() && !cancelled.getAsBoolean();
                    page = pages.next()) {
                for (AuditEntry e : page) {
                    if (r > 1_048_575) {
                        throw new IOException("more than 1,048,575 rows: Excel's sheet limit; filter the view or use"
                                + " CSV");
                    }
                    Row row = sheet.createRow(r++);
                    String[] c = cells(e);
                    row.createCell(0).setCellValue(e.seq());
                    for (int i = 1; i < c.length; i++) {
                        var cell = row.createCell(i);
                        cell.setCellStyle(text);
                        // setCellValue(String) always makes a string cell: never interpreted as a formula.
                        cell.setCellValue(c[i].length() > 32_767 ? c[i].substring(0, 32_760) + " [cut]" : c[i]);
                    }
                    n++;
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, HEADERS.size() - 1));
            SXSSFSheet info = wb.createSheet("About");
            info.setColumnWidth(0, 120 * 256);
            int i = 0;
            for (String line : about) {
                info.createRow(i++).createCell(0).setCellValue(line);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
            return n;
        }
    }
}
