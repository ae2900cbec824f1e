package org.compliancebridge.domain.port;

import org.compliancebridge.domain.demo.DemoData;

/** The data of the demo workspace shipped with the application. */
public interface DemoDataSource {
    /**
     * Reads and checks the demo data.
     *
     * @throws IllegalStateException when a file is missing or malformed (a packaging bug), naming the file and field
     */
    DemoData load();
}
