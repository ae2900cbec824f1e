package org.compliancebridge.domain;

/**
 * An expected operational failure (wrong password, file in use, malformed import, ...). Its message is shown to the
 * user as it is: it must say what happened and what to do, in plain words, and never contain secrets or SQL.
 */
public class UserFacingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
