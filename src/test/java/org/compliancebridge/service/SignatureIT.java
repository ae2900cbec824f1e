package org.compliancebridge.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.ElectronicSignature;
import org.compliancebridge.domain.OrganisationProfile;
import org.compliancebridge.domain.PermissionDeniedException;
import org.compliancebridge.domain.RecordRef;
import org.compliancebridge.domain.Role;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.WrongPasswordException;
import org.compliancebridge.testsupport.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Part 11 signatures on a real workspace: manifestation, binding to content, and every way they must fail. */
class SignatureIT {
    private static final RecordRef PROFILE = new RecordRef(OrganisationProfile.RECORD_TYPE,
            OrganisationProfile.RECORD_ID);
    private static final String PW = TestWorkspaces.ADMIN_PASSWORD;
    private static final String BOB_PW = "the builder's first passphrase";
    private final TestWorkspaces ws = new TestWorkspaces();
    @TempDir
    Path tmp;

    private Path workspaceWithBob() {
        Path dir = tmp.resolve("ws");
        try (Session s = ws.create(dir).session()) {
            new AccountService(s).addAccount(UserId.of("bob"), "Bob Brown", Role.APPROVER, BOB_PW.toCharArray());
        }
        return dir;
    }

    private Session alice(Path dir) {
        return ws.service.open(dir, TestWorkspaces.ADMIN, PW.toCharArray());
    }

    @Test
    void signatureShowsItsManifestationAndBecomesInvalidWhenTheRecordChanges() {
        Path dir = workspaceWithBob();
        try (Session s = alice(dir)) {
            SignatureService sig = new SignatureService(s, Signables.standard());
            assertThat(sig.needsUserId()).isTrue();
            assertThatThrownBy(() -> sig.sign(PROFILE, "Approved", Optional.empty(), PW.toCharArray()))
                    .isInstanceOf(WrongPasswordException.class).hasMessageContaining("user ID");
            ElectronicSignature applied = sig.sign(PROFILE, "Approved", Optional.of("alice"), PW.toCharArray());
            assertThat(sig.needsUserId()).as("11.200(a)(1)(i): later signatures need the password only").isFalse();
            List<SignatureStatus> st = sig.signatures(PROFILE);
            assertThat(st).hasSize(1);
            assertThat(st.get(0).valid()).isTrue();
            assertThat(st.get(0).manifestation()).contains("Alice Admin (alice)").contains("Approved")
                    .containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} CES?T \\(\\+0[12]:00\\)");
            List<AuditEntry> signed = s.writes().read(tx -> tx.audit().findByEventType("RECORD_SIGNED", 0, 9));
            assertThat(signed).hasSize(1);
            assertThat(signed.get(0).seq()).isEqualTo(applied.auditSeq());
            long checkpointsBefore = s.writes().read(tx -> tx.checkpoints().all()).size();

            new OrganisationService(s).update("Acme Devices GmbH & Co. KG", Optional.of(60), "Berlin", "medical device",
                    "US, EU", false, true, "legal name changed");
            SignatureStatus after = sig.signatures(PROFILE).get(0);
            assertThat(after.valid()).isFalse();
            assertThat(after.state()).isEqualTo(SignatureStatus.State.RECORD_CHANGED);
            assertThat(after.explanation()).startsWith("signature no longer valid — record changed by alice at");
            assertThat(checkpointsBefore).as("a checkpoint at the signature").isGreaterThanOrEqualTo(2);

            // lock starts a new continuous session: the user ID is needed again
            s.lock("test");
            s.unlock(PW.toCharArray(), TestWorkspaces.noSleep());
            assertThat(sig.needsUserId()).isTrue();
        }
    }

    @Test
    void wrongPasswordIsRefusedAuditedAndNothingIsSigned() {
        Path dir = workspaceWithBob();
        try (Session s = alice(dir)) {
            SignatureService sig = new SignatureService(s, Signables.standard());
            assertThatThrownBy(() -> sig.sign(PROFILE, "Reviewed", Optional.of("alice"), "not it at all".toCharArray()))
                    .isInstanceOf(WrongPasswordException.class).hasMessageContaining("not applied");
            assertThatThrownBy(() -> sig.sign(PROFILE, "Reviewed", Optional.of("bob"), PW.toCharArray()))
                    .isInstanceOf(WrongPasswordException.class);
            assertThat(sig.signatures(PROFILE)).isEmpty();
            List<AuditEntry> refused = s.writes().read(tx -> tx.audit().findByEventType("SIGNATURE_REFUSED", 0, 9));
            assertThat(refused).extracting(AuditEntry::reason).containsExactly("wrong password",
                    "user ID entered did not match the signed-in person");
        }
    }

    @Test
    void copiedSignatureAndAnotherUsersKeyAreInvalid() {
        Path dir = workspaceWithBob();
        try (Session s = alice(dir)) {
            SignatureService sig = new SignatureService(s, Signables.standard());
            ElectronicSignature original = sig.sign(new RecordRef(Signables.ACCOUNT, "bob"), "Approved",
                    Optional.of("alice"), PW.toCharArray());
            // Copy Alice's signature of Bob's account onto Alice's own account record, straight into the database.
            ElectronicSignature copy = new ElectronicSignature(UUID.randomUUID(), new RecordRef(Signables.ACCOUNT,
                    "alice"), original.contentHash(), original.signerId(), original.signerName(), original.meaning(),
                    original.signedAt(), original.zoneId(), original.keyId(), original.signature(),
                    original.auditSeq());
            String bobKey = s.writes().read(tx -> tx.keys().activeKey(UserId.of("bob"))).orElseThrow().keyId();
            ElectronicSignature otherKey = new ElectronicSignature(UUID.randomUUID(), PROFILE,
                    original.contentHash(), original.signerId(), original.signerName(), original.meaning(),
                    original.signedAt(), original.zoneId(), bobKey, original.signature(), original.auditSeq());
            s.writes().database().inTransaction(tx -> {
                tx.signatures().insert(copy);
                tx.signatures().insert(otherKey);
                return null;
            });
            assertThat(sig.signatures(new RecordRef(Signables.ACCOUNT, "bob")).get(0).valid()).isTrue();
            SignatureStatus copied = sig.signatures(new RecordRef(Signables.ACCOUNT, "alice")).get(0);
            assertThat(copied.state()).isEqualTo(SignatureStatus.State.INVALID);
            assertThat(copied.explanation()).contains("does not match this record");
            assertThat(sig.signatures(PROFILE).get(0).state()).isEqualTo(SignatureStatus.State.INVALID);
        }
    }

    @Test
    void deactivatedSignerCannotSignButEarlierSignaturesStillVerify() {
        Path dir = workspaceWithBob();
        try (Session bob = ws.service.open(dir, UserId.of("bob"), BOB_PW.toCharArray())) {
            new SignatureService(bob, Signables.standard()).sign(PROFILE, "Reviewed", Optional.of("bob"),
                    BOB_PW.toCharArray());
        }
        try (Session s = alice(dir)) {
            new AccountService(s).deactivate(UserId.of("bob"), "left the company");
            List<SignatureStatus> st = new SignatureService(s, Signables.standard()).signatures(PROFILE);
            assertThat(st).hasSize(1);
            assertThat(st.get(0).valid()).as("retired key still verifies").isTrue();
            Optional<org.compliancebridge.domain.UserKey> bobsKey = s.writes().read(tx -> tx.keys().activeKey(
                    UserId.of("bob")));
            assertThat(bobsKey).isEmpty();
        }
        assertThatThrownBy(() -> ws.service.open(dir, UserId.of("bob"), BOB_PW.toCharArray()))
                .isInstanceOf(WrongPasswordException.class);
    }

    @Test
    void contributorsCannotApproveAndPasswordChangeKeepsTheSigningKey() {
        Path dir = tmp.resolve("ws");
        try (Session s = ws.create(dir).session()) {
            new AccountService(s).addAccount(UserId.of("carl"), "Carl C", Role.CONTRIBUTOR, BOB_PW.toCharArray());
        }
        try (Session carl = ws.service.open(dir, UserId.of("carl"), BOB_PW.toCharArray())) {
            String keyBefore = carl.writes().read(tx -> tx.keys().activeKey(UserId.of("carl"))).orElseThrow().keyId();
            assertThatThrownBy(() -> new SignatureService(carl, Signables.standard()).sign(PROFILE, "Approved",
                    Optional.of("carl"), BOB_PW.toCharArray())).isInstanceOf(PermissionDeniedException.class);
            new AccountService(carl).changeOwnPassword(BOB_PW.toCharArray(), "a new secret for me".toCharArray());
            new SignatureService(carl, Signables.standard()).sign(PROFILE, "Authored", Optional.of("carl"),
                    "a new secret for me".toCharArray());
            String keyAfter = carl.writes().read(tx -> tx.keys().activeKey(UserId.of("carl"))).orElseThrow().keyId();
            assertThat(keyAfter).isEqualTo(keyBefore);
            assertThatThrownBy(() -> new SignatureService(carl, Signables.standard()).sign(PROFILE, "Authored",
                    Optional.empty(), BOB_PW.toCharArray())).isInstanceOf(WrongPasswordException.class);
        }
    }
}
