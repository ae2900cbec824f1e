package org.compliancebridge.domain.gap;

import java.util.List;
import java.util.Map;

/**
 * A compliance matrix read back from a file, not yet checked against the workspace: the hidden metadata and every
 * data row of the {@code Matrix} sheet as text (dates normalised to yyyy-MM-dd, numbers without exponent).
 */
public record ImportedMatrix(Map<String, String> meta, List<ImportedRow> rows) {
    public ImportedMatrix {
        meta = Map.copyOf(meta);
        rows = List.copyOf(rows);
    }

    /**
     * @param sheetRow the 1-based row number as Excel shows it, for messages
     * @param cells    the 15 visible cells, keyed by column
     */
    public record ImportedRow(int sheetRow, String rowKey, String rowVersion, String rowToken,
            Map<MatrixColumn, String> cells) {
        public ImportedRow {
            cells = Map.copyOf(cells);
        }

        public String cell(MatrixColumn c) {
            return cells.getOrDefault(c, "");
        }
    }
}
