package org.compliancebridge.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Background threads for UI work; results and failures come back on the FX thread. Never interrupts workers. */
public final class FxTaskRunner implements TaskRunner {
    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "cb-task-" + count.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        pool.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable t) {
                Platform.runLater(() -> onFailure.accept(t));
            }
        });
    }
}
