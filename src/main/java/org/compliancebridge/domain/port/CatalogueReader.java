package org.compliancebridge.domain.port;

import java.util.List;
import org.compliancebridge.domain.landscape.CatalogueDocument;
import org.compliancebridge.domain.landscape.CrosswalkMapping;
import org.compliancebridge.domain.landscape.ImportLimits;
import org.compliancebridge.domain.landscape.ProgressMonitor;

/**
 * Reads catalogue and crosswalk files. One reader serves the bundled catalogues and user imports, so both pass the
 * same validation.
 */
public interface CatalogueReader {
    /**
     * Parses and validates an OSCAL 1.x catalog (JSON) within {@code limits}.
     *
     * @param fallbackFrameworkId framework ID to use when the file does not state one (our metadata prop
     *                            {@code framework-id}); null to derive one from the title
     * @throws org.compliancebridge.domain.landscape.CatalogueFormatException naming the problem and where it is
     * @throws org.compliancebridge.domain.landscape.ImportCancelledException when the monitor asks to stop
     */
    CatalogueDocument readCatalogue(byte[] content, String sourceName, String fallbackFrameworkId, ImportLimits limits,
            ProgressMonitor monitor);

    /** Parses a crosswalk CSV with the header {@code source_framework,source_id,target_framework,target_id,...}. */
    List<CrosswalkMapping> readCrosswalk(byte[] content, String sourceName);
}
