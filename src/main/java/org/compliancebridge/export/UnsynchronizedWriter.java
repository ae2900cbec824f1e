package org.compliancebridge.export;

import java.io.IOException;
import java.io.Writer;

/**
 * A buffered writer without locking, for SXSSF's sheet temp files. POI writes the sheet XML one character at a time
 * ({@code Writer.write(int)}); through {@link java.io.BufferedWriter} each character takes a lock, which was the
 * largest single cost of writing 100,000 matrix rows. One instance is used by one thread only.
 */
final class UnsynchronizedWriter extends Writer {
    private final Writer out;
    private final char[] buf = new char[1 << 16];
    private int n;

    UnsynchronizedWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (n == buf.length) {
            drain();
        }
        buf[n++] = (char) c;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        if (len >= buf.length) {
            drain();
            out.write(cbuf, off, len);
            return;
        }
        if (len > buf.length - n) {
            drain();
        }
        System.arraycopy(cbuf, off, buf, n, len);
        n += len;
    }

    @Override
    public void write(char[] cbuf) throws IOException {
        write(cbuf, 0, cbuf.length);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        if (len >= buf.length) {
            drain();
            out.write(s, off, len);
            return;
        }
        if (len > buf.length - n) {
            drain();
        }
        s.getChars(off, off + len, buf, n);
        n += len;
    }

    @Override
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    private void drain() throws IOException {
        if (n > 0) {
            out.write(buf, 0, n);
            n = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            drain();
        } finally {
            out.close();
        }
    }
}
