package org.compliancebridge.service;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.CertificateInfo;
import org.compliancebridge.domain.ElectronicSignature;
import org.compliancebridge.domain.Hash;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.PermissionDeniedException;
import org.compliancebridge.domain.RecordRef;
import org.compliancebridge.domain.Role;
import org.compliancebridge.domain.UnlockedKey;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.UserKey;
import org.compliancebridge.domain.WrongPasswordException;

/**
 * Applying and verifying electronic signatures (21 CFR 11.50, 11.70, 11.100, 11.200; Annex 11 §14).
 *
 * <p>Signing needs the password every time; the first signature of a continuous session also needs the user ID
 * (11.200(a)(1)(i)-(ii)). The signature covers record type and ID, the SHA-256 of the record's canonical content,
 * signer ID and printed name, meaning and UTC time; a later change of the record invalidates it.
 */
public final class SignatureService {
    public static final List<String> BUILT_IN_MEANINGS = List.of("Authored", "Reviewed", "Approved",
            "Responsible");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);
    private final Session session;
    private final Signables signables;

    public SignatureService(Session session, Signables signables) {
        this.session = session;
        this.signables = signables;
    }

    public List<String> meanings() {
        List<String> all = new ArrayList<>(BUILT_IN_MEANINGS);
        all.addAll(session.writes().read(tx -> tx.signatures().configuredMeanings()));
        return all;
    }

    /** Administrators add signature meanings (e.g. "Verified", "QA release"); audited. */
    public void addMeaning(String meaning) {
        AccountService.requireAdministrator(session.account());
        String m = WorkspaceService.requireText(meaning, "meaning", 100);
        if (meanings().stream().anyMatch(x -> x.equalsIgnoreCase(m))) {
            throw new InvalidInputException("The meaning '" + m + "' exists already.");
        }
        session.writes().write(session.actor(), ctx -> {
            ctx.tx().signatures().addMeaning(m, session.clock().instant(), session.account().userId());
            return ctx.record(AuditDraft.of(AuditEventType.SIGNATURE_MEANING_ADDED, "SIGNATURE_MEANING", m, null,
                    m));
        });
    }

    /** Whether the next signature must also ask for the user ID (first signature of a continuous session). */
    public boolean needsUserId() {
        return !session.hasSignedInThisContinuousSession();
    }

    public ElectronicSignature sign(RecordRef record, String meaning, Optional<String> typedUserId, char[] password) {
        if (!signables.supports(record.recordType())) {
            throw new IllegalArgumentException("Record type " + record.recordType() + " is not signable");
        }
        if (!meanings().contains(meaning)) {
            throw new InvalidInputException("Choose one of the signature meanings: " + String.join(", ", meanings())
                    + ".");
        }
        UserId me = session.account().userId();
        if (needsUserId()) {
            String typed = typedUserId.map(String::strip).orElse("");
            if (typed.isEmpty() || !typed.equalsIgnoreCase(me.value())) {
                refused(record, "user ID entered did not match the signed-in person");
                throw new WrongPasswordException("Enter your own user ID and password: a signature can only be"
                        + " applied by the person signed in. The signature was not applied.");
            }
        }
        if ("Approved".equals(meaning) && session.account().role() == Role.CONTRIBUTOR) {
            throw new PermissionDeniedException("Approval signatures need the approver or administrator role. Ask an"
                    + " approver to sign, or choose another meaning.");
        }
        UserKey key = session.writes().read(tx -> tx.keys().activeKey(me)).orElseThrow(() ->
                new PermissionDeniedException("Your account has no active signing key. Ask an administrator."));
        UnlockedKey unlocked;
        try {
            unlocked = session.signing().unlock(key.keyPair(), password);
        } catch (WrongPasswordException e) {
            refused(record, "wrong password");
            throw new WrongPasswordException("The password is not correct. The signature was not applied.");
        }
        ElectronicSignature applied = session.writes().write(session.actor(), ctx -> {
            byte[] content = signables.content(ctx.tx(), record.recordType(), record.recordId()).orElseThrow(() ->
                    new InvalidInputException("The record " + record + " no longer exists."));
            Hash contentHash = org.compliancebridge.domain.Canonical.of("CB-CONTENT", 1).bytes(content).sha256();
            Instant now = session.clock().instant().truncatedTo(ChronoUnit.MICROS);
            String zone = session.zone().getId();
            String name = session.account().fullName();
            byte[] payload = ElectronicSignature.payload(record, contentHash, me, name, meaning, now, zone);
            byte[] sig = session.signing().sign(unlocked, payload);
            AuditEntry entry = ctx.record(AuditDraft.of(AuditEventType.RECORD_SIGNED, record.recordType(),
                    record.recordId(), null, AuditValues.json(AuditValues.of("meaning", meaning, "signer", me.value(),
                            "printedName", name, "signedAt", now.toString(), "contentHash", contentHash.hex(),
                            "keyId", key.keyId()))));
            ElectronicSignature s = new ElectronicSignature(UUID.randomUUID(), record, contentHash, me, name, meaning,
                    now, zone, key.keyId(), sig, entry.seq());
            ctx.tx().signatures().insert(s);
            return s;
        });
        session.markSigned();
        session.checkpoint("signature");
        return applied;
    }

    private void refused(RecordRef record, String why) {
        session.writes().write(session.actor(), ctx -> ctx.record(AuditDraft.of(AuditEventType.SIGNATURE_REFUSED,
                record.recordType(), record.recordId(), null, null).withReason(why)));
    }

    /** Every signature of a record with its current state (verification recomputes the content hash). */
    public List<SignatureStatus> signatures(RecordRef record) {
        return session.writes().read(tx -> {
            List<SignatureStatus> out = new ArrayList<>();
            Optional<byte[]> content = signables.content(tx, record.recordType(), record.recordId());
            Optional<Hash> current = content.map(c -> org.compliancebridge.domain.Canonical.of("CB-CONTENT", 1)
                    .bytes(c).sha256());
            for (ElectronicSignature s : tx.signatures().forRecord(record)) {
                Optional<UserKey> key = tx.keys().find(s.keyId());
                if (key.isEmpty()) {
                    out.add(new SignatureStatus(s, SignatureStatus.State.INVALID, "signature not valid — the signing"
                            + " key is unknown"));
                    continue;
                }
                byte[] cert = key.get().keyPair().certificateDer();
                CertificateInfo info = session.signing().describe(cert);
                boolean matches = info.userId().equals(s.signerId().value()) && key.get().userId().equals(s.signerId())
                        && session.signing().verify(cert, s.payload(), s.signature());
                if (!matches || !s.record().equals(record)) {
                    out.add(new SignatureStatus(s, SignatureStatus.State.INVALID, "signature not valid — it does not"
                            + " match this record (copied or altered)"));
                } else if (current.isEmpty() || !current.get().equals(s.contentHash())) {
                    Optional<AuditEntry> last = tx.audit().latestFor(record.recordType(), record.recordId());
                    String who = last.filter(e -> e.occurredAt().isAfter(s.signedAt()))
                            .map(e -> " by " + e.userId() + " at " + WHEN.format(e.occurredAt().atZone(ZoneId.of(
                                    e.zoneId())))).orElse("");
                    out.add(new SignatureStatus(s, SignatureStatus.State.RECORD_CHANGED,
                            "signature no longer valid — record changed" + who));
                } else {
                    out.add(new SignatureStatus(s, SignatureStatus.State.VALID, "valid"));
                }
            }
            return out;
        });
    }
}
