package org.compliancebridge.service;

import java.time.Instant;
import java.util.Optional;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.CertificateInfo;
import org.compliancebridge.domain.StoredKeyPair;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.UserKey;
import org.compliancebridge.domain.port.SigningKeys;

/** Creating and retiring a person's signing key inside an audited unit of work. */
final class UserKeys {
    private UserKeys() {
    }

    static UserKey create(AuditedWritePath.WriteContext ctx, SigningKeys signing, UserId user, String fullName,
            String organisation, char[] password, Instant now, String why) {
        StoredKeyPair pair = signing.create(user, fullName, organisation, password, now);
        CertificateInfo info = signing.describe(pair.certificateDer());
        UserKey key = new UserKey(info.sha256Fingerprint(), user, pair, now, Optional.empty());
        ctx.tx().keys().insert(key);
        ctx.record(AuditDraft.of(AuditEventType.KEY_PAIR_CREATED, "USER_KEY", key.keyId(), null,
                AuditValues.json(AuditValues.of("userId", user.value(), "subject", info.subject(), "serial",
                        info.serialHex(), "validUntil", info.notAfter().toString()))).withReason(why));
        return key;
    }

    static void retire(AuditedWritePath.WriteContext ctx, UserKey key, Instant now, String why) {
        ctx.tx().keys().retire(key.keyId(), now);
        ctx.record(AuditDraft.of(AuditEventType.KEY_PAIR_RETIRED, "USER_KEY", key.keyId(), "active", "retired")
                .withReason(why));
    }
}
