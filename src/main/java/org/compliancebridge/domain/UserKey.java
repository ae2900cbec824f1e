package org.compliancebridge.domain;

import java.time.Instant;
import java.util.Optional;

/** A person's signing key as stored: the key ID is the certificate's SHA-256 fingerprint. */
public record UserKey(String keyId, UserId userId, StoredKeyPair keyPair, Instant createdAt,
        Optional<Instant> retiredAt) {
    public boolean active() {
        return retiredAt.isEmpty();
    }
}
