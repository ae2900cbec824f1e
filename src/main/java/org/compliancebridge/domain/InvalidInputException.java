package org.compliancebridge.domain;

/** A specific, expected failure; the message tells the user what to do. */
public final class InvalidInputException extends UserFacingException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
