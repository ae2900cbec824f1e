package org.compliancebridge.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.compliancebridge.domain.NewerSchemaException;
import org.compliancebridge.domain.NotAWorkspaceException;
import org.compliancebridge.domain.StorageException;
import org.compliancebridge.domain.UserFacingException;
import org.compliancebridge.domain.WorkspaceInUseException;
import org.compliancebridge.domain.port.Database;
import org.compliancebridge.domain.port.DatabaseOpener;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the encrypted H2 database of a workspace. Settings follow docs/TRUST.md: AES file encryption under the
 * workspace key, no trace file (it would be plaintext), no write delay (a committed change is on disk), default file
 * lock (a second process is refused), IFEXISTS when opening (never create by accident), no AUTO_SERVER.
 */
public final class H2DatabaseOpener implements DatabaseOpener {
    private static final Logger LOG = LoggerFactory.getLogger(H2DatabaseOpener.class);
    private static final Pattern HEX_KEY = Pattern.compile("[0-9a-f]{64}");
    private static final String DB_USER = "CB";

    @Override
    public boolean exists(Path folder) {
        return Files.isRegularFile(WorkspacePaths.dbFile(folder));
    }

    @Override
    public Database create(Path folder, String fileKeyHex) {
        Path dir = WorkspacePaths.checkedFolder(folder);
        if (exists(dir)) {
            throw new StorageException("This folder already holds a workspace. Open it instead, or choose an empty"
                    + " folder.");
        }
        return connect(dir, fileKeyHex, false);
    }

    @Override
    public Database open(Path folder, String fileKeyHex) {
        Path dir = WorkspacePaths.checkedFolder(folder);
        if (!exists(dir)) {
            throw new NotAWorkspaceException("There is no workspace database in " + dir
                    + ". Choose the folder that contains " + WorkspacePaths.DB_FILE + ".");
        }
        return connect(dir, fileKeyHex, true);
    }

    private Database connect(Path dir, String fileKeyHex, boolean mustExist) {
        if (!HEX_KEY.matcher(fileKeyHex).matches()) {
            throw new IllegalArgumentException("The file key must be 64 lower-case hex digits");
        }
        String base = "jdbc:h2:file:" + dir.resolve(WorkspacePaths.DB_NAME) + ";CIPHER=AES;TRACE_LEVEL_FILE=0";
        // H2 takes "<file password> <user password>"; the hex key has no spaces (H2 forbids them in the file part).
        char[] password = (fileKeyHex + " " + fileKeyHex).toCharArray();
        if (mustExist) {
            // Even an open and close without changes rewrites part of an H2 file. Check first, read-only, that this
            // app can open the workspace at all, so a refusal leaves the file byte-identical.
            checkReadOnly(base + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", password, dir);
        }
        String url = base + ";WRITE_DELAY=0" + (mustExist ? ";IFEXISTS=TRUE" : "");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, DB_USER, new String(password));
        Arrays.fill(password, '\0');
        pool.setMaxConnections(8);
        Connection keepOpen = null;
        try {
            keepOpen = pool.getConnection();
            Flyway flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .cleanDisabled(true)
                    .load();
            refuseNewerSchema(flyway);
            flyway.migrate();
            String version = flyway.info().current() == null ? "0" : flyway.info().current().getVersion().toString();
            return new JooqDatabase(pool, keepOpen, version);
        } catch (SQLException e) {
            closeQuietly(keepOpen, pool);
            throw translate(e, dir);
        } catch (FlywayException e) {
            closeQuietly(keepOpen, pool);
            if (e.getCause() instanceof SQLException sql) {
                throw translate(sql, dir);
            }
            LOG.error("Migration of workspace failed", e);
            throw new StorageException("The workspace could not be brought up to date (" + e.getClass().getSimpleName()
                    + "). Nothing was changed; restore a backup or contact support.", e);
        } catch (RuntimeException e) {
            closeQuietly(keepOpen, pool);
            throw e;
        }
    }

    private static void checkReadOnly(String url, char[] password, Path dir) {
        JdbcConnectionPool ro = JdbcConnectionPool.create(url, DB_USER, new String(password));
        try (Connection c = ro.getConnection()) {
            refuseNewerSchema(Flyway.configure().dataSource(ro).locations("classpath:db/migration").load());
        } catch (SQLException e) {
            throw translate(e, dir);
        } catch (FlywayException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw translate(sql, dir);
            }
            throw new StorageException("The workspace could not be checked (" + e.getClass().getSimpleName()
                    + "). Nothing was changed.", e);
        } finally {
            ro.dispose();
        }
    }

    private static void refuseNewerSchema(Flyway flyway) {
        MigrationInfo newest = null;
        for (MigrationInfo m : flyway.info().applied()) {
            if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                newest = m;
            }
        }
        if (newest != null) {
            MigrationInfo[] known = flyway.info().all();
            String ours = known.length == 0 ? "0" : String.valueOf(highestResolved(known));
            throw new NewerSchemaException("This workspace was saved by a newer version of ComplianceBridge (data"
                    + " format " + newest.getVersion() + "; this version understands up to " + ours + "). Open it"
                    + " with the newer version. Nothing was changed.");
        }
    }

    private static String highestResolved(MigrationInfo[] all) {
        String v = "0";
        for (MigrationInfo m : all) {
            if (m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED
                    && m.getVersion() != null) {
                v = m.getVersion().toString();
            }
        }
        return v;
    }

    static UserFacingException translate(SQLException e, Path dir) {
        SQLException root = e;
        while (root.getNextException() != null) {
            root = root.getNextException();
        }
        switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return new WorkspaceInUseException();
            case ErrorCode.FILE_ENCRYPTION_ERROR_1:
            case ErrorCode.WRONG_USER_OR_PASSWORD:
                return new StorageException("The key file in " + dir + " does not belong to this workspace database."
                        + " Were files copied between workspaces? Restore both files from the same backup.", e);
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1:
            case ErrorCode.DATABASE_NOT_FOUND_1:
                return new NotAWorkspaceException("There is no workspace database in " + dir + ".", e);
            case ErrorCode.FILE_CORRUPTED_1:
                return new StorageException("The workspace database is damaged and cannot be opened. Restore it from"
                        + " your last backup. Nothing was changed.", e);
            case ErrorCode.FILE_VERSION_ERROR_1:
                return new NewerSchemaException("This workspace file was written by a different storage engine"
                        + " version than this app supports. Open it with the version of ComplianceBridge that created"
                        + " it.", e);
            case ErrorCode.IO_EXCEPTION_1:
            case ErrorCode.IO_EXCEPTION_2:
            case ErrorCode.FILE_CREATION_FAILED_1:
            case ErrorCode.GENERAL_ERROR_1:
                String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
                // "Java heap space" is memory, not disk: the two need different actions from the user.
                if (message.contains("outofmemoryerror") || message.contains("heap space")) {
                    LOG.error("Out of memory inside the workspace database", e);
                    return new StorageException("ComplianceBridge ran out of memory during this change, so nothing"
                            + " was changed. Close other work and try again, or split it (e.g. import a smaller"
                            + " matrix).", e);
                }
                if (message.contains("no space left") || message.contains("not enough space")
                        || message.contains("disk full") || message.contains("disk quota")) {
                    return new StorageException("The disk is full. Free some space, then try again; the workspace"
                            + " was not changed.", e);
                }
                LOG.error("Workspace storage error {}", e.getErrorCode(), e);
                return new StorageException("The workspace could not be read or written (storage error "
                        + e.getErrorCode() + "). Check that the folder is writable and the disk is not full.", e);
            default:
                LOG.error("Unexpected database error {}", e.getErrorCode(), e);
                return new StorageException("The workspace database reported an unexpected error (code "
                        + e.getErrorCode() + "). Nothing was changed; see the log for details.", e);
        }
    }

    private static void closeQuietly(Connection c, JdbcConnectionPool pool) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException ignored) {
            // closing after a failure: the original error matters
        }
        pool.dispose();
    }
}
