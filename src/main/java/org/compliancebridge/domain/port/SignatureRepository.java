package org.compliancebridge.domain.port;

import java.util.List;
import org.compliancebridge.domain.ElectronicSignature;
import org.compliancebridge.domain.RecordRef;

/** Applied signatures. Insert and read only: a signature is never changed or removed. */
public interface SignatureRepository {
    void insert(ElectronicSignature signature);

    List<ElectronicSignature> forRecord(RecordRef record);

    List<String> configuredMeanings();

    void addMeaning(String meaning, java.time.Instant at, org.compliancebridge.domain.UserId by);
}
