package org.compliancebridge.domain;

import java.util.Objects;

/** Names one record that can be signed: its type (e.g. ORGANISATION_PROFILE) and its ID. */
public record RecordRef(String recordType, String recordId) {
    public RecordRef {
        Objects.requireNonNull(recordType);
        Objects.requireNonNull(recordId);
    }

    @Override
    public String toString() {
        return recordType + "/" + recordId;
    }
}
