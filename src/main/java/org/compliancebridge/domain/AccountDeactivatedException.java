package org.compliancebridge.domain;

/** A specific, expected failure; the message tells the user what to do. */
public final class AccountDeactivatedException extends UserFacingException {
    private static final long serialVersionUID = 1L;

    public AccountDeactivatedException(String message) {
        super(message);
    }

    public AccountDeactivatedException(String message, Throwable cause) {
        super(message, cause);
    }
}
