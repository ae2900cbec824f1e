package org.compliancebridge.domain;

/** A specific, expected failure; the message tells the user what to do. */
public final class NotAWorkspaceException extends UserFacingException {
    private static final long serialVersionUID = 1L;

    public NotAWorkspaceException(String message) {
        super(message);
    }

    public NotAWorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
