package org.compliancebridge.domain;

/** A specific, expected failure; the message tells the user what to do. */
public final class PermissionDeniedException extends UserFacingException {
    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String message) {
        super(message);
    }

    public PermissionDeniedException(String message, Throwable cause) {
        super(message, cause);
    }
}
