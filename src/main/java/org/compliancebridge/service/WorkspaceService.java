package org.compliancebridge.service;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.compliancebridge.domain.Account;
import org.compliancebridge.domain.AccountDeactivatedException;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.FailedLogin;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.KdfParams;
import org.compliancebridge.domain.KeyFile;
import org.compliancebridge.domain.KeySlot;
import org.compliancebridge.domain.NotAWorkspaceException;
import org.compliancebridge.domain.Role;
import org.compliancebridge.domain.StorageException;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.WorkspaceFolders;
import org.compliancebridge.domain.WorkspaceInfo;
import org.compliancebridge.domain.WorkspaceNotFoundException;
import org.compliancebridge.domain.WrongPasswordException;
import org.compliancebridge.domain.port.Database;
import org.compliancebridge.domain.port.DatabaseOpener;
import org.compliancebridge.domain.port.KeyProtection;
import org.compliancebridge.domain.port.SigningKeys;
import org.compliancebridge.domain.port.WorkspaceFiles;

/**
 * Creating and opening workspaces, and signing in (21 CFR 11.10(d), 11.300; Annex 11 §12). A wrong password is
 * detected by the key slot before the database is touched, so a failed sign-in writes nothing to the database; it is
 * recorded in a side file and moved into the audit trail at the next successful sign-in.
 */
public final class WorkspaceService {
    private final DatabaseOpener opener;
    private final WorkspaceFiles files;
    private final KeyProtection keys;
    private final PasswordPolicy policy;
    private final KdfParams kdf;
    private final Clock clock;
    private final Supplier<ZoneId> zone;
    private final LoginThrottle.Sleeper sleeper;
    private final SigningKeys signing;
    private final SecureRandom random = new SecureRandom();

    /**
     * Work that must run in every new session before anyone uses it, through the audited write path: for example
     * loading the bundled catalogues into a new workspace, or their newer versions after an upgrade. If it fails, the
     * session is closed and the sign-in fails.
     */
    public interface SessionStartup {
        void run(Session session);
    }

    private final List<SessionStartup> startups;

    public WorkspaceService(DatabaseOpener opener, WorkspaceFiles files, KeyProtection keys, PasswordPolicy policy,
            KdfParams kdf, Clock clock, Supplier<ZoneId> zone, LoginThrottle.Sleeper sleeper, SigningKeys signing) {
        this(opener, files, keys, policy, kdf, clock, zone, sleeper, signing, List.of());
    }

    public WorkspaceService(DatabaseOpener opener, WorkspaceFiles files, KeyProtection keys, PasswordPolicy policy,
            KdfParams kdf, Clock clock, Supplier<ZoneId> zone, LoginThrottle.Sleeper sleeper, SigningKeys signing,
            List<SessionStartup> startups) {
        this.startups = List.copyOf(startups);
        this.opener = opener;
        this.files = files;
        this.keys = keys;
        this.policy = policy;
        this.kdf = kdf;
        this.clock = clock;
        this.zone = zone;
        this.sleeper = sleeper;
        this.signing = signing;
    }

    /** A new workspace, its first administrator signed in, and the recovery key to show once. */
    public record Created(Session session, String recoveryKey) {
    }

    public Created create(Path folder, String organisationName, UserId admin, String adminFullName,
            char[] password) {
        String org = requireText(organisationName, "organisation name", 200);
        String fullName = requireText(adminFullName, "full name", 200);
        policy.check(admin, password);
        Path dir = ensureEmptyFolder(folder);
        UUID workspaceId = UUID.randomUUID();
        byte[] key = keys.newWorkspaceKey();
        String recovery = RecoveryKey.generate(random);
        KeyFile keyFile = new KeyFile(KeyFile.FORMAT_VERSION, workspaceId, List.of(
                KeySlot.forUser(admin, keys.wrap(key, password, KeySlot.context(workspaceId, KeySlot.Kind.USER,
                        Optional.of(admin)), kdf)),
                KeySlot.recovery(keys.wrap(key, RecoveryKey.normalise(recovery), KeySlot.context(workspaceId,
                        KeySlot.Kind.RECOVERY, Optional.empty()), kdf))));
        Database db = opener.create(dir, HexFormat.of().formatHex(key));
        AuditedWritePath writes = new AuditedWritePath(db, workspaceId, clock);
        Actor actor = new Actor(admin, zone.get());
        var created = new Object() {
            org.compliancebridge.domain.UserKey key;
        };
        try {
            Account account = writes.write(actor, ctx -> {
                var now = clock.instant();
                WorkspaceInfo info = new WorkspaceInfo(workspaceId, org, now, admin);
                ctx.tx().workspaceInfo().insert(info);
                ctx.tx().organisation().update(new org.compliancebridge.domain.OrganisationProfile(org,
                        Optional.empty(), "", "", "", false, false, now, admin));
                ctx.record(AuditDraft.of(AuditEventType.WORKSPACE_CREATED, "WORKSPACE", workspaceId.toString(), null,
                        AuditValues.json(AuditValues.of("organisationName", org, "workspaceId",
                                workspaceId.toString()))));
                Account a = new Account(admin, fullName, Role.ADMINISTRATOR, true, false, now, admin, now,
                        Optional.empty(), Optional.empty(), Optional.of(now));
                ctx.tx().accounts().insert(a);
                ctx.record(AuditDraft.of(AuditEventType.ACCOUNT_CREATED, "ACCOUNT", admin.value(), null,
                        AccountService.describe(a)));
                created.key = UserKeys.create(ctx, signing, admin, fullName, org, password, now,
                        "signing key for the new account");
                ctx.record(AuditDraft.of(AuditEventType.LOGIN_SUCCEEDED, "ACCOUNT", admin.value(), null, null));
                // The key file is written last, inside the transaction: if it cannot be written, nothing commits.
                files.writeKeyFile(dir, keyFile);
                return a;
            });
            Session session = new Session(dir, workspaceId, writes, files, keys, kdf, policy, clock, zone.get(), key,
                    account, signing, signing.unlock(created.key.keyPair(), password));
            session.checkpoint("workspace created");
            return new Created(started(session), recovery);
        } catch (RuntimeException e) {
            writes.close();
            db.close();
            deleteCreatedFiles(dir);
            throw e;
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Signs in to an existing workspace. */
    public Session open(Path folder, UserId user, char[] password) {
        Path dir = existingWorkspace(folder);
        KeyFile keyFile = files.readKeyFile(dir);
        sleeper.sleep(LoginThrottle.delayAfter(files.readFailedLogins(dir).size()));
        Optional<KeySlot> slot = keyFile.slotFor(user);
        byte[] key;
        try {
            if (slot.isEmpty()) {
                equaliseTiming(keyFile, password);
                throw new WrongPasswordException();
            }
            key = keys.unwrap(slot.get().wrappedKey(), password, slot.get().context(keyFile.workspaceId()));
        } catch (WrongPasswordException e) {
            files.appendFailedLogin(dir, new FailedLogin(clock.instant(), zone.get().getId(), user.value(),
                    slot.isEmpty() ? "no active account with this user ID" : "wrong password"));
            throw e;
        }
        try {
            return signIn(dir, keyFile, user, key, password, false);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * Opens with the recovery key printed at creation and sets a new password for {@code user} (an active account).
     */
    public Session openWithRecoveryKey(Path folder, String recoveryKey, UserId user, char[] newPassword) {
        Path dir = existingWorkspace(folder);
        policy.check(user, newPassword);
        KeyFile keyFile = files.readKeyFile(dir);
        sleeper.sleep(LoginThrottle.delayAfter(files.readFailedLogins(dir).size()));
        KeySlot slot = keyFile.recoverySlot().orElseThrow(() -> new NotAWorkspaceException(
                "This workspace has no recovery key slot."));
        byte[] key;
        try {
            key = keys.unwrap(slot.wrappedKey(), RecoveryKey.normalise(recoveryKey),
                    slot.context(keyFile.workspaceId()));
        } catch (WrongPasswordException e) {
            files.appendFailedLogin(dir, new FailedLogin(clock.instant(), zone.get().getId(), user.value(),
                    "wrong recovery key"));
            throw new WrongPasswordException("The recovery key is not correct. Type it exactly as printed when the"
                    + " workspace was created (dashes and spaces do not matter).");
        }
        try {
            return signIn(dir, keyFile, user, key, newPassword, true);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private Session signIn(Path dir, KeyFile keyFile, UserId user, byte[] key, char[] password, boolean reset) {
        char[] resetPassword = reset ? password : null;
        Database db = opener.open(dir, HexFormat.of().formatHex(key));
        try {
            WorkspaceInfo info = db.read(tx -> tx.workspaceInfo().get()).orElseThrow(() ->
                    new NotAWorkspaceException("The database in " + dir + " is not a complete workspace."));
            if (!info.workspaceId().equals(keyFile.workspaceId())) {
                throw new StorageException("The key file and the database in " + dir + " belong to different"
                        + " workspaces. Restore both from the same backup.");
            }
            Account account = db.read(tx -> tx.accounts().find(user)).orElse(null);
            if (account == null || !account.active()) {
                // Only possible with a restored key file (deactivation removes the slot): refuse, change nothing.
                db.close();
                files.appendFailedLogin(dir, new FailedLogin(clock.instant(), zone.get().getId(), user.value(),
                        "account deactivated"));
                throw account == null ? new WrongPasswordException() : new AccountDeactivatedException("The account '"
                        + user + "' has been deactivated. Ask an administrator if you need access again.");
            }
            List<FailedLogin> failed = files.readFailedLogins(dir);
            Optional<String> mismatch = checkpointMismatch(db, dir, info.workspaceId());
            AuditedWritePath writes = new AuditedWritePath(db, info.workspaceId(), clock);
            Actor actor = new Actor(user, zone.get());
            var keyHolder = new Object() {
                org.compliancebridge.domain.UnlockedKey unlocked;
            };
            Account signedIn;
            try {
                signedIn = writes.write(actor, ctx -> {
                    for (FailedLogin f : failed) {
                        ctx.record(AuditDraft.of(AuditEventType.LOGIN_FAILED, "ACCOUNT", f.attemptedUserId(), null,
                                AuditValues.json(AuditValues.of("attemptedAt", f.at().toString(), "zone", f.zoneId(),
                                        "attempt", "sign-in"))).withReason(f.reason()));
                    }
                    Account a = account.withLastLogin(clock.instant());
                    if (resetPassword != null) {
                        a = a.withPasswordChanged(clock.instant(), false);
                        files.writeKeyFile(dir, keyFile.withUserSlot(user, keys.wrap(key, resetPassword,
                                KeySlot.context(info.workspaceId(), KeySlot.Kind.USER, Optional.of(user)), kdf)));
                        ctx.record(AuditDraft.of(AuditEventType.PASSWORD_RESET_WITH_RECOVERY_KEY, "ACCOUNT",
                                user.value(), null, null).withReason("signed in with the recovery key"));
                    }
                    var active = ctx.tx().keys().activeKey(user);
                    if (reset && active.isPresent()) {
                        // The old private key is encrypted under the lost password: retire it (it still verifies
                        // the signatures it made) and issue a new one under the new password.
                        UserKeys.retire(ctx, active.get(), clock.instant(), "password reset with the recovery key");
                        active = java.util.Optional.empty();
                    }
                    var userKey = active.isPresent() ? active.get() : UserKeys.create(ctx, signing, user,
                            account.fullName(), info.organisationName(), password, clock.instant(),
                            reset ? "new signing key after recovery" : "account had no signing key");
                    keyHolder.unlocked = signing.unlock(userKey.keyPair(), password);
                    ctx.tx().accounts().update(a);
                    ctx.record(AuditDraft.of(AuditEventType.LOGIN_SUCCEEDED, "ACCOUNT", user.value(), null, null));
                    mismatch.ifPresent(m -> ctx.record(AuditDraft.of(AuditEventType.AUDIT_TRAIL_MISMATCH_DETECTED,
                            "AUDIT_TRAIL", info.workspaceId().toString(), null, null).withReason(m)));
                    return a;
                });
            } catch (RuntimeException e) {
                writes.close();
                throw e;
            }
            files.clearFailedLogins(dir);
            if (resetPassword != null) {
                db.syncToDisk();
            }
            Session session = new Session(dir, info.workspaceId(), writes, files, keys, kdf, policy, clock,
                    zone.get(), key, signedIn, signing, keyHolder.unlocked);
            mismatch.ifPresent(session::setIntegrityWarning);
            return started(session);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Compares the database with the newest checkpoint in the file beside it that is validly signed by a key of this
     * workspace. If the database lacks that entry or holds a different one, it was restored from an older copy or
     * changed outside the app: the person signing in is told, and it is recorded (the full check is "verify").
     */
    private Optional<String> checkpointMismatch(Database db, Path dir, java.util.UUID workspaceId) {
        var keysById = new java.util.HashMap<String, byte[]>();
        db.read(tx -> tx.keys().all()).forEach(k -> keysById.put(k.keyId(), k.keyPair().certificateDer()));
        var lines = new java.util.ArrayList<>(files.readCheckpoints(dir));
        java.util.Collections.reverse(lines);
        for (var line : lines) {
            if (line.checkpoint().isEmpty()) {
                continue;
            }
            var c = line.checkpoint().get();
            byte[] cert = keysById.get(c.keyId());
            if (!c.workspaceId().equals(workspaceId) || cert == null
                    || !java.util.Arrays.equals(cert, line.certificateDer().orElse(null))
                    || !signing.verify(cert, c.payload(), c.signature())) {
                continue;
            }
            List<org.compliancebridge.domain.AuditEntry> at = db.read(tx -> tx.audit().readFrom(c.seq(), 1));
            if (at.isEmpty() || at.get(0).seq() != c.seq() || !at.get(0).hash().equals(c.headHash())) {
                return Optional.of("The workspace database does not contain the audit entry " + c.seq()
                        + " that its checkpoint file vouches for (signed by " + c.userId() + " at " + c.createdAt()
                        + "). The database may have been restored from an older copy or changed outside"
                        + " ComplianceBridge. Run \"Verify chain\" in the audit trail and inform QA.");
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private Session started(Session session) {
        try {
            for (SessionStartup s : startups) {
                s.run(session);
            }
            return session;
        } catch (RuntimeException e) {
            try {
                session.close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** An unknown user ID costs the same Argon2id work as a wrong password, so IDs cannot be probed by timing. */
    private void equaliseTiming(KeyFile keyFile, char[] password) {
        keyFile.slots().stream().findFirst().ifPresent(s -> {
            try {
                keys.unwrap(s.wrappedKey(), password, "no-such-slot");
            } catch (WrongPasswordException expected) {
                // always: the context does not match
            }
        });
    }

    private Path existingWorkspace(Path folder) {
        Path dir = WorkspaceFolders.checked(folder);
        if (!Files.isDirectory(dir)) {
            throw new WorkspaceNotFoundException("The folder " + dir + " does not exist. It may have been moved,"
                    + " renamed or be on a drive that is not connected.");
        }
        if (!files.hasKeyFile(dir) || !opener.exists(dir)) {
            throw new NotAWorkspaceException("The folder " + dir + " is not a ComplianceBridge workspace. Choose the"
                    + " folder that contains workspace.keys and workspace.mv.db.");
        }
        return dir;
    }

    private Path ensureEmptyFolder(Path folder) {
        Path dir = WorkspaceFolders.checked(folder);
        try {
            if (Files.exists(dir)) {
                if (!Files.isDirectory(dir)) {
                    throw new InvalidInputException(dir + " is a file. Choose a folder for the new workspace.");
                }
                try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                    if (s.iterator().hasNext()) {
                        throw new InvalidInputException("The folder " + dir + " is not empty. Choose an empty or new"
                                + " folder for the workspace" + (files.hasKeyFile(dir)
                                ? " (this one already holds a workspace: open it instead)." : "."));
                    }
                }
            } else {
                Files.createDirectories(dir);
            }
            ownerOnly(dir);
        } catch (IOException e) {
            throw new StorageException("Could not create the folder " + dir + ": " + e.getMessage()
                    + ". Choose a folder you can write to.", e);
        }
        return dir;
    }

    /** Where the file system supports it, only the owner may list or open the workspace folder. */
    private static void ownerOnly(Path dir) throws IOException {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    private void deleteCreatedFiles(Path dir) {
        List<Path> created = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(created::add);
        } catch (IOException ignored) {
            return;
        }
        for (Path p : created) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // best effort cleanup of a half-created workspace in a folder that was empty before
            }
        }
    }

    static String requireText(String value, String what, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new InvalidInputException("Enter the " + what + ".");
        }
        if (v.length() > max) {
            throw new InvalidInputException("The " + what + " can have at most " + max + " characters.");
        }
        return v;
    }
}
