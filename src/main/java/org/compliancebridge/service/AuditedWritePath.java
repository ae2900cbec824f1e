package org.compliancebridge.service;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.compliancebridge.audit.AuditChain;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.Hash;
import org.compliancebridge.domain.port.Database;
import org.compliancebridge.domain.port.Transaction;

/**
 * The one way to change workspace data (21 CFR 11.10(e)). Every unit of work runs on a single writer thread, in one
 * database transaction, and must record at least one audit entry; the entries are sealed into the hash chain inside
 * that same transaction, so a change and its audit entry commit or roll back together, and appends stay ordered.
 *
 * <p>Callers block until their unit commits. Work is never interrupted: cancelling a caller does not stop a unit
 * that already started (interrupting H2 I/O can corrupt the file).
 */
public final class AuditedWritePath implements AutoCloseable {
    private final Database db;
    private final UUID workspaceId;
    private final Clock clock;
    private final ExecutorService writer;
    private volatile Thread writerThread;

    public AuditedWritePath(Database db, UUID workspaceId, Clock clock) {
        this.db = db;
        this.workspaceId = workspaceId;
        this.clock = clock;
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cb-writer");
            t.setDaemon(false);
            writerThread = t;
            return t;
        });
    }

    /** What a unit of work may do: use the transaction's repositories and record audit entries. */
    public interface Work<T> {
        T run(WriteContext ctx);
    }

    /** Handed to a unit of work; valid only while it runs. */
    public final class WriteContext {
        private final Transaction tx;
        private final Actor actor;
        private Hash head;
        private long seq;
        private int recorded;

        private WriteContext(Transaction tx, Actor actor) {
            this.tx = tx;
            this.actor = actor;
            AuditEntry last = tx.audit().head().orElse(null);
            this.head = last == null ? AuditChain.genesis(workspaceId) : last.hash();
            this.seq = last == null ? 0 : last.seq();
        }

        public Transaction tx() {
            return tx;
        }

        public Actor actor() {
            return actor;
        }

        /**
         * Seals several drafts into the chain in order, as the acting user, now, and appends them in one batch (a
         * unit that records thousands of entries, such as an imported matrix).
         */
        public java.util.List<AuditEntry> recordAll(java.util.List<AuditDraft> drafts) {
            java.util.List<AuditEntry> sealed = new java.util.ArrayList<>(drafts.size());
            Hash h = head;
            long s = seq;
            java.time.Instant now = clock.instant();
            for (AuditDraft d : drafts) {
                AuditEntry e = AuditChain.seal(s + 1, h, now, actor.zone().getId(), actor.userId().value(), d);
                sealed.add(e);
                s = e.seq();
                h = e.hash();
            }
            tx.audit().appendAll(sealed);
            seq = s;
            head = h;
            recorded += sealed.size();
            return sealed;
        }

        /** Seals {@code draft} into the chain as the acting user, now. */
        public AuditEntry record(AuditDraft draft) {
            AuditEntry e = AuditChain.seal(seq + 1, head, clock.instant(), actor.zone().getId(),
                    actor.userId().value(), draft);
            tx.audit().append(e);
            seq = e.seq();
            head = e.hash();
            recorded++;
            return e;
        }
    }

    /** Runs {@code work} on the writer thread in one audited transaction and returns its result. */
    public <T> T write(Actor actor, Work<T> work) {
        if (Thread.currentThread() == writerThread) {
            throw new IllegalStateException("Nested write units are not allowed: do the work in one unit");
        }
        Future<T> f = writer.submit(() -> db.inTransaction(tx -> runUnit(tx, actor, work)));
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    // Keep waiting: the unit cannot be stopped safely once started; restore the flag afterwards.
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private <T> T runUnit(Transaction tx, Actor actor, Work<T> work) {
        WriteContext ctx = new WriteContext(tx, actor);
        T result = work.run(ctx);
        if (ctx.recorded == 0) {
            throw new IllegalStateException("A write unit must record at least one audit entry");
        }
        return result;
    }

    /**
     * Records a signed checkpoint of the current chain head. This is the only write without an audit entry of its
     * own: a checkpoint is a statement about the chain, and auditing it would move the head it describes.
     */
    public org.compliancebridge.domain.Checkpoint checkpoint(
            Function<AuditEntry, org.compliancebridge.domain.Checkpoint> signHead) {
        Future<org.compliancebridge.domain.Checkpoint> f = writer.submit(() -> db.inTransaction(tx -> {
            AuditEntry head = tx.audit().head().orElseThrow(() -> new IllegalStateException("empty audit trail"));
            org.compliancebridge.domain.Checkpoint c = signHead.apply(head);
            if (c.seq() != head.seq() || !c.headHash().equals(head.hash())) {
                throw new IllegalStateException("A checkpoint must state the current head");
            }
            tx.checkpoints().insert(c);
            return c;
        }));
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the checkpoint", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Read-only access, on the caller's thread (never the FX thread). */
    public <T> T read(Function<Transaction, T> work) {
        return db.read(work);
    }

    public Database database() {
        return db;
    }

    /** Lets queued units finish, then stops the writer thread. Never interrupts it. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The writer did not finish within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
