package org.compliancebridge.domain;

/** A specific, expected failure; the message tells the user what to do. */
public final class UnsafeWorkspacePathException extends UserFacingException {
    private static final long serialVersionUID = 1L;

    public UnsafeWorkspacePathException(String message) {
        super(message);
    }

    public UnsafeWorkspacePathException(String message, Throwable cause) {
        super(message, cause);
    }
}
