package org.compliancebridge.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.compliancebridge.domain.KdfParams;
import org.compliancebridge.domain.WrappedKey;
import org.compliancebridge.domain.WrongPasswordException;
import org.junit.jupiter.api.Test;

class Argon2KeyProtectionTest {
    private final Argon2KeyProtection keys = new Argon2KeyProtection();

    @Test
    void unwrapsWithTheRightPasswordAndContext() {
        byte[] secret = keys.newWorkspaceKey();
        WrappedKey w = keys.wrap(secret, "pässword with ümlauts".toCharArray(), "ctx", KdfParams.TEST);
        assertThat(keys.unwrap(w, "pässword with ümlauts".toCharArray(), "ctx")).isEqualTo(secret);
        // 32 key bytes + 16 tag bytes; the key itself never appears in the stored form
        assertThat(w.ciphertext()).hasSize(32 + 16);
        assertThat(java.util.HexFormat.of().formatHex(w.ciphertext()))
                .doesNotContain(java.util.HexFormat.of().formatHex(secret));
    }

    @Test
    void wrongPasswordOrContextOrTamperedSlotIsAWrongPassword() {
        byte[] secret = keys.newWorkspaceKey();
        WrappedKey w = keys.wrap(secret, "right".toCharArray(), "ctx", KdfParams.TEST);
        assertThatThrownBy(() -> keys.unwrap(w, "wrong".toCharArray(), "ctx"))
                .isInstanceOf(WrongPasswordException.class);
        assertThatThrownBy(() -> keys.unwrap(w, "right".toCharArray(), "other user's slot"))
                .isInstanceOf(WrongPasswordException.class);
        byte[] ct = w.ciphertext();
        ct[5] ^= 1;
        WrappedKey tampered = new WrappedKey(w.algorithm(), w.kdf(), w.salt(), w.nonce(), ct);
        assertThatThrownBy(() -> keys.unwrap(tampered, "right".toCharArray(), "ctx"))
                .isInstanceOf(WrongPasswordException.class);
    }

    @Test
    void eachWrapUsesFreshSaltAndNonce() {
        byte[] secret = keys.newWorkspaceKey();
        WrappedKey a = keys.wrap(secret, "pw".toCharArray(), "ctx", KdfParams.TEST);
        WrappedKey b = keys.wrap(secret, "pw".toCharArray(), "ctx", KdfParams.TEST);
        assertThat(a.salt()).isNotEqualTo(b.salt());
        assertThat(a.nonce()).isNotEqualTo(b.nonce());
        assertThat(a.ciphertext()).isNotEqualTo(b.ciphertext());
    }

    @Test
    void argon2idMatchesTheRfc9106TestVectorShape() {
        // Same inputs give the same key; a different salt or cost gives a different one.
        byte[] salt = new byte[16];
        byte[] k1 = Argon2KeyProtection.derive("pw".toCharArray(), salt, KdfParams.TEST);
        byte[] k2 = Argon2KeyProtection.derive("pw".toCharArray(), salt, KdfParams.TEST);
        salt[0] = 1;
        byte[] k3 = Argon2KeyProtection.derive("pw".toCharArray(), salt, KdfParams.TEST);
        byte[] k4 = Argon2KeyProtection.derive("pw".toCharArray(), new byte[16], new KdfParams(128, 1, 1));
        assertThat(k1).isEqualTo(k2).isNotEqualTo(k3).isNotEqualTo(k4);
    }
}
