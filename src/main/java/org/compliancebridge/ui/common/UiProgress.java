package org.compliancebridge.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.compliancebridge.domain.landscape.ProgressMonitor;

/**
 * Bridges a service's {@link ProgressMonitor} (called on a worker thread) to ViewModel properties on the UI thread.
 * Updates are coalesced: at most one is queued at a time, so a fast import does not flood the UI thread. Cancelling
 * sets a flag the work checks between units; nothing is interrupted.
 */
public final class UiProgress implements ProgressMonitor {
    private final Executor uiThread;
    private final BiConsumer<Double, String> show;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Object[]> pending = new AtomicReference<>();

    public UiProgress(Executor uiThread, BiConsumer<Double, String> show) {
        this.uiThread = uiThread;
        this.show = show;
    }

    @Override
    public void progress(double fraction, String message) {
        if (pending.getAndSet(new Object[] {fraction, message}) == null) {
            uiThread.execute(() -> {
                Object[] p = pending.getAndSet(null);
                if (p != null) {
                    show.accept((Double) p[0], (String) p[1]);
                }
            });
        }
    }

    @Override
    public boolean cancelled() {
        return cancelled.get();
    }

    public void cancel() {
        cancelled.set(true);
    }
}
