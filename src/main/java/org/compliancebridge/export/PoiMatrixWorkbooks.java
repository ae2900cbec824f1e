package org.compliancebridge.export;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.compliancebridge.domain.gap.ImportedMatrix;
import org.compliancebridge.domain.gap.MatrixFileException;
import org.compliancebridge.domain.gap.MatrixWorkbook;
import org.compliancebridge.domain.port.MatrixWorkbooks;

/** Placeholder until the POI implementation lands on main (branch excel); replaced by it. */
public final class PoiMatrixWorkbooks implements MatrixWorkbooks {
    @Override
    public long write(MatrixWorkbook workbook, OutputStream out, BooleanSupplier cancelled) {
        throw new UnsupportedOperationException("The Excel matrix writer is not built yet");
    }

    @Override
    public ImportedMatrix read(Path file) throws MatrixFileException {
        throw new MatrixFileException("Importing the Excel matrix is not built yet.");
    }
}
