package org.compliancebridge.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.compliancebridge.domain.gap.ImportedMatrix;
import org.compliancebridge.export.MatrixFixtures;
import org.compliancebridge.export.PoiMatrixWorkbooks;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: writes and reads the Excel compliance matrix at 10,000 and 100,000 synthetic rows and prints times,
 * file sizes and the peak heap in use (sampled every 5 ms). Run with the heap the app promises to fit in:
 * mvn -Pbench test -Dtest=MatrixWorkbookBenchmark -Dsurefire.heap=256m
 */
@Tag("benchmark")
class MatrixWorkbookBenchmark {
    @Test
    void writeAndRead() throws Exception {
        Path dir = Files.createTempDirectory("cb-bench-matrix");
        PoiMatrixWorkbooks workbooks = new PoiMatrixWorkbooks();
        System.out.printf("max heap %,d MB%n", Runtime.getRuntime().maxMemory() >> 20);
        // Warm-up, so the first figures do not measure class loading and JIT.
        Path warm = dir.resolve("warm.xlsx");
        try (OutputStream out = Files.newOutputStream(warm)) {
            workbooks.write(MatrixFixtures.synthetic(5_000), out, () -> false);
        }
        workbooks.read(warm);
        for (int n : new int[] {10_000, 100_000}) {
            Path file = dir.resolve("matrix-" + n + ".xlsx");
            System.gc();
            long[] write = measure(() -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    return workbooks.write(MatrixFixtures.synthetic(n), out, () -> false);
                }
            });
            System.out.printf("write %,7d rows: %5.2f s (CPU %5.2f s), file %,11d bytes, peak heap used %,4d MB%n",
                    write[2], write[0] / 1e9, write[3] / 1e9, Files.size(file), write[1] >> 20);
            if (n == 100_000) {
                // The target, compared in the same run: 100,000 rows in about a second within 256 MB.
                System.out.printf("target 100,000 rows in about 1 s within a 256 MB heap: %.2f s, peak %,d MB of a"
                        + " %,d MB heap%n", write[0] / 1e9, write[1] >> 20, Runtime.getRuntime().maxMemory() >> 20);
            }
            System.gc();
            ImportedMatrix[] result = new ImportedMatrix[1];
            long[] read = measure(() -> {
                result[0] = workbooks.read(file);
                return result[0].rows().size();
            });
            System.gc();
            long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf("read  %,7d rows: %5.2f s (CPU %5.2f s), peak heap used %,4d MB, live after GC with"
                    + " the result held %,4d MB%n", read[2], read[0] / 1e9, read[3] / 1e9, read[1] >> 20,
                    retained >> 20);
            result[0] = null;
        }
    }

    interface Work {
        long run() throws Exception;
    }

    /**
     * Returns {wall nanos, peak heap used in bytes, result, CPU nanos of this thread}. CPU time is printed too
     * because the build machine is shared: wall time there says more about the neighbours than about the code.
     */
    private static long[] measure(Work work) throws Exception {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong(mem.getHeapMemoryUsage().getUsed());
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                peak.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        var threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long result = work.run();
        long nanos = System.nanoTime() - t0;
        long cpu = threads.getCurrentThreadCpuTime() - c0;
        done.set(true);
        sampler.join();
        return new long[] {nanos, peak.get(), result, cpu};
    }
}
