package org.compliancebridge.domain;

/** A specific, expected failure; the message tells the user what to do. */
public final class WorkspaceNotFoundException extends UserFacingException {
    private static final long serialVersionUID = 1L;

    public WorkspaceNotFoundException(String message) {
        super(message);
    }

    public WorkspaceNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
