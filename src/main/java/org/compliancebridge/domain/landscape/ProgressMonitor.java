package org.compliancebridge.domain.landscape;

/**
 * Plain-Java progress and cancellation for long work (imports, exports). Cancellation is a flag the work checks
 * between units; nothing is ever interrupted (interrupting H2 I/O can corrupt the workspace).
 */
public interface ProgressMonitor {
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void progress(double fraction, String message) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code fraction} from 0 to 1. */
    void progress(double fraction, String message);

    boolean cancelled();
}
