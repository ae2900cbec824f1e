package org.compliancebridge.domain.gap;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What importing a returned matrix would change, for the person to check before anything is applied: every changed
 * cell (old → new), conflicts (the row was also changed in the app since the export) and warnings (read-only cells
 * edited, rows no longer applicable). Built from one file, identified by its SHA-256.
 */
public record MatrixImportPreview(Path file, String sha256, String exportId, Instant exportedAt, String exportedBy,
        int rowsRead, int rowsUnchanged, List<RowChange> changes, List<String> warnings) {

    public MatrixImportPreview {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }

    public List<RowChange> conflicts() {
        return changes.stream().filter(RowChange::conflict).toList();
    }

    public long cellChanges() {
        return changes.stream().mapToLong(r -> r.cells().size()).sum();
    }

    /**
     * One row changed in the file. {@code currentVersion} is the row's version in the workspace when the preview was
     * made; applying refuses if it moved again. For a conflict, {@code cells} compare the workspace's current values
     * with the file's.
     */
    public record RowChange(AssessmentKey key, int sheetRow, String label, long exportedVersion, long currentVersion,
            boolean conflict, AssessmentChange newContent, List<CellChange> cells) {
        public RowChange {
            cells = List.copyOf(cells);
        }
    }

    public record CellChange(MatrixColumn column, String oldValue, String newValue) {
    }
}
