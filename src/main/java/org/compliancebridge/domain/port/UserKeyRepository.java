package org.compliancebridge.domain.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.compliancebridge.domain.StoredKeyPair;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.UserKey;

/** Signing keys. Keys are never deleted: a retired key still verifies the signatures it made. */
public interface UserKeyRepository {
    void insert(UserKey key);

    /** Replaces the encrypted private key after a password change (same key, same certificate). */
    void updateEncryptedKey(String keyId, StoredKeyPair reencrypted);

    void retire(String keyId, Instant at);

    Optional<UserKey> find(String keyId);

    Optional<UserKey> activeKey(UserId user);

    List<UserKey> all();
}
