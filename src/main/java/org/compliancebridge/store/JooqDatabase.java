package org.compliancebridge.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.compliancebridge.domain.StorageException;
import org.compliancebridge.domain.port.Database;
import org.compliancebridge.domain.port.Transaction;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** An open workspace database. Each unit of work gets repositories bound to the jOOQ transaction's configuration. */
final class JooqDatabase implements Database {
    private final JdbcConnectionPool pool;
    private final Connection keepOpen;
    private final DSLContext dsl;
    private final String schemaVersion;
    private volatile boolean closed;

    JooqDatabase(JdbcConnectionPool pool, Connection keepOpen, String schemaVersion) {
        this.pool = pool;
        this.keepOpen = keepOpen;
        this.schemaVersion = schemaVersion;
        Settings settings = new Settings()
                .withReturnAllOnUpdatableRecord(true)
                .withExecuteLogging(false)
                .withRenderSchema(false);
        this.dsl = DSL.using(pool, SQLDialect.H2, settings);
    }

    @Override
    public <T> T inTransaction(Function<Transaction, T> work) {
        ensureOpen();
        try {
            // Always the configuration jOOQ hands to the lambda, never the outer context (HOUSE_STYLE: Keywhiz).
            return dsl.transactionResult(cfg -> work.apply(new JooqTransaction(DSL.using(cfg))));
        } catch (DataAccessException e) {
            throw translate(e);
        }
    }

    @Override
    public <T> T read(Function<Transaction, T> work) {
        ensureOpen();
        try {
            return dsl.transactionResult(cfg -> work.apply(ReadOnlyTransaction.wrap(new JooqTransaction(
                    DSL.using(cfg)))));
        } catch (DataAccessException e) {
            throw translate(e);
        }
    }

    @Override
    public void syncToDisk() {
        ensureOpen();
        try {
            dsl.execute("CHECKPOINT SYNC");
        } catch (DataAccessException e) {
            throw translate(e);
        }
    }

    @Override
    public String schemaVersion() {
        return schemaVersion;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            keepOpen.close();
        } catch (SQLException ignored) {
            // the pool disposal below closes the database in any case
        }
        pool.dispose();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The workspace database is closed");
        }
    }

    private static RuntimeException translate(DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        if (sql != null && sql.getErrorCode() != 0 && isStorageError(sql.getErrorCode())) {
            return H2DatabaseOpener.translate(sql, java.nio.file.Path.of("."));
        }
        return e;
    }

    private static boolean isStorageError(int code) {
        return code == org.h2.api.ErrorCode.IO_EXCEPTION_1 || code == org.h2.api.ErrorCode.IO_EXCEPTION_2
                || code == org.h2.api.ErrorCode.FILE_CORRUPTED_1 || code == org.h2.api.ErrorCode.GENERAL_ERROR_1
                || code == org.h2.api.ErrorCode.DATABASE_IS_CLOSED;
    }

    @SuppressWarnings("unused")
    private static StorageException closedError() {
        return new StorageException("The workspace is closed.");
    }
}
