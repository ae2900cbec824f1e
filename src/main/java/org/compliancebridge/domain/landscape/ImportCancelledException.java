package org.compliancebridge.domain.landscape;

import org.compliancebridge.domain.UserFacingException;

/** The user cancelled a long operation; nothing was changed. */
public final class ImportCancelledException extends UserFacingException {
    private static final long serialVersionUID = 1L;

    public ImportCancelledException(String message) {
        super(message);
    }
}
