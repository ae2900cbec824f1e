package org.compliancebridge.sign;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.compliancebridge.domain.KdfParams;
import org.compliancebridge.domain.WrappedKey;
import org.compliancebridge.domain.WrongPasswordException;
import org.compliancebridge.domain.port.KeyProtection;

/**
 * Wraps secrets under a password: key-encryption key = Argon2id(password as UTF-8, 16-byte random salt, params),
 * 32 bytes; then AES-256-GCM with a 12-byte random nonce and the slot context as associated data. A wrong password
 * fails GCM's authentication: the caller learns only "wrong password". Key material is wiped after use.
 */
public final class Argon2KeyProtection implements KeyProtection {
    public static final String ALGORITHM = "argon2id+aes-256-gcm";
    private static final int TAG_BITS = 128;
    private final SecureRandom random;

    public Argon2KeyProtection() {
        this(new SecureRandom());
    }

    public Argon2KeyProtection(SecureRandom random) {
        this.random = random;
    }

    @Override
    public byte[] newWorkspaceKey() {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return key;
    }

    @Override
    public WrappedKey wrap(byte[] secret, char[] password, String context, KdfParams params) {
        byte[] salt = new byte[16];
        byte[] nonce = new byte[12];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        byte[] kek = derive(password, salt, params);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new WrappedKey(ALGORITHM, params, salt, nonce, c.doFinal(secret));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required by every Java platform", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    @Override
    public byte[] unwrap(WrappedKey wrapped, char[] password, String context) {
        if (!ALGORITHM.equals(wrapped.algorithm())) {
            throw new IllegalArgumentException("Unsupported key wrapping " + wrapped.algorithm());
        }
        byte[] kek = derive(password, wrapped.salt(), wrapped.kdf());
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"),
                    new GCMParameterSpec(TAG_BITS, wrapped.nonce()));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return c.doFinal(wrapped.ciphertext());
        } catch (AEADBadTagException e) {
            throw new WrongPasswordException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unwrap failed", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** Argon2id as specified in RFC 9106 (version 0x13). */
    static byte[] derive(char[] password, byte[] salt, KdfParams p) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(p.memoryKiB())
                .withIterations(p.iterations())
                .withParallelism(p.parallelism())
                .build();
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(params);
        byte[] pw = utf8(password);
        byte[] out = new byte[32];
        try {
            gen.generateBytes(pw, out);
        } finally {
            Arrays.fill(pw, (byte) 0);
        }
        return out;
    }

    private static byte[] utf8(char[] chars) {
        ByteBuffer b = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] out = new byte[b.remaining()];
        b.get(out);
        if (b.hasArray()) {
            Arrays.fill(b.array(), (byte) 0);
        }
        return out;
    }
}
