package org.compliancebridge.domain.port;

import org.compliancebridge.domain.KdfParams;
import org.compliancebridge.domain.WrappedKey;

/** Password-based wrapping of secrets (Argon2id + AES-256-GCM). Implemented in the {@code sign} package. */
public interface KeyProtection {
    /** 32 random bytes from a strong source. */
    byte[] newWorkspaceKey();

    WrappedKey wrap(byte[] secret, char[] password, String context, KdfParams params);

    /**
     * @throws org.compliancebridge.domain.WrongPasswordException if the password (or context) does not match;
     *         nothing else reveals which.
     */
    byte[] unwrap(WrappedKey wrapped, char[] password, String context);
}
