package org.compliancebridge.sign;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.CertificateException;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.misc.MiscObjectIdentifiers;
import org.bouncycastle.asn1.misc.ScryptParams;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.crypto.util.ScryptConfig;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfoBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;
import org.compliancebridge.domain.CertificateInfo;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.StorageException;
import org.compliancebridge.domain.StoredKeyPair;
import org.compliancebridge.domain.UnlockedKey;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.WrongPasswordException;
import org.compliancebridge.domain.port.SigningKeys;

/**
 * Per-user ECDSA P-256 signing keys with Bouncy Castle 1.86.
 *
 * <h2>Formats</h2>
 * <ul>
 *   <li><b>Certificate</b>: X.509 v3, self-signed with ECDSA-SHA256; subject {@code O=organisation, UID=user ID,
 *       CN=printed name} (UTF8String; O omitted when blank); random positive 128-bit serial; valid from {@code now}
 *       (whole seconds) for {@value #VALIDITY_YEARS} years; extensions basicConstraints CA:FALSE (critical), keyUsage
 *       digitalSignature + nonRepudiation (critical), subjectKeyIdentifier and authorityKeyIdentifier (RFC 5280
 *       method 1). No extendedKeyUsage, so OpenSSL's S/MIME purpose check accepts it.</li>
 *   <li><b>Private key</b>: PKCS#8 {@code EncryptedPrivateKeyInfo}, PBES2 (RFC 8018) with key derivation
 *       {@code id-scrypt} (RFC 7914) and AES-256-CBC; 16-byte random salt, random IV; the password is taken as
 *       UTF-8.</li>
 *   <li><b>Signatures</b>: ECDSA with SHA-256, DER-encoded (X9.62 {@code Ecdsa-Sig-Value}), randomised k from a
 *       {@link SecureRandom}.</li>
 *   <li><b>CMS</b>: detached {@code SignedData}, DER, one signer identified by issuer and serial, the signer
 *       certificate embedded, SHA-256, signed attributes (content type, signing time from the system clock, message
 *       digest, CMS algorithm protection). The content digest uses the JDK's SHA-256 (CPU intrinsics, about 7 times
 *       faster than Bouncy Castle's on large content); ECDSA uses Bouncy Castle. Verification accepts only this
 *       shape in canonical DER, so the signature file is not malleable.</li>
 * </ul>
 *
 * <h2>Key derivation: scrypt N=2<sup>17</sup>, r=8, p=1 (128 MiB)</h2>
 * The encrypted keys of every user sit inside the shared workspace, so a colleague who can open it can attack
 * another user's password offline to forge that user's signatures. The key derivation must therefore be at least as
 * costly to attack as the Argon2id workspace-key slots (128 MiB, t=3), or it becomes the weakest link. Measured on
 * the reference 2-core machine (JDK 17, single thread):
 * <ul>
 *   <li>scrypt N=2<sup>17</sup>, r=8, p=1: a whole unlock (derivation, AES, key parsing, pairwise check) takes a
 *       median of 0.38 s on a quiet machine and 0.43-0.55 s with a load average of 3-5 ({@code SigningBenchmark};
 *       single runs up to about 1 s under load); 128 MiB, memory-hard: GPU/ASIC attackers pay for the memory.
 *       OWASP's recommended minimum for scrypt. N=2<sup>16</sup> with p=2 takes the same time but halves the
 *       attacker's memory-time cost.</li>
 *   <li>PBKDF2-HMAC-SHA256 in the same time: about 1 M iterations with Bouncy Castle (0.55 s), 2.5 M with the JDK
 *       provider (1 M in 0.2 s); no memory cost, so far cheaper to attack on GPUs per second of the user's
 *       waiting.</li>
 * </ul>
 * The cost is stored with each key (see {@link ScryptCost}) and bounded when read, so a tampered key cannot make
 * unlocking exhaust memory. Trade-off: stock {@code openssl pkcs8} (3.0) refuses scrypt above 32 MiB, so these
 * encrypted keys can be read by Bouncy Castle but not by the OpenSSL command line; nothing requires that — inspectors
 * only ever need certificates and signatures, which OpenSSL verifies. The JVM needs 128 MiB of free heap per
 * concurrent unlock.
 *
 * <h2>Provider</h2>
 * One private {@link BouncyCastleProvider} instance is passed explicitly to every JCA call; it is never added to
 * {@link java.security.Security}, so loading this class changes nothing globally. Bouncy Castle's ECDSA is much faster
 * than the JDK's here.
 *
 * <h2>Integrity checks</h2>
 * {@link #unlock} signs and verifies a fixed challenge with the decrypted key against the stored certificate, so a
 * key swapped between accounts or damaged is refused. {@link #verify} and {@link #cmsVerifyDetached} also check the
 * certificate's own self-signature (and that it is canonical DER), so a certificate whose printed name was edited
 * cannot lend that name to a valid signature. Verified certificates are remembered (by SHA-256 of their DER) to keep
 * bulk verification fast.
 *
 * <p>Java cannot guarantee that key material is wiped from memory; unlocked keys should be short-lived.
 */
public final class BcSigningKeys implements SigningKeys {
    static final int VALIDITY_YEARS = 20;
    private static final Provider BC = new BouncyCastleProvider();
    private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
    private static final String CURVE = "secp256r1";
    private static final int SALT_BYTES = 16;
    private static final int MAX_CACHED_CERTIFICATES = 1024;
    private static final byte[] PAIRWISE_CHALLENGE =
            "compliancebridge/sign/pairwise-consistency/v1".getBytes(StandardCharsets.US_ASCII);
    private static final Set<ASN1ObjectIdentifier> ACCEPTED_CMS_DIGESTS = Set.of(
            NISTObjectIdentifiers.id_sha256, NISTObjectIdentifiers.id_sha384, NISTObjectIdentifiers.id_sha512);

    private final SecureRandom random;
    private final ScryptCost cost;
    /** SHA-256 (hex) of a certificate's DER → its public key, for certificates whose self-signature verified. */
    private final Map<String, PublicKey> verifiedCertificates = new ConcurrentHashMap<>();

    /** Production: system {@link SecureRandom}, {@link ScryptCost#PRODUCTION}. */
    public BcSigningKeys() {
        this(new SecureRandom(), ScryptCost.PRODUCTION);
    }

    /**
     * @param cost scrypt cost for keys written by {@link #create} and {@link #reencrypt}; keys are unlocked with the
     *             cost recorded in them. Use {@link ScryptCost#FOR_TESTS} only in tests.
     */
    public BcSigningKeys(SecureRandom random, ScryptCost cost) {
        this.random = Objects.requireNonNull(random, "random");
        this.cost = Objects.requireNonNull(cost, "cost");
    }

    @Override
    public StoredKeyPair create(UserId user, String printedName, String organisation, char[] password, Instant now) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(now, "now");
        requireName(printedName, "printed name", false);
        requireName(organisation, "organisation", true);
        requireNewPassword(password);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
            generator.initialize(new ECGenParameterSpec(CURVE), random);
            KeyPair pair = generator.generateKeyPair();

            X500Name subject = subject(user, printedName, organisation);
            Instant notBefore = now.truncatedTo(ChronoUnit.SECONDS);
            Instant notAfter = notBefore.atZone(ZoneOffset.UTC).plusYears(VALIDITY_YEARS).toInstant();
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, randomSerial(),
                    Date.from(notBefore), Date.from(notAfter), subject, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(pair.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(pair.getPublic()));
            byte[] certificate = builder.build(contentSigner(pair.getPrivate())).getEncoded();

            byte[] encrypted = encrypt(PrivateKeyInfo.getInstance(pair.getPrivate().getEncoded()), password);
            return new StoredKeyPair(certificate, encrypted);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Could not create a signing key", e);
        }
    }

    @Override
    public UnlockedKey unlock(StoredKeyPair stored, char[] password) {
        return decrypt(stored, password).key();
    }

    @Override
    public StoredKeyPair reencrypt(StoredKeyPair stored, char[] oldPassword, char[] newPassword) {
        requireNewPassword(newPassword);
        Decrypted decrypted = decrypt(stored, oldPassword);
        return new StoredKeyPair(stored.certificateDer(), encrypt(decrypted.info(), newPassword));
    }

    @Override
    public byte[] sign(UnlockedKey key, byte[] data) {
        Objects.requireNonNull(data, "data");
        return rawSign(own(key).privateKey(), data);
    }

    @Override
    public boolean verify(byte[] certificateDer, byte[] data, byte[] signatureDer) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(signatureDer, "signatureDer");
        Optional<PublicKey> key = verifiedPublicKey(certificateDer, null);
        return key.isPresent() && rawVerify(key.get(), data, signatureDer);
    }

    @Override
    public CertificateInfo describe(byte[] certificateDer) {
        X509CertificateHolder certificate = parseCertificate(certificateDer);
        try {
            return describe(certificateDer, certificate);
        } catch (RuntimeException e) {
            // Bouncy Castle parses parts of a certificate lazily; a malformed one fails here, not when parsed.
            throw new IllegalArgumentException("Not a valid X.509 certificate", e);
        }
    }

    private static CertificateInfo describe(byte[] certificateDer, X509CertificateHolder certificate) {
        X500Name subject = certificate.getSubject();
        return new CertificateInfo(
                attribute(subject, BCStyle.UID),
                attribute(subject, BCStyle.CN),
                rfc4514(subject),
                HexFormat.ofDelimiter(":").withUpperCase().formatHex(sha256(certificateDer)),
                serialHex(certificate.getSerialNumber()),
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant());
    }

    @Override
    public String toPem(byte[] certificateDer) {
        parseCertificate(certificateDer);
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificateDer)
                + "\n-----END CERTIFICATE-----\n";
    }

    @Override
    public byte[] cmsSignDetached(UnlockedKey key, byte[] content) {
        Objects.requireNonNull(content, "content");
        BcUnlockedKey own = own(key);
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(contentDigests())
                    .build(contentSigner(own.privateKey()), own.certificate()));
            generator.addCertificate(own.certificate());
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            return signed.getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CMSException | IOException e) {
            throw new IllegalStateException("Could not create a CMS signature", e);
        }
    }

    @Override
    public Optional<byte[]> cmsVerifyDetached(byte[] cmsDer, byte[] content) {
        Objects.requireNonNull(cmsDer, "cmsDer");
        Objects.requireNonNull(content, "content");
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), cmsDer);
            ContentInfo contentInfo = signed.toASN1Structure();
            // Canonical DER only (what cmsSignDetached writes): Bouncy Castle's parser is lenient (e.g. it takes any
            // tagged field after the digest algorithm as the signed attributes), so this closes encoding malleability.
            if (!Arrays.equals(cmsDer, contentInfo.getEncoded(ASN1Encoding.DER)) || !hasOurShape(contentInfo)) {
                return Optional.empty();
            }
            SignerInformationStore signers = signed.getSignerInfos();
            if (signers.size() != 1) {
                return Optional.empty();
            }
            SignerInformation signer = signers.iterator().next();
            if (signer.getSignedAttributes() == null
                    || !ACCEPTED_CMS_DIGESTS.contains(signer.getDigestAlgorithmID().getAlgorithm())
                    || !signed.getDigestAlgorithmIDs().contains(signer.getDigestAlgorithmID())) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
            if (matches.size() != 1) {
                return Optional.empty();
            }
            X509CertificateHolder certificate = matches.iterator().next();
            byte[] certificateDer = certificate.getEncoded();
            if (verifiedPublicKey(certificateDer, certificate).isEmpty()) {
                return Optional.empty();
            }
            // Built from the certificate holder, the verifier also checks that the (signed) signing time lies within
            // the certificate's validity.
            boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC)
                    .setDigestCalculatorProvider(contentDigests()).build(certificate));
            return valid ? Optional.of(certificateDer) : Optional.empty();
        } catch (CMSException e) {
            // Includes CMSSignerDigestMismatchException (content changed) and malformed input.
            return Optional.empty();
        } catch (OperatorCreationException | CertificateException | IOException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            // The signature file is untrusted input, and Bouncy Castle's lazy ASN.1 parsing of hostile structures
            // throws assorted runtime exceptions (ClassCast, IllegalArgument, IllegalState, RuntimeOperator, ...).
            // Whatever fails here, the answer is the fail-safe one: not a valid signature.
            return Optional.empty();
        }
    }

    // ----------------------------------------------------------------------------------------------- key storage

    /** The decrypted key: the PKCS#8 structure (for re-encryption) and the usable handle. */
    private record Decrypted(PrivateKeyInfo info, BcUnlockedKey key) {
    }

    private Decrypted decrypt(StoredKeyPair stored, char[] password) {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(password, "password");
        byte[] certificateDer = stored.certificateDer();
        X509CertificateHolder certificate;
        PKCS8EncryptedPrivateKeyInfo encrypted;
        try {
            certificate = parseCertificate(certificateDer);
            encrypted = new PKCS8EncryptedPrivateKeyInfo(stored.encryptedPrivateKey());
            requireSupportedProtection(encrypted.getEncryptionAlgorithm());
        } catch (IOException | RuntimeException e) {
            // Includes the assorted runtime exceptions Bouncy Castle's ASN.1 classes throw on malformed structures.
            throw damaged(e);
        }

        PrivateKeyInfo info;
        PrivateKey privateKey;
        try {
            info = encrypted.decryptPrivateKeyInfo(
                    new JcePKCSPBEInputDecryptorProviderBuilder().setProvider(BC).build(password));
            privateKey = KeyFactory.getInstance("EC", BC).generatePrivate(new PKCS8EncodedKeySpec(info.getEncoded()));
        } catch (PKCSException | InvalidKeySpecException | IOException | RuntimeException e) {
            // AES-CBC padding error, or (about 1 in 256 wrong passwords) valid padding around garbage that then fails
            // to parse in any of several ways: the password is wrong. (A damaged ciphertext looks the same.)
            throw new WrongPasswordException();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Bouncy Castle provides EC", e);
        }

        PublicKey publicKey = verifiedPublicKey(certificateDer, certificate)
                .orElseThrow(() -> damaged(null));
        if (!rawVerify(publicKey, PAIRWISE_CHALLENGE, rawSign(privateKey, PAIRWISE_CHALLENGE))) {
            throw damaged(null);
        }
        return new Decrypted(info, new BcUnlockedKey(privateKey, certificate, certificateDer));
    }

    private byte[] encrypt(PrivateKeyInfo info, char[] password) {
        try {
            OutputEncryptor encryptor = new JcePKCSPBEOutputEncryptorBuilder(
                    new ScryptConfig.Builder(cost.n(), cost.r(), cost.p()).withSaltLength(SALT_BYTES).build(),
                    NISTObjectIdentifiers.id_aes256_CBC)
                    .setProvider(BC)
                    .setRandom(random)
                    .build(password);
            return new PKCS8EncryptedPrivateKeyInfoBuilder(info).build(encryptor).getEncoded();
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalStateException("Could not encrypt the signing key", e);
        }
    }

    /** Only what {@link #encrypt} writes: PBES2 + scrypt within {@link ScryptCost}'s bounds + AES-256-CBC. */
    private static void requireSupportedProtection(AlgorithmIdentifier algorithm) {
        if (!PKCSObjectIdentifiers.id_PBES2.equals(algorithm.getAlgorithm())) {
            throw new IllegalArgumentException("Not PBES2: " + algorithm.getAlgorithm());
        }
        PBES2Parameters pbes2 = PBES2Parameters.getInstance(algorithm.getParameters());
        if (!MiscObjectIdentifiers.id_scrypt.equals(pbes2.getKeyDerivationFunc().getAlgorithm())
                || !NISTObjectIdentifiers.id_aes256_CBC.equals(pbes2.getEncryptionScheme().getAlgorithm())) {
            throw new IllegalArgumentException("Not scrypt + AES-256-CBC");
        }
        ScryptParams scrypt = ScryptParams.getInstance(pbes2.getKeyDerivationFunc().getParameters());
        if (scrypt.getKeyLength() != null && scrypt.getKeyLength().intValue() != 32) {
            throw new IllegalArgumentException("Unexpected key length");
        }
        try {
            new ScryptCost(scrypt.getCostParameter().intValueExact(), scrypt.getBlockSize().intValueExact(),
                    scrypt.getParallelizationParameter().intValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("scrypt parameters out of range", e);
        }
    }

    private static StorageException damaged(Throwable cause) {
        return new StorageException("The signing key of this account is damaged or does not belong to its"
                + " certificate. Ask an administrator to issue a new signing key.", cause);
    }

    // ------------------------------------------------------------------------------------------------ primitives

    /**
     * Digests of CMS content come from the JDK's own provider: its SHA-256 uses CPU intrinsics and is several times
     * faster on large content than Bouncy Castle's pure-Java digest. (ECDSA stays with Bouncy Castle.)
     */
    private static DigestCalculatorProvider contentDigests() throws OperatorCreationException {
        return new JcaDigestCalculatorProviderBuilder().build();
    }

    private ContentSigner contentSigner(PrivateKey key) throws OperatorCreationException {
        return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).setProvider(BC).setSecureRandom(random).build(key);
    }

    private byte[] rawSign(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance(SIGNATURE_ALGORITHM, BC);
            signature.initSign(key, random);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ECDSA signing failed", e);
        }
    }

    private static boolean rawVerify(PublicKey key, byte[] data, byte[] signatureDer) {
        try {
            Signature signature = Signature.getInstance(SIGNATURE_ALGORITHM, BC);
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signatureDer);
        } catch (SignatureException | InvalidKeyException e) {
            return false; // malformed signature encoding, or a key that is not an EC key
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Bouncy Castle provides " + SIGNATURE_ALGORITHM, e);
        }
    }

    /**
     * The certificate's EC public key if the certificate is self-issued and its self-signature verifies; empty
     * otherwise (also when the encoding is not canonical DER). Results for intact certificates are cached by SHA-256
     * of the DER.
     *
     * @param parsed the parsed certificate, or null to parse it only if it is not cached
     * @throws IllegalArgumentException if the DER is not a certificate
     */
    private Optional<PublicKey> verifiedPublicKey(byte[] certificateDer, X509CertificateHolder parsed) {
        Objects.requireNonNull(certificateDer, "certificateDer");
        String id = HexFormat.of().formatHex(sha256(certificateDer));
        PublicKey cached = verifiedCertificates.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        X509CertificateHolder certificate = parsed != null ? parsed : parseCertificate(certificateDer);
        try {
            // Only canonical DER: Bouncy Castle checks the signature over a DER re-encoding, so a BER variant (e.g. a
            // boolean TRUE written as 0xFE) would verify while its bytes, and fingerprint, differ from the original.
            if (!Arrays.equals(certificateDer, certificate.toASN1Structure().getEncoded(ASN1Encoding.DER))
                    || !certificate.getIssuer().equals(certificate.getSubject())
                    || !certificate.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(BC)
                            .build(certificate.getSubjectPublicKeyInfo()))) {
                return Optional.empty();
            }
            PublicKey key = KeyFactory.getInstance("EC", BC)
                    .generatePublic(new X509EncodedKeySpec(certificate.getSubjectPublicKeyInfo().getEncoded()));
            if (verifiedCertificates.size() >= MAX_CACHED_CERTIFICATES) {
                verifiedCertificates.clear();
            }
            verifiedCertificates.put(id, key);
            return Optional.of(key);
        } catch (CertException | OperatorCreationException | InvalidKeySpecException | IOException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            // Hostile certificate structures (see cmsVerifyDetached): fail safe, the certificate vouches for nothing.
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Bouncy Castle provides EC", e);
        }
    }

    private static X509CertificateHolder parseCertificate(byte[] certificateDer) {
        Objects.requireNonNull(certificateDer, "certificateDer");
        try {
            return new X509CertificateHolder(certificateDer);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException("Not an X.509 certificate", e);
        }
    }

    /**
     * The shape {@link #cmsSignDetached} writes: SignedData v1 over detached id-data, with SignerInfos that read back
     * exactly as written (Bouncy Castle would otherwise accept, e.g., signed attributes under a wrong tag).
     */
    private static boolean hasOurShape(ContentInfo contentInfo) throws IOException {
        if (!CMSObjectIdentifiers.signedData.equals(contentInfo.getContentType())) {
            return false;
        }
        SignedData signedData = SignedData.getInstance(contentInfo.getContent());
        if (signedData.getVersion().intValueExact() != 1
                || !CMSObjectIdentifiers.data.equals(signedData.getEncapContentInfo().getContentType())
                || signedData.getEncapContentInfo().getContent() != null) {
            return false;
        }
        for (ASN1Encodable raw : signedData.getSignerInfos()) {
            SignerInfo signerInfo = SignerInfo.getInstance(raw);
            if (signerInfo.getVersion().intValueExact() != 1
                    || !Arrays.equals(raw.toASN1Primitive().getEncoded(ASN1Encoding.DER),
                            signerInfo.getEncoded(ASN1Encoding.DER))) {
                return false;
            }
        }
        return true;
    }

    // ----------------------------------------------------------------------------------------------- names, etc.

    private static X500Name subject(UserId user, String printedName, String organisation) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE);
        if (organisation != null && !organisation.isBlank()) {
            name.addRDN(BCStyle.O, organisation.strip());
        }
        return name.addRDN(BCStyle.UID, user.value()).addRDN(BCStyle.CN, printedName.strip()).build();
    }

    private static String attribute(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return "";
        }
        ASN1Encodable value = rdns[0].getFirst().getValue();
        return value instanceof ASN1String text ? text.getString() : "";
    }

    /** RFC 4514 order (most specific first), upper-case short names, special characters escaped. */
    private static String rfc4514(X500Name name) {
        RDN[] rdns = name.getRDNs();
        RDN[] reversed = new RDN[rdns.length];
        for (int i = 0; i < rdns.length; i++) {
            reversed[i] = rdns[rdns.length - 1 - i];
        }
        return BCStyle.INSTANCE.toString(new X500Name(reversed));
    }

    /** Like OpenSSL: the magnitude's bytes in upper-case hex (an even number of digits). */
    private static String serialHex(BigInteger serial) {
        if (serial.signum() < 0) {
            return "-" + serialHex(serial.negate());
        }
        byte[] bytes = serial.toByteArray();
        int start = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        return HexFormat.of().withUpperCase().formatHex(bytes, start, bytes.length);
    }

    /** A positive serial of 128 random bits (RFC 5280: at most 20 octets, positive, unpredictable). */
    private BigInteger randomSerial() {
        byte[] bytes = new byte[16];
        BigInteger serial;
        do {
            random.nextBytes(bytes);
            serial = new BigInteger(1, bytes);
        } while (serial.signum() == 0);
        return serial;
    }

    private static void requireName(String value, String what, boolean blankAllowed) {
        if (value == null || (!blankAllowed && value.isBlank())) {
            throw new InvalidInputException("Enter the " + what + ".");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("The " + what + " must not contain line breaks or control characters.");
        }
    }

    private static void requireNewPassword(char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("A signing key needs a non-empty password");
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static BcUnlockedKey own(UnlockedKey key) {
        Objects.requireNonNull(key, "key");
        if (key instanceof BcUnlockedKey own) {
            return own;
        }
        throw new IllegalArgumentException("Key was not unlocked by " + BcSigningKeys.class.getSimpleName());
    }

    /** The unlocked handle. Holds the private key; prints nothing secret. */
    private static final class BcUnlockedKey implements UnlockedKey {
        private final PrivateKey privateKey;
        private final X509CertificateHolder certificate;
        private final byte[] certificateDer;

        BcUnlockedKey(PrivateKey privateKey, X509CertificateHolder certificate, byte[] certificateDer) {
            this.privateKey = privateKey;
            this.certificate = certificate;
            this.certificateDer = certificateDer.clone();
        }

        PrivateKey privateKey() {
            return privateKey;
        }

        X509CertificateHolder certificate() {
            return certificate;
        }

        @Override
        public byte[] certificateDer() {
            return certificateDer.clone();
        }

        @Override
        public String toString() {
            return "UnlockedKey[" + rfc4514(certificate.getSubject()) + "]";
        }
    }
}
