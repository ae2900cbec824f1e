package org.compliancebridge.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.compliancebridge.domain.Account;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.KdfParams;
import org.compliancebridge.domain.KeyFile;
import org.compliancebridge.domain.KeySlot;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.WorkspaceInfo;
import org.compliancebridge.domain.WrongPasswordException;
import org.compliancebridge.domain.port.KeyProtection;
import org.compliancebridge.domain.port.WorkspaceFiles;

/**
 * One person signed in to one open workspace. Holds the unwrapped workspace key in memory (needed to give new
 * accounts their key slot) and wipes it on close. Locking keeps the database open but requires the password again.
 */
public final class Session implements AutoCloseable {
    private final Path folder;
    private final UUID workspaceId;
    private final AuditedWritePath writes;
    private final WorkspaceFiles files;
    private final KeyProtection keys;
    private final KdfParams kdf;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final ZoneId zone;
    private final byte[] workspaceKey;
    private final org.compliancebridge.domain.port.SigningKeys signing;
    private volatile org.compliancebridge.domain.UnlockedKey signingKey;
    private volatile boolean signedInThisContinuousSession;
    private volatile Account account;
    private volatile boolean locked;
    private volatile boolean closed;
    private int failedUnlocks;

    Session(Path folder, UUID workspaceId, AuditedWritePath writes, WorkspaceFiles files, KeyProtection keys,
            KdfParams kdf, PasswordPolicy policy, Clock clock, ZoneId zone, byte[] workspaceKey, Account account,
            org.compliancebridge.domain.port.SigningKeys signing, org.compliancebridge.domain.UnlockedKey signingKey) {
        this.folder = folder;
        this.workspaceId = workspaceId;
        this.writes = writes;
        this.files = files;
        this.keys = keys;
        this.kdf = kdf;
        this.policy = policy;
        this.clock = clock;
        this.zone = zone;
        this.workspaceKey = workspaceKey.clone();
        this.account = account;
        this.signing = signing;
        this.signingKey = signingKey;
    }

    public org.compliancebridge.domain.port.SigningKeys signing() {
        return signing;
    }

    org.compliancebridge.domain.UnlockedKey signingKey() {
        return signingKey;
    }

    void replaceSigningKey(org.compliancebridge.domain.UnlockedKey key) {
        this.signingKey = key;
    }

    /** 21 CFR 11.200(a)(1): after the first signature of a continuous session, the password alone suffices. */
    boolean hasSignedInThisContinuousSession() {
        return signedInThisContinuousSession;
    }

    void markSigned() {
        signedInThisContinuousSession = true;
    }

    /**
     * Signs the current audit chain head with this person's key, stores the checkpoint in the database and appends
     * it to the checkpoint file beside it (forced to disk).
     */
    public org.compliancebridge.domain.Checkpoint checkpoint(String occasion) {
        org.compliancebridge.domain.UnlockedKey key = signingKey;
        String keyId = signing.describe(key.certificateDer()).sha256Fingerprint();
        org.compliancebridge.domain.Checkpoint c = writes.checkpoint(head -> {
            java.time.Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            byte[] payload = org.compliancebridge.domain.Checkpoint.payload(workspaceId, head.seq(), head.hash(), now,
                    account.userId(), occasion);
            return new org.compliancebridge.domain.Checkpoint(UUID.randomUUID(), workspaceId, head.seq(),
                    head.hash(), now, account.userId(), occasion, keyId, signing.sign(key, payload));
        });
        files.appendCheckpoint(folder, c, key.certificateDer());
        writes.database().syncToDisk();
        return c;
    }

    private volatile String integrityWarning;

    void setIntegrityWarning(String warning) {
        this.integrityWarning = warning;
    }

    /** Set when sign-in found the database out of step with its checkpoint file (e.g. an older copy restored). */
    public Optional<String> integrityWarning() {
        return Optional.ofNullable(integrityWarning);
    }

    public Path folder() {
        return folder;
    }

    public UUID workspaceId() {
        return workspaceId;
    }

    public Account account() {
        return account;
    }

    public Actor actor() {
        return new Actor(account.userId(), zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public Clock clock() {
        return clock;
    }

    public boolean isLocked() {
        return locked;
    }

    /** The audited write path of this workspace. */
    public AuditedWritePath writes() {
        return writes;
    }

    public PasswordPolicy passwordPolicy() {
        return policy;
    }

    KdfParams kdf() {
        return kdf;
    }

    KeyProtection keys() {
        return keys;
    }

    WorkspaceFiles files() {
        return files;
    }

    byte[] workspaceKey() {
        return workspaceKey.clone();
    }

    void refreshAccount(Account a) {
        this.account = a;
    }

    public WorkspaceInfo info() {
        return writes.read(tx -> tx.workspaceInfo().get().orElseThrow());
    }

    public List<Account> accounts() {
        return writes.read(tx -> tx.accounts().findAll());
    }

    public long auditEntryCount() {
        return writes.read(tx -> tx.audit().count());
    }

    public String schemaVersion() {
        return writes.database().schemaVersion();
    }

    /**
     * Checks the signed-in person's password without changing anything (re-authentication before sensitive actions).
     *
     * @throws WrongPasswordException if it does not match
     */
    public void verifyPassword(char[] password) {
        KeyFile kf = files.readKeyFile(folder);
        KeySlot slot = kf.slotFor(account.userId()).orElseThrow(WrongPasswordException::new);
        byte[] k = keys.unwrap(slot.wrappedKey(), password, slot.context(workspaceId));
        Arrays.fill(k, (byte) 0);
    }

    /** Locks the session (inactivity or Ctrl+L); recorded in the audit trail. */
    public void lock(String why) {
        if (locked || closed) {
            return;
        }
        writes.write(actor(), ctx -> ctx.record(AuditDraft.of(AuditEventType.SESSION_LOCKED, "SESSION",
                account.userId().value(), null, null).withReason(why)));
        locked = true;
        signedInThisContinuousSession = false;
    }

    /**
     * Unlocks with the signed-in person's password. A wrong password is recorded as a failed sign-in and the growing
     * delay applies to the next try.
     */
    public void unlock(char[] password, LoginThrottle.Sleeper sleeper) {
        sleeper.sleep(LoginThrottle.delayAfter(failedUnlocks));
        try {
            verifyPassword(password);
        } catch (WrongPasswordException e) {
            failedUnlocks++;
            writes.write(actor(), ctx -> ctx.record(AuditDraft.of(AuditEventType.LOGIN_FAILED, "ACCOUNT",
                    account.userId().value(), null, AuditValues.json(AuditValues.of("attempt", "unlock",
                            "attemptedAt", clock.instant().toString(), "zone", zone.getId())))
                    .withReason("wrong password while unlocking")));
            throw e;
        }
        failedUnlocks = 0;
        writes.write(actor(), ctx -> ctx.record(AuditDraft.of(AuditEventType.SESSION_UNLOCKED, "SESSION",
                account.userId().value(), null, null)));
        locked = false;
    }

    /** Minutes of inactivity before the session locks. */
    public int lockAfterMinutes() {
        return writes.read(tx -> tx.settings().get(SettingKeys.LOCK_AFTER_MINUTES)).map(Integer::parseInt)
                .orElse(SettingKeys.DEFAULT_LOCK_AFTER_MINUTES);
    }

    /** Sets the inactivity lock (administrators; 1-240 minutes); audited. */
    public void setLockAfterMinutes(int minutes) {
        AccountService.requireAdministrator(account);
        if (minutes < 1 || minutes > 240) {
            throw new org.compliancebridge.domain.InvalidInputException("Choose between 1 and 240 minutes.");
        }
        writes.write(actor(), ctx -> {
            Optional<String> old = ctx.tx().settings().get(SettingKeys.LOCK_AFTER_MINUTES);
            ctx.tx().settings().put(SettingKeys.LOCK_AFTER_MINUTES, Integer.toString(minutes));
            return ctx.record(AuditDraft.of(AuditEventType.SETTING_CHANGED, "SETTING", SettingKeys.LOCK_AFTER_MINUTES,
                    old.orElse(Integer.toString(SettingKeys.DEFAULT_LOCK_AFTER_MINUTES)), Integer.toString(minutes)));
        });
    }

    /** Failed sign-ins not yet acknowledged by an administrator (21 CFR 11.300(d)). */
    public List<AuditEntry> pendingSecurityAlerts() {
        return writes.read(tx -> {
            long after = tx.settings().get(SettingKeys.ALERTS_ACKNOWLEDGED_SEQ).map(Long::parseLong).orElse(0L);
            return tx.audit().findByEventType(AuditEventType.LOGIN_FAILED.name(), after, 1000);
        });
    }

    /** An administrator confirms having seen the pending alerts; recorded in the audit trail. */
    public void acknowledgeSecurityAlerts() {
        AccountService.requireAdministrator(account);
        List<AuditEntry> pending = pendingSecurityAlerts();
        if (pending.isEmpty()) {
            return;
        }
        long upTo = pending.get(pending.size() - 1).seq();
        writes.write(actor(), ctx -> {
            Optional<String> old = ctx.tx().settings().get(SettingKeys.ALERTS_ACKNOWLEDGED_SEQ);
            ctx.tx().settings().put(SettingKeys.ALERTS_ACKNOWLEDGED_SEQ, Long.toString(upTo));
            return ctx.record(AuditDraft.of(AuditEventType.SECURITY_ALERTS_ACKNOWLEDGED, "SETTING",
                    SettingKeys.ALERTS_ACKNOWLEDGED_SEQ, old.orElse(null), Long.toString(upTo))
                    .withReason(pending.size() + " failed sign-in attempt(s) reviewed"));
        });
    }

    public boolean isClosed() {
        return closed;
    }

    /** Ends the session: records it, lets pending writes finish, closes the database and wipes the key. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        try {
            writes.write(actor(), ctx -> ctx.record(AuditDraft.of(AuditEventType.SESSION_ENDED, "SESSION",
                    account.userId().value(), null, null)));
            checkpoint("session end");
        } finally {
            closed = true;
            writes.close();
            writes.database().close();
            Arrays.fill(workspaceKey, (byte) 0);
        }
    }

    UserId userId() {
        return account.userId();
    }
}
