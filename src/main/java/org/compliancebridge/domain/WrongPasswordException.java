package org.compliancebridge.domain;

/** A specific, expected failure; the message tells the user what to do. */
public final class WrongPasswordException extends UserFacingException {
    private static final long serialVersionUID = 1L;

    public WrongPasswordException() {
        super("The user ID or password is not correct. Check Caps Lock and try again.");
    }

    public WrongPasswordException(String message) {
        super(message);
    }

    public WrongPasswordException(String message, Throwable cause) {
        super(message, cause);
    }
}
