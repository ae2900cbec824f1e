package org.compliancebridge.domain;

/** A specific, expected failure; the message tells the user what to do. */
public final class NewerSchemaException extends UserFacingException {
    private static final long serialVersionUID = 1L;

    public NewerSchemaException(String message) {
        super(message);
    }

    public NewerSchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
