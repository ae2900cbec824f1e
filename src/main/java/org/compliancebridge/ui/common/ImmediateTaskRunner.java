package org.compliancebridge.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work synchronously on the calling thread: for ViewModel tests without a stage. */
public final class ImmediateTaskRunner implements TaskRunner {
    @Override
    public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable t) {
            onFailure.accept(t);
            return;
        }
        onSuccess.accept(result);
    }
}
