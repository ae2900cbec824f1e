package org.compliancebridge.domain.landscape;

import org.compliancebridge.domain.UserFacingException;

/** A catalogue or crosswalk file that cannot be accepted; the message names the problem and where it is. */
public final class CatalogueFormatException extends UserFacingException {
    private static final long serialVersionUID = 1L;

    public CatalogueFormatException(String message) {
        super(message);
    }

    public CatalogueFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
