package org.compliancebridge.domain.port;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.compliancebridge.domain.gap.ImportedMatrix;
import org.compliancebridge.domain.gap.MatrixFileException;
import org.compliancebridge.domain.gap.MatrixWorkbook;

/**
 * Writes and reads the Excel compliance matrix (XLSX). Writing streams the rows (bounded memory at 100,000 rows);
 * reading is bounded too (file size, zip inflation, row count, cell length) and never evaluates formulas.
 */
public interface MatrixWorkbooks {
    /** Largest file accepted for import. */
    long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Most data rows accepted for import. */
    int MAX_ROWS = 250_000;

    /**
     * Writes the workbook. Sheets: Summary (figures + native bar chart), Matrix (visible columns of
     * {@link org.compliancebridge.domain.gap.MatrixColumn} then hidden row key, version and token), Crosswalk,
     * Action plan, About, and a very hidden sheet with {@link MatrixWorkbook#meta()}.
     *
     * @return number of matrix rows written
     * @throws java.util.concurrent.CancellationException when {@code cancelled} turns true. Rows stream into
     *         {@code out} while they are made, so {@code out} then holds an incomplete file for the caller to discard
     *         (as it must after an IOException too).
     */
    long write(MatrixWorkbook workbook, OutputStream out, BooleanSupplier cancelled) throws IOException;

    /**
     * Reads a matrix back.
     *
     * @throws MatrixFileException with a message that says what is wrong and what to do: not an XLSX file, too large,
     *                             zip bomb, no Matrix sheet, headers renamed or missing, hidden columns missing, ...
     */
    ImportedMatrix read(Path file) throws MatrixFileException;
}
