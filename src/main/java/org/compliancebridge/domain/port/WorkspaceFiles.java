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

    /** Appends a checkpoint with the signer's certificate to the append-only checkpoint file (fsync). */
    void appendCheckpoint(Path folder, org.compliancebridge.domain.Checkpoint checkpoint, byte[] certificateDer);

    /** Checkpoints from the workspace's checkpoint file; unreadable lines are reported, not dropped silently. */
    List<org.compliancebridge.domain.FileCheckpoint> readCheckpoints(Path folder);

    /** Checkpoints from any checkpoint file (e.g. one an inspector kept). */
    List<org.compliancebridge.domain.FileCheckpoint> readCheckpointFile(Path file);
}
