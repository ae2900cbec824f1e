package org.compliancebridge.domain.landscape;

import org.compliancebridge.domain.UserFacingException;

/** An import would replace an earlier import with the same framework ID; the user must consent and give a reason. */
public final class CatalogueExistsException extends UserFacingException {
    private static final long serialVersionUID = 1L;
    private final String frameworkId;

    public CatalogueExistsException(String frameworkId, String message) {
        super(message);
        this.frameworkId = frameworkId;
    }

    public String frameworkId() {
        return frameworkId;
    }
}
