package org.compliancebridge.service;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.compliancebridge.domain.Account;
import org.compliancebridge.domain.Canonical;
import org.compliancebridge.domain.OrganisationProfile;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.port.Transaction;

/**
 * The record types that can be signed, each with its canonical content: the bytes whose SHA-256 a signature covers.
 * A later feature plugs in by adding its record type here (21 CFR 11.70: the signature is bound to the record).
 */
public final class Signables {
    public static final String ACCOUNT = "ACCOUNT";
    private final Map<String, BiFunction<Transaction, String, Optional<byte[]>>> content;

    private Signables(Map<String, BiFunction<Transaction, String, Optional<byte[]>>> content) {
        this.content = Map.copyOf(content);
    }

    public static Signables standard() {
        return new Signables(Map.of(
                OrganisationProfile.RECORD_TYPE, (tx, id) -> OrganisationProfile.RECORD_ID.equals(id)
                        ? Optional.of(tx.organisation().get().canonicalContent()) : Optional.empty(),
                GapService.SIGNED_RECORD_TYPE, (tx, id) -> Optional.of(GapService.signedContent(tx, id)),
                ActionService.PLAN_RECORD_TYPE, (tx, id) -> ActionService.PLAN_ID.equals(id)
                        ? Optional.of(ActionService.signedContent(tx)) : Optional.empty(),
                ACCOUNT, (tx, id) -> {
                    try {
                        return tx.accounts().find(UserId.of(id)).map(Signables::accountContent);
                    } catch (org.compliancebridge.domain.InvalidInputException e) {
                        return Optional.empty();
                    }
                }));
    }

    /** The content an account signature covers: identity, printed name, role and status (version 1). */
    static byte[] accountContent(Account a) {
        return Canonical.of(ACCOUNT, 1).text(a.userId().value()).text(a.fullName()).text(a.role().name())
                .flag(a.active()).toBytes();
    }

    public boolean supports(String recordType) {
        return content.containsKey(recordType);
    }

    public Optional<byte[]> content(Transaction tx, String recordType, String recordId) {
        var f = content.get(recordType);
        return f == null ? Optional.empty() : f.apply(tx, recordId);
    }
}
