package org.compliancebridge.domain;

/** A specific, expected failure; the message tells the user what to do. */
public final class WorkspaceInUseException extends UserFacingException {
    private static final long serialVersionUID = 1L;

    public WorkspaceInUseException() {
        super("This workspace is open in another ComplianceBridge window or process. Close it there (or wait for the other person to sign out), then try again.");
    }

    public WorkspaceInUseException(String message) {
        super(message);
    }

    public WorkspaceInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
