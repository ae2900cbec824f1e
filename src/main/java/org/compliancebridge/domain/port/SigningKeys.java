package org.compliancebridge.domain.port;

import java.time.Instant;
import java.util.Optional;
import org.compliancebridge.domain.CertificateInfo;
import org.compliancebridge.domain.StoredKeyPair;
import org.compliancebridge.domain.UnlockedKey;
import org.compliancebridge.domain.UserId;

/**
 * Per-user signing keys and the signature primitives behind electronic signatures (21 CFR 11.50, 11.70, 11.200).
 * Each person has one ECDSA P-256 key pair; the private key exists only encrypted under that person's password
 * and is unlocked for a single signing act after the password has been re-entered. Signatures are ECDSA with
 * SHA-256 so that exports can be checked with stock OpenSSL (which cannot verify Ed25519 inside CMS).
 *
 * <p>Implemented in the {@code sign} package (Bouncy Castle stays there). All methods are thread-safe. Certificates
 * are self-signed: trust comes from the application's account records and from the certificate fingerprint, not
 * from a CA, so callers must compare a returned or stored certificate with the one they expect.
 */
public interface SigningKeys {
    /**
     * New ECDSA P-256 key pair + self-signed X.509 certificate (subject CN = printed name, UID = user ID,
     * O = organisation), private key encrypted under the password.
     *
     * @param now start of the certificate's validity (truncated to whole seconds)
     * @throws org.compliancebridge.domain.InvalidInputException if the printed name is blank or contains control
     *         characters
     */
    StoredKeyPair create(UserId user, String printedName, String organisation, char[] password, Instant now);

    /**
     * Decrypts the private key for one signing act and checks that it belongs to the stored certificate.
     *
     * @throws org.compliancebridge.domain.WrongPasswordException if the password does not decrypt the key
     * @throws org.compliancebridge.domain.StorageException if the stored key is damaged, uses an unsupported
     *         protection, or does not belong to its certificate
     */
    UnlockedKey unlock(StoredKeyPair stored, char[] password);

    /**
     * Re-encrypts the same private key under a new password (password change): the certificate is unchanged.
     *
     * @throws org.compliancebridge.domain.WrongPasswordException if the old password does not decrypt the key
     */
    StoredKeyPair reencrypt(StoredKeyPair stored, char[] oldPassword, char[] newPassword);

    /** ECDSA-SHA256 signature (DER) over data. */
    byte[] sign(UnlockedKey key, byte[] data);

    /**
     * Whether {@code signatureDer} is a valid ECDSA-SHA256 signature over {@code data} by the certificate's key.
     * Returns false (never throws) for a wrong or malformed signature and for a certificate whose own self-signature
     * does not verify (a certificate whose name was edited must not lend its name to a signature).
     *
     * @throws IllegalArgumentException if {@code certificateDer} is not a certificate at all
     */
    boolean verify(byte[] certificateDer, byte[] data, byte[] signatureDer);

    /**
     * Reads the certificate for display. Does not judge it: use {@link #verify} or {@link #cmsVerifyDetached}.
     *
     * @throws IllegalArgumentException if {@code certificateDer} is not a certificate
     */
    CertificateInfo describe(byte[] certificateDer);

    /** The certificate as PEM ({@code -----BEGIN CERTIFICATE-----}, 64-character lines, LF line ends). */
    String toPem(byte[] certificateDer);

    /**
     * Detached CMS (PKCS#7) SignedData over content, DER, signer certificate embedded, SHA-256, signed attributes;
     * must verify with
     * {@code openssl cms -verify -binary -inform DER -in sig.p7s -content file -CAfile cert.pem -out /dev/null}.
     */
    byte[] cmsSignDetached(UnlockedKey key, byte[] content);

    /**
     * Verifies a detached CMS signature over content; returns the signer certificate (DER) if valid, empty if the
     * content or signature does not match (never throws for a mismatch, nor for a malformed signature). Valid means:
     * exactly one signer, its certificate embedded and intact (self-signature verifies), SHA-256 or stronger, and
     * the signature over the signed attributes and the content digest verify. The caller decides whether it trusts
     * the returned certificate (e.g. by fingerprint).
     */
    Optional<byte[]> cmsVerifyDetached(byte[] cmsDer, byte[] content);
}
