package org.compliancebridge.domain;

/** A specific, expected failure; the message tells the user what to do. */
public final class StorageException extends UserFacingException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
