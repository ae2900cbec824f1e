package org.compliancebridge.domain.gap;

import org.compliancebridge.domain.UserFacingException;

/** A workbook that cannot be imported (junk, foreign, tampered, too large, ...). Nothing was applied. */
public final class MatrixFileException extends UserFacingException {
    private static final long serialVersionUID = 1L;

    public MatrixFileException(String message) {
        super(message);
    }

    public MatrixFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
