package org.compliancebridge.domain;

import java.util.Arrays;
import java.util.Objects;

/**
 * A user's signing key as it is stored: the self-signed X.509 certificate (DER) and the private key as a PKCS#8
 * {@code EncryptedPrivateKeyInfo} (DER), encrypted under the user's password. The certificate is public; the
 * encrypted key is only as safe as the password and the key-derivation cost recorded inside it, so it is stored inside
 * the encrypted workspace and never exported. Arrays are copied in and out; equality is by content.
 */
public record StoredKeyPair(byte[] certificateDer, byte[] encryptedPrivateKey) {
    public StoredKeyPair {
        certificateDer = Objects.requireNonNull(certificateDer, "certificateDer").clone();
        encryptedPrivateKey = Objects.requireNonNull(encryptedPrivateKey, "encryptedPrivateKey").clone();
    }

    @Override
    public byte[] certificateDer() {
        return certificateDer.clone();
    }

    @Override
    public byte[] encryptedPrivateKey() {
        return encryptedPrivateKey.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredKeyPair other
                && Arrays.equals(certificateDer, other.certificateDer)
                && Arrays.equals(encryptedPrivateKey, other.encryptedPrivateKey);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(certificateDer) + Arrays.hashCode(encryptedPrivateKey);
    }

    @Override
    public String toString() {
        return "StoredKeyPair[certificate=" + certificateDer.length + " bytes, encryptedPrivateKey="
                + encryptedPrivateKey.length + " bytes]";
    }
}
