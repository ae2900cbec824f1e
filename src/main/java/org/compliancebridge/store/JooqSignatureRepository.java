package org.compliancebridge.store;

import static org.compliancebridge.store.generated.Tables.ELECTRONIC_SIGNATURE;
import static org.compliancebridge.store.generated.Tables.SIGNATURE_MEANING;

import java.time.Instant;
import java.util.List;
import org.compliancebridge.domain.ElectronicSignature;
import org.compliancebridge.domain.Hash;
import org.compliancebridge.domain.RecordRef;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.port.SignatureRepository;
import org.jooq.DSLContext;

final class JooqSignatureRepository implements SignatureRepository {
    private final DSLContext tx;

    JooqSignatureRepository(DSLContext tx) {
        this.tx = tx;
    }

    @Override
    public void insert(ElectronicSignature s) {
        tx.insertInto(ELECTRONIC_SIGNATURE)
                .set(ELECTRONIC_SIGNATURE.SIGNATURE_ID, s.signatureId())
                .set(ELECTRONIC_SIGNATURE.RECORD_TYPE, s.record().recordType())
                .set(ELECTRONIC_SIGNATURE.RECORD_ID, s.record().recordId())
                .set(ELECTRONIC_SIGNATURE.CONTENT_HASH, s.contentHash().bytes())
                .set(ELECTRONIC_SIGNATURE.SIGNER_ID, s.signerId().value())
                .set(ELECTRONIC_SIGNATURE.SIGNER_NAME, s.signerName())
                .set(ELECTRONIC_SIGNATURE.MEANING, s.meaning())
                .set(ELECTRONIC_SIGNATURE.SIGNED_AT, Times.toDb(s.signedAt()))
                .set(ELECTRONIC_SIGNATURE.ZONE_ID, s.zoneId())
                .set(ELECTRONIC_SIGNATURE.KEY_ID, s.keyId())
                .set(ELECTRONIC_SIGNATURE.SIGNATURE, s.signature())
                .set(ELECTRONIC_SIGNATURE.AUDIT_SEQ, s.auditSeq())
                .execute();
    }

    @Override
    public List<ElectronicSignature> forRecord(RecordRef record) {
        return tx.selectFrom(ELECTRONIC_SIGNATURE)
                .where(ELECTRONIC_SIGNATURE.RECORD_TYPE.eq(record.recordType()))
                .and(ELECTRONIC_SIGNATURE.RECORD_ID.eq(record.recordId()))
                .orderBy(ELECTRONIC_SIGNATURE.SIGNED_AT)
                .fetch(r -> new ElectronicSignature(r.getSignatureId(), new RecordRef(r.getRecordType(),
                        r.getRecordId()), Hash.of(r.getContentHash()), new UserId(r.getSignerId()), r.getSignerName(),
                        r.getMeaning(), Times.fromDb(r.getSignedAt()), r.getZoneId(), r.getKeyId(), r.getSignature(),
                        r.getAuditSeq()));
    }

    @Override
    public List<String> configuredMeanings() {
        return tx.select(SIGNATURE_MEANING.MEANING).from(SIGNATURE_MEANING).orderBy(SIGNATURE_MEANING.MEANING)
                .fetch(SIGNATURE_MEANING.MEANING);
    }

    @Override
    public void addMeaning(String meaning, Instant at, UserId by) {
        tx.insertInto(SIGNATURE_MEANING).set(SIGNATURE_MEANING.MEANING, meaning)
                .set(SIGNATURE_MEANING.CREATED_AT, Times.toDb(at)).set(SIGNATURE_MEANING.CREATED_BY, by.value())
                .execute();
    }
}
