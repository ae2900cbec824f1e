package org.compliancebridge.store;

import java.nio.file.Path;
import org.compliancebridge.domain.WorkspaceFolders;

/** The files of a workspace folder, and the checks that keep a folder path from reaching the H2 URL unsafely. */
public final class WorkspacePaths {
    public static final String DB_NAME = "workspace";
    public static final String DB_FILE = DB_NAME + ".mv.db";
    public static final String KEY_FILE = "workspace.keys";
    public static final String FAILED_LOGINS_FILE = "failed-logins.jsonl";
    public static final String CHECKPOINT_FILE = "audit-checkpoints.jsonl";

    private WorkspacePaths() {
    }

    /** See {@link WorkspaceFolders#checked(Path)}. */
    public static Path checkedFolder(Path folder) {
        return WorkspaceFolders.checked(folder);
    }

    public static Path dbFile(Path folder) {
        return folder.resolve(DB_FILE);
    }
}
