package org.compliancebridge.domain.port;

import java.util.List;

/** The catalogue and crosswalk data files shipped with the application. */
public interface BundledCatalogues {
    /** A bundled data file: its name and content. */
    record BundledFile(String name, byte[] content) {
    }

    List<BundledFile> catalogueFiles();

    List<BundledFile> crosswalkFiles();
}
