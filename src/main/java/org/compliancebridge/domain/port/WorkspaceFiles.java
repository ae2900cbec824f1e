package org.compliancebridge.domain.port;

import java.nio.file.Path;
import java.util.List;
import org.compliancebridge.domain.FailedLogin;
import org.compliancebridge.domain.KeyFile;

/**
 * Files that live beside the database in the workspace folder. Writes are atomic (write, fsync, rename); a failed
 * write leaves the previous file in place.
 */
public interface WorkspaceFiles {
    boolean hasKeyFile(Path folder);

    KeyFile readKeyFile(Path folder);

    void writeKeyFile(Path folder, KeyFile keyFile);

    void appendFailedLogin(Path folder, FailedLogin attempt);

    List<FailedLogin> readFailedLogins(Path folder);

    void clearFailedLogins(Path folder);
}
