package org.compliancebridge.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An applied electronic signature (21 CFR 11.50, 11.70): the signer's printed name, the time and the meaning,
 * cryptographically bound to a hash of the record's canonical content.
 */
public record ElectronicSignature(UUID signatureId, RecordRef record, Hash contentHash, UserId signerId,
        String signerName, String meaning, Instant signedAt, String zoneId, String keyId, byte[] signature,
        long auditSeq) {
    public ElectronicSignature {
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The bytes the signer's key signs (version 1). Every field is length-prefixed. */
    public static byte[] payload(RecordRef record, Hash contentHash, UserId signerId, String signerName,
            String meaning, Instant signedAt, String zoneId) {
        return Canonical.of("CB-ESIG", 1)
                .text(record.recordType()).text(record.recordId()).bytes(contentHash.bytes())
                .text(signerId.value()).text(signerName).text(meaning).instant(signedAt).text(zoneId)
                .toBytes();
    }

    public byte[] payload() {
        return payload(record, contentHash, signerId, signerName, meaning, signedAt, zoneId);
    }
}
