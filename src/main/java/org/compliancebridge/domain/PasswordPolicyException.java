package org.compliancebridge.domain;

/** A specific, expected failure; the message tells the user what to do. */
public final class PasswordPolicyException extends UserFacingException {
    private static final long serialVersionUID = 1L;

    public PasswordPolicyException(String message) {
        super(message);
    }

    public PasswordPolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
