package org.compliancebridge.service;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.compliancebridge.domain.Account;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.KeyFile;
import org.compliancebridge.domain.KeySlot;
import org.compliancebridge.domain.PermissionDeniedException;
import org.compliancebridge.domain.Role;
import org.compliancebridge.domain.UserId;

/**
 * Account administration (21 CFR 11.100(a), 11.300(a)-(b); Annex 11 §12): administrators add and deactivate
 * accounts; everyone changes their own password. Accounts are never deleted and user IDs never reused.
 */
public final class AccountService {
    private final Session session;

    public AccountService(Session session) {
        this.session = session;
    }

    public List<Account> accounts() {
        return session.accounts();
    }

    /** Adds an account with an initial password the person must change at first sign-in. */
    public Account addAccount(UserId newUser, String fullName, Role role, char[] initialPassword) {
        requireAdministrator(session.account());
        String name = WorkspaceService.requireText(fullName, "full name", 200);
        session.passwordPolicy().check(newUser, initialPassword);
        byte[] key = session.workspaceKey();
        try {
            return session.writes().write(session.actor(), ctx -> {
                if (ctx.tx().accounts().find(newUser).isPresent()) {
                    throw new InvalidInputException("The user ID '" + newUser + "' is already taken or was used"
                            + " before. IDs are never reused (21 CFR 11.100(a)); choose another one.");
                }
                var now = session.clock().instant();
                Account a = new Account(newUser, name, role, true, true, now, session.account().userId(), now,
                        Optional.empty(), Optional.empty(), Optional.empty());
                ctx.tx().accounts().insert(a);
                ctx.record(AuditDraft.of(AuditEventType.ACCOUNT_CREATED, "ACCOUNT", newUser.value(), null,
                        describe(a)));
                UserKeys.create(ctx, session.signing(), newUser, name, ctx.tx().workspaceInfo().get().orElseThrow()
                        .organisationName(), initialPassword, now, "signing key for the new account");
                KeyFile kf = session.files().readKeyFile(session.folder());
                session.files().writeKeyFile(session.folder(), kf.withUserSlot(newUser, session.keys().wrap(key,
                        initialPassword, KeySlot.context(session.workspaceId(), KeySlot.Kind.USER,
                                Optional.of(newUser)), session.kdf())));
                return a;
            });
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Deactivates an account: its key slot is removed, the record and its history stay. */
    public Account deactivate(UserId user, String reason) {
        requireAdministrator(session.account());
        String why = WorkspaceService.requireText(reason, "reason for the deactivation", 2000);
        if (user.equals(session.account().userId())) {
            throw new InvalidInputException("You cannot deactivate your own account. Ask another administrator.");
        }
        return session.writes().write(session.actor(), ctx -> {
            Account before = ctx.tx().accounts().find(user).orElseThrow(() ->
                    new InvalidInputException("There is no account '" + user + "'."));
            if (!before.active()) {
                throw new InvalidInputException("The account '" + user + "' is already deactivated.");
            }
            if (before.isAdministrator() && ctx.tx().accounts().findAll().stream()
                    .filter(a -> a.active() && a.isAdministrator()).count() <= 1) {
                throw new InvalidInputException("This is the last active administrator; add another administrator"
                        + " first.");
            }
            Account after = before.withActive(false, session.clock().instant(), session.account().userId());
            ctx.tx().accounts().update(after);
            ctx.record(AuditDraft.of(AuditEventType.ACCOUNT_DEACTIVATED, "ACCOUNT", user.value(), describe(before),
                    describe(after)).withReason(why));
            ctx.tx().keys().activeKey(user).ifPresent(k -> UserKeys.retire(ctx, k, session.clock().instant(),
                    "account deactivated: the key can no longer sign; it still verifies earlier signatures"));
            KeyFile kf = session.files().readKeyFile(session.folder());
            session.files().writeKeyFile(session.folder(), kf.withoutUserSlot(user));
            return after;
        });
    }

    /** Changes the signed-in person's password: re-wraps their key slot only; nothing is re-encrypted. */
    public void changeOwnPassword(char[] currentPassword, char[] newPassword) {
        session.verifyPassword(currentPassword);
        UserId me = session.account().userId();
        session.passwordPolicy().check(me, newPassword);
        if (Arrays.equals(currentPassword, newPassword)) {
            throw new InvalidInputException("The new password must differ from the current one.");
        }
        byte[] key = session.workspaceKey();
        try {
            Account updated = session.writes().write(session.actor(), ctx -> {
                Account a = ctx.tx().accounts().find(me).orElseThrow().withPasswordChanged(session.clock().instant(),
                        false);
                ctx.tx().accounts().update(a);
                ctx.record(AuditDraft.of(AuditEventType.PASSWORD_CHANGED, "ACCOUNT", me.value(), null, null));
                ctx.tx().keys().activeKey(me).ifPresent(k -> ctx.tx().keys().updateEncryptedKey(k.keyId(),
                        session.signing().reencrypt(k.keyPair(), currentPassword, newPassword)));
                KeyFile kf = session.files().readKeyFile(session.folder());
                session.files().writeKeyFile(session.folder(), kf.withUserSlot(me, session.keys().wrap(key,
                        newPassword, KeySlot.context(session.workspaceId(), KeySlot.Kind.USER, Optional.of(me)),
                        session.kdf())));
                return a;
            });
            session.refreshAccount(updated);
            session.writes().database().syncToDisk();
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** A person's certificate as shown in Settings. */
    public record Certificate(String keyId, String userId, org.compliancebridge.domain.CertificateInfo info,
            boolean active, java.time.Instant createdAt) {
    }

    /** Every signing certificate, active and retired (retired ones still verify earlier signatures). */
    public List<Certificate> certificates() {
        return session.writes().read(tx -> tx.keys().all()).stream().map(k -> new Certificate(k.keyId(),
                k.userId().value(), session.signing().describe(k.keyPair().certificateDer()), k.active(),
                k.createdAt())).toList();
    }

    /** The certificate in PEM form, e.g. for an inspector to verify exported signatures with OpenSSL. */
    public String certificatePem(String keyId) {
        return session.writes().read(tx -> tx.keys().find(keyId)).map(k -> session.signing().toPem(
                k.keyPair().certificateDer())).orElseThrow(() -> new InvalidInputException("No certificate " + keyId));
    }

    static void requireAdministrator(Account actor) {
        if (actor.role() != Role.ADMINISTRATOR || !actor.active()) {
            throw new PermissionDeniedException("Only an administrator can do this. Ask an administrator of this"
                    + " workspace.");
        }
    }

    /** The audited view of an account: who it is and what it may do (never secrets). */
    static String describe(Account a) {
        return AuditValues.json(AuditValues.of("userId", a.userId().value(), "fullName", a.fullName(), "role",
                a.role().cliName(), "active", a.active()));
    }
}
