package org.compliancebridge.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * A zip writer with the compression moved to a second thread: the caller hands over entries and bytes in order
 * through a bounded queue (at most {@value #QUEUE} chunks, under a megabyte), and one worker thread passes them, in
 * the same order, to the real writer it wraps (POI's or Commons Compress's), which deflates and writes them. Writing
 * a large spreadsheet is two similar halves, making the XML and deflating it; on two cores they now overlap. The zip
 * format itself stays entirely the wrapped library's.
 *
 * <p>An error on the worker is rethrown to the caller at its next call; after it the worker skips the remaining work
 * (so the caller never blocks on a full queue) until {@link #finish()}, which ends the worker. From then on, and on
 * the worker thread itself (for calls Commons Compress makes internally), every method runs directly.
 */
final class PipelinedZipOutputStream extends ZipArchiveOutputStream {
    static final int QUEUE = 64;
    private static final Runnable STOP = () -> { };

    private final ZipArchiveOutputStream inner;
    private final BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread worker;
    private volatile Throwable failure;
    private boolean stopped;

    interface Step {
        void run() throws IOException;
    }

    /** {@code inner} receives every call, in order, on the worker thread; this object writes nothing itself. */
    PipelinedZipOutputStream(ZipArchiveOutputStream inner) {
        super(OutputStream.nullOutputStream());
        this.inner = inner;
        worker = new Thread(this::drain, "xlsx-deflate");
        worker.setDaemon(true);
        worker.start();
    }

    private void drain() {
        while (true) {
            Runnable task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                failure = e;
                return;
            }
            if (task == STOP) {
                return;
            }
            if (failure == null) {
                try {
                    task.run();
                } catch (Throwable t) {
                    failure = t;
                }
            }
        }
    }

    private boolean direct() {
        return stopped || Thread.currentThread() == worker;
    }

    private void submit(Step step) throws IOException {
        rethrow();
        Runnable task = () -> {
            try {
                step.run();
            } catch (IOException e) {
                throw new WorkerIOException(e);
            }
        };
        try {
            queue.put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new InterruptedIOException("Writing the file was interrupted.");
        }
    }

    private void rethrow() throws IOException {
        Throwable t = failure;
        if (t == null) {
            return;
        }
        if (t instanceof WorkerIOException w) {
            throw new IOException(w.getCause().getMessage(), w.getCause());
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IOException("Compressing the file failed: " + t, t);
    }

    /** Ends the worker after everything queued so far; idempotent. Rethrows the worker's error if there was one. */
    void stop() throws IOException {
        if (!stopped && Thread.currentThread() != worker) {
            stopped = true;
            boolean interrupted = false;
            while (true) {
                try {
                    queue.put(STOP);
                    worker.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        rethrow();
    }

    @Override
    public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
        if (direct()) {
            inner.putArchiveEntry(entry);
        } else {
            submit(() -> inner.putArchiveEntry(entry));
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (direct()) {
            inner.write(b, off, len);
        } else if (len > 0) {
            byte[] copy = Arrays.copyOfRange(b, off, off + len);
            submit(() -> inner.write(copy, 0, copy.length));
        }
    }

    @Override
    public void closeArchiveEntry() throws IOException {
        if (direct()) {
            inner.closeArchiveEntry();
        } else {
            submit(inner::closeArchiveEntry);
        }
    }

    @Override
    public void flush() throws IOException {
        if (direct()) {
            inner.flush();
        } else {
            submit(inner::flush);
        }
    }

    @Override
    public void finish() throws IOException {
        if (direct()) {
            inner.finish();
            return;
        }
        try {
            submit(inner::finish);
        } finally {
            stop();
        }
    }

    /** Ends the worker, then closes the wrapped writer; after a failure reports that failure again. */
    @Override
    public void close() throws IOException {
        if (!direct()) {
            try {
                stop();
            } catch (IOException e) {
                closeQuietly();
                throw e;
            }
        }
        if (failure != null) {
            closeQuietly();
            rethrow();
        }
        inner.close();
    }

    private void closeQuietly() {
        try {
            inner.close();
        } catch (IOException | RuntimeException e) {
            // the first failure is the one reported
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    @Override
    public void setLevel(int level) {
        inner.setLevel(level);
    }

    /** Carries a checked exception out of the worker's {@link Runnable}. */
    private static final class WorkerIOException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WorkerIOException(IOException cause) {
            super(cause);
        }
    }
}
