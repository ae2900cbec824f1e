package org.compliancebridge.domain;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Rules for the folder a workspace may live in. */
public final class WorkspaceFolders {
    private WorkspaceFolders() {
    }

    /** File-system types that are network shares: H2's file lock and fsync are unreliable there. */
    private static final Set<String> NETWORK_FS = Set.of("nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs",
            "fuse.sshfs", "sshfs", "afpfs", "webdav", "davfs", "fuse.davfs", "9p", "ncpfs", "fuse.rclone");

    /**
     * Returns the folder as an absolute, normalised path that is safe to put into an H2 URL.
     *
     * @throws UnsafeWorkspacePathException for characters that could inject URL settings or a network share
     */
    public static Path checked(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        String text = abs.toString();
        for (char c : text.toCharArray()) {
            if (c == ';' || c < 0x20 || c == 0x7f) {
                throw new UnsafeWorkspacePathException("The folder path contains a character ComplianceBridge cannot "
                        + "use (such as ';' or a control character). Choose or rename a folder without it.");
            }
        }
        if (text.startsWith("\\\\") || text.startsWith("//")) {
            throw new UnsafeWorkspacePathException("Workspaces on network shares are not supported: file locking and "
                    + "durable writes are not reliable there. Use a folder on this computer's own disk.");
        }
        Path probe = abs;
        while (probe != null && !Files.exists(probe)) {
            probe = probe.getParent();
        }
        if (probe != null) {
            try {
                FileStore store = Files.getFileStore(probe);
                if (NETWORK_FS.contains(store.type().toLowerCase(Locale.ROOT))) {
                    throw new UnsafeWorkspacePathException("This folder is on a network share (" + store.type()
                            + "). Workspaces must be on this computer's own disk: file locking and durable writes"
                            + " are not reliable on shares.");
                }
            } catch (IOException ignored) {
                // Cannot tell the file system type: allow, as the docs promise detection only where possible.
            }
        }
        return abs;
    }

}
