package org.compliancebridge.domain;

/**
 * A secret encrypted under a password-derived key: Argon2id(password, salt, kdf) -> AES-256-GCM(nonce) over the
 * secret, authenticated together with a context string that binds it to its workspace and slot.
 */
public record WrappedKey(String algorithm, KdfParams kdf, byte[] salt, byte[] nonce, byte[] ciphertext) {
    public WrappedKey {
        salt = salt.clone();
        nonce = nonce.clone();
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] nonce() {
        return nonce.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }
}
