package org.compliancebridge.store;

import static org.compliancebridge.store.generated.Tables.USER_KEY;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.compliancebridge.domain.StoredKeyPair;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.UserKey;
import org.compliancebridge.domain.port.UserKeyRepository;
import org.compliancebridge.store.generated.tables.records.UserKeyRecord;
import org.jooq.DSLContext;

final class JooqUserKeyRepository implements UserKeyRepository {
    private final DSLContext tx;

    JooqUserKeyRepository(DSLContext tx) {
        this.tx = tx;
    }

    @Override
    public void insert(UserKey k) {
        tx.insertInto(USER_KEY)
                .set(USER_KEY.KEY_ID, k.keyId())
                .set(USER_KEY.USER_ID, k.userId().value())
                .set(USER_KEY.CERTIFICATE, k.keyPair().certificateDer())
                .set(USER_KEY.ENCRYPTED_PRIVATE_KEY, k.keyPair().encryptedPrivateKey())
                .set(USER_KEY.CREATED_AT, Times.toDb(k.createdAt()))
                .set(USER_KEY.RETIRED_AT, Times.toDb(k.retiredAt().orElse(null)))
                .execute();
    }

    @Override
    public void updateEncryptedKey(String keyId, StoredKeyPair reencrypted) {
        tx.update(USER_KEY).set(USER_KEY.ENCRYPTED_PRIVATE_KEY, reencrypted.encryptedPrivateKey())
                .where(USER_KEY.KEY_ID.eq(keyId)).execute();
    }

    @Override
    public void retire(String keyId, Instant at) {
        tx.update(USER_KEY).set(USER_KEY.RETIRED_AT, Times.toDb(at)).where(USER_KEY.KEY_ID.eq(keyId))
                .and(USER_KEY.RETIRED_AT.isNull()).execute();
    }

    @Override
    public Optional<UserKey> find(String keyId) {
        return tx.selectFrom(USER_KEY).where(USER_KEY.KEY_ID.eq(keyId)).fetchOptional(JooqUserKeyRepository::map);
    }

    @Override
    public Optional<UserKey> activeKey(UserId user) {
        return tx.selectFrom(USER_KEY).where(USER_KEY.USER_ID.eq(user.value())).and(USER_KEY.RETIRED_AT.isNull())
                .orderBy(USER_KEY.CREATED_AT.desc()).limit(1).fetchOptional(JooqUserKeyRepository::map);
    }

    @Override
    public List<UserKey> all() {
        return tx.selectFrom(USER_KEY).orderBy(USER_KEY.USER_ID, USER_KEY.CREATED_AT)
                .fetch(JooqUserKeyRepository::map);
    }

    private static UserKey map(UserKeyRecord r) {
        return new UserKey(r.getKeyId(), new UserId(r.getUserId()), new StoredKeyPair(r.getCertificate(),
                r.getEncryptedPrivateKey()), Times.fromDb(r.getCreatedAt()),
                Optional.ofNullable(Times.fromDb(r.getRetiredAt())));
    }
}
