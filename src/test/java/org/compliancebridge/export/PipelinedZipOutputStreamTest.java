package org.compliancebridge.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The zip writer that compresses on a second thread: the same entries and bytes in the same order as Commons
 * Compress's own writer, and a failing target (a full disk) reaches the caller as an IOException without leaving the
 * worker thread running or the caller blocked on a full queue.
 */
class PipelinedZipOutputStreamTest {

    private static Map<String, byte[]> entries() {
        Random random = new Random(42);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        // Larger than the queue holds: the caller has to wait for the worker.
        StringBuilder big = new StringBuilder();
        while (big.length() < 3_000_000) {
            big.append("<row r=\"").append(random.nextInt(1_000_000)).append("\"><c t=\"inlineStr\"/></row>\n");
        }
        entries.put("xl/worksheets/sheet1.xml", big.toString().getBytes(StandardCharsets.UTF_8));
        entries.put("xl/empty.xml", new byte[0]);
        return entries;
    }

    private static void writeAll(ZipArchiveOutputStream zip, Map<String, byte[]> entries) throws IOException {
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
            // A fixed time: entries otherwise carry "now", and two writes can fall on either side of a 2-second tick.
            entry.setTime(1_767_225_600_000L);
            zip.putArchiveEntry(entry);
            byte[] data = e.getValue();
            // Small, uneven writes, as POI's writers make them; and single bytes.
            int off = 0;
            while (off < data.length) {
                int len = Math.min(data.length - off, 1 + off % 9_000);
                zip.write(data, off, len);
                off += len;
            }
            zip.write('\n');
            zip.closeArchiveEntry();
        }
        zip.finish();
    }

    private static Map<String, byte[]> read(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new java.io.ByteArrayInputStream(zip))) {
            ZipArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    @Test
    void writesTheSameEntriesAsTheLibrarysWriter() throws IOException {
        Map<String, byte[]> entries = entries();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(plain)) {
            writeAll(zip, entries);
        }
        ByteArrayOutputStream pipelined = new ByteArrayOutputStream();
        try (PipelinedZipOutputStream zip = new PipelinedZipOutputStream(new ZipArchiveOutputStream(pipelined))) {
            writeAll(zip, entries);
        }
        Map<String, byte[]> a = read(plain.toByteArray());
        Map<String, byte[]> b = read(pipelined.toByteArray());
        assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
        for (String name : a.keySet()) {
            assertThat(b.get(name)).as(name).isEqualTo(a.get(name));
        }
        assertThat(b.get("xl/worksheets/sheet1.xml")).hasSize(entries.get("xl/worksheets/sheet1.xml").length + 1);
        // Same deflater, same input: byte for byte the same file.
        assertThat(pipelined.toByteArray()).isEqualTo(plain.toByteArray());
    }

    @Test
    void aFullDiskReachesTheCallerAndEndsTheWorker() throws Exception {
        OutputStream full = new OutputStream() {
            private long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > 100_000) {
                    throw new IOException("No space left on device");
                }
            }
        };
        PipelinedZipOutputStream zip = new PipelinedZipOutputStream(new ZipArchiveOutputStream(full));
        zip.setLevel(0);
        assertThatThrownBy(() -> writeAll(zip, entries())).isInstanceOf(IOException.class)
                .hasMessageContaining("No space left on device");
        // finish() and close() report the same failure again, and return: the worker has ended.
        assertThatThrownBy(zip::finish).hasMessageContaining("No space left on device");
        assertThatThrownBy(zip::close).hasMessageContaining("No space left on device");
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("xlsx-deflate")
                && t.isAlive());
    }
}
