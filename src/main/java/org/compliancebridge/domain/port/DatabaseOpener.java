package org.compliancebridge.domain.port;

import java.nio.file.Path;

/**
 * Creates and opens encrypted workspace databases. Failures arrive as specific
 * {@link org.compliancebridge.domain.UserFacingException}s (not a workspace, in use, newer schema, ...).
 */
public interface DatabaseOpener {
    /** Creates a new, empty, migrated database in {@code folder}; fails if one exists there. */
    Database create(Path folder, String fileKeyHex);

    /** Opens an existing database; never creates one; migrates an older schema; refuses a newer one untouched. */
    Database open(Path folder, String fileKeyHex);

    /** Whether {@code folder} holds a workspace database file. */
    boolean exists(Path folder);
}
