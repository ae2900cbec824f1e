package org.compliancebridge.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * SXSSF whose sheet rows are made while the file is being written, straight into the zip entry of their sheet (what
 * POI's {@code DeferredSXSSFWorkbook} does, but through {@link UnsynchronizedWriter}: POI's streaming writer takes a
 * lock per character). Three gains over plain SXSSF for large exports:
 * <ul>
 * <li>no temporary files at all ({@link #writeTo}), so no workspace content on disk outside the export itself;</li>
 * <li>the XML is made once and read never: plain SXSSF writes it to a temp file, then copies it into the zip;</li>
 * <li>with {@link PipelinedZipOutputStream} the compression runs on a second core while the rows are made.</li>
 * </ul>
 * Sheets of the XSSF template keep their rows. Every other sheet is created with
 * {@link #sheet(String, CellRangeAddress, RowSource)}: its rows must be created by its
 * {@link RowSource}, which runs during {@code write}, in sheet order; at most the row window is held in memory.
 * The sheet's dimension (its used range) is given up front because it is written before the rows.
 */
final class StreamedSheetsWorkbook extends SXSSFWorkbook {
    /** Creates a sheet's rows, in ascending order, with {@code sheet.createRow}. */
    interface RowSource {
        void rows(SXSSFSheet sheet);
    }

    /**
     * Deflate level 3 instead of the default 6. Measured on 100,000 matrix rows (MatrixWorkbookBenchmark): level 6
     * 1.35 s and 10.0 MB, level 3 1.04 s and 11.0 MB, level 1 1.10 s and 13.8 MB. Once the rows are made on the other
     * core, compression is the slower half, so this level is what sets the time.
     */
    static final int ZIP_LEVEL = 3;

    private final Map<SXSSFSheet, Sink> sinks = new IdentityHashMap<>();
    private final Map<SXSSFSheet, RowSource> sources = new IdentityHashMap<>();
    private Sink lastSink;
    private PipelinedZipOutputStream zip;

    StreamedSheetsWorkbook(XSSFWorkbook template, int rowWindow) {
        super(template, rowWindow);
        // Rows do not exist yet when SXSSF would derive the dimension; sheet(...) sets it instead.
        setShouldCalculateSheetDimensions(false);
    }

    SXSSFSheet sheet(String name, CellRangeAddress dimension, RowSource rows) {
        SXSSFSheet sheet = createSheet(name);
        sinks.put(sheet, lastSink);
        sources.put(sheet, rows);
        getXSSFWorkbook().getSheet(name).setDimensionOverride(dimension);
        return sheet;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        lastSink = new Sink();
        return new SheetDataWriter(new UnsynchronizedWriter(new OutputStreamWriter(lastSink,
                StandardCharsets.UTF_8)));
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        // POI's own writer (its Zip64 layout is the one Excel and LibreOffice accept), on the worker thread.
        zip = new PipelinedZipOutputStream(super.createArchiveOutputStream(out));
        zip.setLevel(ZIP_LEVEL);
        return zip;
    }

    /** Plain SXSSF flushes rows to temp files here; these sheets have none, their rows are made in the injector. */
    @Override
    protected void flushSheets() {
        // nothing to flush before the rows exist
    }

    @Override
    protected ISheetInjector createSheetInjector(SXSSFSheet sheet) {
        Sink sink = sinks.get(sheet);
        RowSource rows = sources.get(sheet);
        if (rows == null) {
            // A sheet of the XSSF template (built in memory, rows already in its XML): nothing to add.
            return out -> { };
        }
        return out -> {
            sink.target = out;
            try {
                rows.rows(sheet);
                sheet.flushRows(0);
                sheet.flushBufferedData();
            } catch (IllegalStateException e) {
                // SXSSF wraps the I/O errors of flushing rows (disk full, say) when createRow flushes.
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw e;
            } finally {
                sink.target = null;
            }
        };
    }

    /**
     * Writes the workbook: the template (the XSSF sheets, styles and parts) is serialised in memory, never to a temp
     * file, then copied entry by entry in its own order ({@code [Content_Types].xml} first, as Excel writes it) while
     * the streamed sheets' rows are made into their entries. POI's {@code writeAvoidingTempFiles} does the same but
     * loses the entry order (a hash map).
     */
    void writeTo(OutputStream out) throws IOException {
        flushSheets();
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        getXSSFWorkbook().write(template);
        try (InMemoryZip source = new InMemoryZip(template.toByteArray())) {
            injectData(source, out);
        }
    }

    /** The template package as POI's injector reads it, from memory, entries in file order. */
    private static final class InMemoryZip implements ZipEntrySource {
        private final ZipFile zip;
        private boolean closed;

        InMemoryZip(byte[] bytes) throws IOException {
            zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
        }

        @Override
        public Enumeration<? extends ZipArchiveEntry> getEntries() {
            return zip.getEntriesInPhysicalOrder();
        }

        @Override
        public ZipArchiveEntry getEntry(String path) {
            return zip.getEntry(path);
        }

        @Override
        public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
            return zip.getInputStream(entry);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            zip.close();
        }

        @Override
        public boolean isClosed() {
            return closed;
        }
    }

    /** Also ends the compression thread if writing stopped half-way. */
    @Override
    public boolean dispose() {
        sinks.values().forEach(s -> s.discard = true);
        if (zip != null) {
            try {
                zip.stop();
            } catch (IOException e) {
                // already reported by write
            }
        }
        return super.dispose();
    }

    /** Where a sheet's XML goes: the zip entry while its rows are written; nowhere after a failed write. */
    private static final class Sink extends OutputStream {
        OutputStream target;
        boolean discard;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (target != null) {
                target.write(b, off, len);
            } else if (!discard) {
                throw new IllegalStateException("Rows of a streamed sheet must be created by its RowSource");
            }
        }

        @Override
        public void flush() throws IOException {
            if (target != null) {
                target.flush();
            }
        }
    }
}
