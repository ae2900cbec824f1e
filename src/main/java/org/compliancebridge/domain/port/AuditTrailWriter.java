package org.compliancebridge.domain.port;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.compliancebridge.domain.AuditEntry;

/** Writes a view of the audit trail to a spreadsheet file, page by page (never all entries in memory). */
public interface AuditTrailWriter {
    enum Format { CSV, XLSX }

    /** Supplies the next page of entries (empty when done). */
    interface Pages {
        List<AuditEntry> next();
    }

    /**
     * @param about lines describing the export (workspace, exported by/when, filter, chain head); written as a
     *              header block (XLSX: an "About" sheet; CSV: not written, CSV stays a plain table)
     * @return number of entries written
     */
    long write(Path target, Format format, Pages pages, List<String> about, BooleanSupplier cancelled);
}
