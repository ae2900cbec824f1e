package org.compliancebridge.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and delivers the result on it. Cancellation is cooperative (a flag the work checks);
 * no implementation ever interrupts a worker thread, because interrupting H2 I/O can corrupt the database file.
 */
public interface TaskRunner {
    <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
