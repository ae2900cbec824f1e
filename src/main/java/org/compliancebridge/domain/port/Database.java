package org.compliancebridge.domain.port;

import java.util.function.Function;

/**
 * An open workspace database. {@link #inTransaction} is called only by the audited write path (on its single writer
 * thread); {@link #read} may be called from any background thread, never from the FX thread.
 */
public interface Database extends AutoCloseable {
    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    <T> T inTransaction(Function<Transaction, T> work);

    /** Runs read-only {@code work} on a consistent snapshot. */
    <T> T read(Function<Transaction, T> work);

    /** Forces everything committed so far to the disk (after signatures, imports, restores, key changes). */
    void syncToDisk();

    /** The schema version the database is at after opening (the newest applied migration). */
    String schemaVersion();

    @Override
    void close();
}
