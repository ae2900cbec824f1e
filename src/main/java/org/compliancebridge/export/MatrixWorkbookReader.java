package org.compliancebridge.export;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.compliancebridge.domain.gap.ImportedMatrix;
import org.compliancebridge.domain.gap.ImportedMatrix.ImportedRow;
import org.compliancebridge.domain.gap.MatrixColumn;
import org.compliancebridge.domain.gap.MatrixFileException;
import org.compliancebridge.domain.port.MatrixWorkbooks;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the {@code Matrix} sheet and the very hidden meta sheet of a matrix workbook with SAX (POI's event API for
 * the package, {@link SheetXmlHandler} for the sheets), so memory grows with the rows kept, not with the workbook's
 * object model. Formulas are never evaluated: a formula cell contributes its cached value as text. Every refusal is a {@link MatrixFileException} whose message says what
 * is wrong and what to do, in words for the person importing (it is shown as it is).
 */
final class MatrixWorkbookReader {
    /** A part may inflate to at most 100 times its compressed size; real sheets stay far below that. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /**
     * Largest uncompressed part. The Matrix sheet of our own export is about 1.2 KB of XML per row (120 MB at
     * 100,000 rows), so {@link MatrixWorkbooks#MAX_ROWS} rows with long requirement texts need several hundred MB;
     * sheets are streamed, so a large part costs time, not memory.
     */
    static final long MAX_ENTRY_BYTES = 1024L * 1024 * 1024;
    /** Shared strings are held in memory: this bounds them. */
    static final long MAX_SHARED_STRINGS_BYTES = 256L * 1024 * 1024;
    /** Every other part (content types, relationships, styles, workbook) is parsed into memory and is small. */
    static final long MAX_OTHER_PART_BYTES = 32L * 1024 * 1024;

    static {
        // POI keeps these limits in static fields; set once here, not per call (reads may run concurrently).
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private static final int COLUMNS = PoiMatrixWorkbooks.TOKEN_COL + 1;
    private static final String FRESH = " Export a fresh matrix from ComplianceBridge and enter your changes there.";
    private static final String SAVE_AS = " Open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx), or"
            + " export a fresh matrix from ComplianceBridge.";

    private MatrixWorkbookReader() {
    }

    static ImportedMatrix read(Path file) {
        checkSizeAndKind(file);
        checkPartSizes(file);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw refusal(e);
        }
        try {
            checkSpreadsheet(pkg);
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = sharedStrings(pkg);
            StylesTable styles = reader.getStylesTable();
            MatrixHandler matrix = null;
            MetaHandler meta = null;
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (matrix == null && PoiMatrixWorkbooks.MATRIX.equalsIgnoreCase(name)) {
                        matrix = new MatrixHandler();
                        parse(in, styles, strings, matrix);
                        matrix.finish();
                    } else if (meta == null && PoiMatrixWorkbooks.META.equals(name)) {
                        meta = new MetaHandler();
                        parse(in, styles, strings, meta);
                    }
                }
            }
            if (matrix == null) {
                throw new MatrixFileException("This workbook has no sheet named \"Matrix\": it was renamed, or the file"
                        + " is not a ComplianceBridge compliance matrix. Rename the sheet back to \"Matrix\", or"
                        + " export a fresh matrix from ComplianceBridge and enter your changes there.");
            }
            if (meta == null) {
                throw new MatrixFileException("This workbook lacks the hidden information that ties it to its"
                        + " workspace and export (it was removed, or the sheets were copied into another"
                        + " workbook)." + FRESH);
            }
            return new ImportedMatrix(meta.values, matrix.rows);
        } catch (MatrixFileException e) {
            throw e;
        } catch (Exception e) {
            throw refusal(e);
        } finally {
            // revert(), not close(): close() would try to save a package opened for reading.
            pkg.revert();
        }
    }

    private static void parse(InputStream in, StylesTable styles, ReadOnlySharedStringsTable strings,
            SheetContentsHandler handler) throws IOException, SAXException {
        try {
            // POI's XMLHelper readers refuse DOCTYPE declarations: no external entity can ever be resolved.
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new SheetXmlHandler(strings, styles, new IsoFormatter(), handler));
            xml.parse(new InputSource(in));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------------ file checks

    /**
     * Checks the sizes the zip directory declares before POI parses anything: parts POI loads into memory must be
     * small. (A directory that lies is caught while inflating: ZipSecureFile's ratio and size limits, and the
     * bounded stream for shared strings.)
     */
    private static void checkPartSizes(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                String name = e.getName();
                boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
                // Pictures and embedded files pasted by a user are never parsed: only the overall limits apply.
                long limit = name.startsWith("xl/worksheets/") || !xml ? MAX_ENTRY_BYTES
                        : name.equals("xl/sharedStrings.xml") ? MAX_SHARED_STRINGS_BYTES
                        : MAX_OTHER_PART_BYTES;
                if (e.getSize() > limit) {
                    throw zipBomb(null);
                }
            }
        } catch (MatrixFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new MatrixFileException("This file is damaged or is not an Excel workbook (.xlsx)." + SAVE_AS, e);
        }
    }

    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(pkg, false);
        }
        try (InputStream in = new BoundedStream(parts.get(0).getInputStream(), MAX_SHARED_STRINGS_BYTES)) {
            return new ReadOnlySharedStringsTable(in, false);
        }
    }

    /** Fails once more than {@code limit} bytes were read. */
    private static final class BoundedStream extends FilterInputStream {
        private final long limit;
        private long count;

        BoundedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(int n) throws IOException {
            count += n;
            if (count > limit) {
                throw new IOException("Zip bomb: shared strings larger than " + limit + " bytes");
            }
        }
    }

    private static void checkSizeAndKind(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new MatrixFileException("The file " + file.getFileName() + " no longer exists. Choose the file"
                    + " again.", e);
        } catch (IOException e) {
            throw new MatrixFileException("The file " + file.getFileName() + " could not be opened. Check that you"
                    + " may read it and that it is not open elsewhere, then try again.", e);
        }
        if (size == 0) {
            throw new MatrixFileException("The file is empty. Choose the compliance matrix workbook (.xlsx) that"
                    + " you exported from ComplianceBridge.");
        }
        if (size > MatrixWorkbooks.MAX_FILE_BYTES) {
            throw new MatrixFileException(String.format(Locale.ROOT, "The file is %,d MB; a compliance matrix to"
                    + " import may be at most %d MB. Check that you chose the exported matrix; if so, remove"
                    + " pictures or sheets you added, or export the matrix for fewer frameworks or scopes.",
                    size >> 20, MatrixWorkbooks.MAX_FILE_BYTES >> 20));
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new MatrixFileException("The file " + file.getFileName() + " could not be read. Check that it is"
                    + " not open elsewhere, then try again.", e);
        }
        if (magic == FileMagic.OLE2) {
            refuseOle2(file);
        }
        if (magic != FileMagic.OOXML) {
            throw new MatrixFileException("This file is not an Excel workbook (.xlsx): it looks like "
                    + describe(magic) + "." + SAVE_AS);
        }
    }

    private static String describe(FileMagic magic) {
        return switch (magic) {
            case PDF -> "a PDF document";
            case HTML -> "a web page";
            case XML -> "an XML file";
            case RTF -> "an RTF document";
            case PNG, JPEG, GIF, TIFF, BMP, EMF, WMF -> "a picture";
            default -> "another kind of file (for example text, CSV or random data)";
        };
    }

    /** Both legacy .xls files and password-protected .xlsx files are OLE2 containers. */
    private static void refuseOle2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new MatrixFileException("This workbook is protected with a password, so it cannot be read."
                        + " Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with"
                        + " Password, clear it), save, and import again.");
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                throw new MatrixFileException("This is an old-format Excel file (.xls). Open it in Excel or"
                        + " LibreOffice and save it as Excel Workbook (.xlsx), then import that file.");
            }
        } catch (MatrixFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new MatrixFileException("This file is not an Excel workbook (.xlsx) and could not be read." + SAVE_AS,
                    e);
        }
        throw new MatrixFileException("This is an older Office document (for example a Word .doc), not an Excel"
                + " workbook (.xlsx)." + SAVE_AS);
    }

    private static void checkSpreadsheet(OPCPackage pkg) {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.size() == 0) {
            if (pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).size() > 0) {
                throw new MatrixFileException("This workbook was saved as \"Strict Open XML Spreadsheet\", which"
                        + " cannot be imported. Open it in Excel and save it as Excel Workbook (.xlsx).");
            }
            throw new MatrixFileException("This file is damaged or is not an Excel workbook (.xlsx)." + SAVE_AS);
        }
        PackagePart main;
        try {
            main = pkg.getPart(rels.getRelationship(0));
        } catch (RuntimeException e) {
            throw new MatrixFileException("This file is damaged or is not an Excel workbook (.xlsx)." + SAVE_AS, e);
        }
        String type = main == null ? "" : main.getContentType();
        if (type.contains("wordprocessingml")) {
            throw new MatrixFileException("This is a Word document (.docx) named like a workbook, not an Excel"
                    + " workbook. Choose the compliance matrix (.xlsx) exported from ComplianceBridge.");
        }
        if (type.contains("presentationml")) {
            throw new MatrixFileException("This is a PowerPoint presentation named like a workbook, not an Excel"
                    + " workbook. Choose the compliance matrix (.xlsx) exported from ComplianceBridge.");
        }
        if (!type.contains("spreadsheetml") && !type.contains("ms-excel")) {
            throw new MatrixFileException("This file is not an Excel workbook (.xlsx)." + SAVE_AS);
        }
    }

    /** Turns whatever POI or the XML parser threw into a message a person can act on. */
    static MatrixFileException refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MatrixFileException m) {
                return m;
            }
            String msg = String.valueOf(t.getMessage());
            if (msg.contains("Zip bomb") || msg.contains("max size of the expanded data")) {
                return zipBomb(e);
            }
            if (msg.contains("DOCTYPE") || msg.contains("DTD")) {
                return new MatrixFileException("This file contains an XML document type declaration, which"
                        + " workbooks saved by Excel or LibreOffice never contain; it was not read." + SAVE_AS, e);
            }
            if (t instanceof EncryptedDocumentException) {
                return new MatrixFileException("This workbook is protected with a password, so it cannot be read."
                        + " Remove the password in Excel, save, and import again.", e);
            }
        }
        return new MatrixFileException("This file is damaged or is not an Excel workbook (.xlsx)." + SAVE_AS, e);
    }

    private static MatrixFileException zipBomb(Throwable cause) {
        return new MatrixFileException("This file unpacks to far more data than a compliance matrix can hold (it"
                + " looks like a \"zip bomb\"), so it was not opened. If it came from someone else, do not open it"
                + " elsewhere either." + FRESH, cause);
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The 0-based column of a cell reference such as "AB12" (CellReference's regex parsing is slow per cell). */
    static int column(String ref, int fallback) {
        if (ref == null) {
            return fallback;
        }
        int col = 0;
        int i = 0;
        for (; i < ref.length() && i < 4; i++) {
            char ch = Character.toUpperCase(ref.charAt(i));
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            col = col * 26 + (ch - 'A' + 1);
        }
        return i == 0 ? fallback : col - 1;
    }

    private static void checkLength(String value, String ref) {
        if (value != null && value.length() > PoiMatrixWorkbooks.MAX_CELL_CHARS) {
            throw new MatrixFileException(String.format(Locale.ROOT, "Cell %s holds more than %,d characters, the"
                    + " most Excel allows in a cell, so this file was not made by Excel or LibreOffice. Shorten the"
                    + " text, or export a fresh matrix and enter your changes there.", ref,
                    PoiMatrixWorkbooks.MAX_CELL_CHARS));
        }
    }

    // ------------------------------------------------------------------------------------------------- handlers

    /** Collects the data rows of the Matrix sheet after checking its header row. */
    private static final class MatrixHandler implements SheetContentsHandler {
        final List<ImportedRow> rows = new ArrayList<>();
        private final String[] cells = new String[COLUMNS];
        private final Map<String, String> distinct = new HashMap<>();
        private boolean headerChecked;
        private int nextCol;

        @Override
        public void startRow(int rowNum) {
            Arrays.fill(cells, "");
            nextCol = 0;
            if (!headerChecked && rowNum > 0) {
                // The first row with content is not row 1: the header row was deleted or emptied.
                checkHeader(new String[COLUMNS]);
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = column(ref, nextCol);
            nextCol = col + 1;
            checkLength(value, ref == null ? "in the Matrix sheet" : ref);
            if (col < COLUMNS && value != null) {
                cells[col] = value;
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (!headerChecked) {
                checkHeader(cells);
                return;
            }
            boolean blank = true;
            for (String c : cells) {
                blank &= isBlank(c);
            }
            if (blank) {
                return;
            }
            if (rows.size() >= MatrixWorkbooks.MAX_ROWS) {
                throw new MatrixFileException(String.format(Locale.ROOT, "The Matrix sheet has more than %,d rows,"
                        + " the most that can be imported at once. Export and import the matrix per framework or"
                        + " scope.", MatrixWorkbooks.MAX_ROWS));
            }
            Map<MatrixColumn, String> byColumn = new EnumMap<>(MatrixColumn.class);
            for (MatrixColumn c : MatrixColumn.values()) {
                byColumn.put(c, shared(cells[c.ordinal()]));
            }
            rows.add(new ImportedRow(rowNum + 1, cells[PoiMatrixWorkbooks.KEY_COL],
                    shared(cells[PoiMatrixWorkbooks.VERSION_COL]), cells[PoiMatrixWorkbooks.TOKEN_COL], byColumn));
        }

        /**
         * One instance per distinct short value: framework, scope, status, owner, dates repeat on most rows, and
         * inline-string cells arrive as new strings each time. Keeps 100,000 imported rows well inside a small heap.
         */
        private String shared(String value) {
            if (value.isEmpty() || value.length() > 64) {
                return value;
            }
            String known = distinct.get(value);
            if (known != null) {
                return known;
            }
            if (distinct.size() < 50_000) {
                distinct.put(value, value);
            }
            return value;
        }

        void finish() {
            if (!headerChecked) {
                checkHeader(new String[COLUMNS]);
            }
        }

        private void checkHeader(String[] found) {
            headerChecked = true;
            for (MatrixColumn c : MatrixColumn.values()) {
                String f = found[c.ordinal()] == null ? "" : found[c.ordinal()].strip();
                if (!f.equals(c.header())) {
                    String letter = CellReference.convertNumToColString(c.ordinal());
                    String what = f.isEmpty() ? "an empty header" : "\"" + f + "\"";
                    throw new MatrixFileException("The Matrix sheet's columns were changed: column " + letter
                            + " has " + what + " where \"" + c.header() + "\" belongs. Columns must keep their"
                            + " headers and order as exported: undo the change (insert or rename the column back),"
                            + " or export a fresh matrix and enter your changes there.");
                }
            }
            for (int i = 0; i < PoiMatrixWorkbooks.HIDDEN_HEADERS.size(); i++) {
                int col = PoiMatrixWorkbooks.KEY_COL + i;
                String f = found[col] == null ? "" : found[col].strip();
                if (!f.equals(PoiMatrixWorkbooks.HIDDEN_HEADERS.get(i))) {
                    throw new MatrixFileException("The hidden columns after \"Signature\" that identify each row"
                            + " (_key, _version, _token) were deleted or changed, so changes cannot be matched to"
                            + " requirements safely. Undo the change, or export a fresh matrix and enter your"
                            + " changes there.");
                }
            }
        }

        @Override
        public void headerFooter(String text, boolean isHeader, String tagName) {
            // Print headers are not data.
        }
    }

    /** Key/value pairs from columns A and B of the meta sheet. */
    private static final class MetaHandler implements SheetContentsHandler {
        final Map<String, String> values = new HashMap<>();
        private String key = "";
        private String value = "";

        @Override
        public void startRow(int rowNum) {
            key = "";
            value = "";
        }

        @Override
        public void cell(String ref, String text, XSSFComment comment) {
            checkLength(text, ref == null ? "in the hidden sheet" : ref);
            int col = column(ref, -1);
            if (col == 0) {
                key = text == null ? "" : text;
            } else if (col == 1) {
                value = text == null ? "" : text;
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (!key.isBlank()) {
                if (values.size() >= 1000) {
                    throw new MatrixFileException("The hidden information of this workbook was tampered with."
                            + FRESH);
                }
                values.put(key, value);
            }
        }
    }

    /**
     * Formats numbers as the import expects them: a date-formatted number (LibreOffice and Excel store the Due
     * date as a serial number) as yyyy-MM-dd, whatever display format the client chose; any other number plainly,
     * without exponent or trailing ".0".
     */
    static final class IsoFormatter extends DataFormatter {
        IsoFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return Double.toString(value);
            }
            if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
                    && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904, true);
                if (t != null) {
                    t = t.truncatedTo(ChronoUnit.SECONDS);
                    return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString()
                            : t.toLocalDate() + " " + t.toLocalTime();
                }
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
