package org.compliancebridge.sign;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.misc.MiscObjectIdentifiers;
import org.bouncycastle.asn1.misc.ScryptParams;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.compliancebridge.domain.CertificateInfo;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.StorageException;
import org.compliancebridge.domain.StoredKeyPair;
import org.compliancebridge.domain.UnlockedKey;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.WrongPasswordException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BcSigningKeysTest {
    private static final Instant NOW = Instant.parse("2026-03-14T09:26:53.589Z");
    private static final char[] ALICE_PW = "correct horse battery staple".toCharArray();
    private static final char[] BOB_PW = "Tr0ub4dor&3".toCharArray();
    private static final byte[] RECORD = ("compliancebridge/signature/v1\nSOP-0042\n"
            + "sha256:9f86d081884c7d659a2feaa0c55ad015\nalice\nAlice Adams\nAPPROVED\n2026-03-14T09:26:53Z")
            .getBytes(UTF_8);

    private static BcSigningKeys keys;
    private static StoredKeyPair alice;
    private static StoredKeyPair bob;

    @BeforeAll
    static void createKeys() {
        keys = new BcSigningKeys(new SecureRandom(), ScryptCost.FOR_TESTS);
        alice = keys.create(UserId.of("alice"), "Alice Adams", "Acme Pharma GmbH", ALICE_PW, NOW);
        bob = keys.create(UserId.of("bob"), "Bob Brown", "Acme Pharma GmbH", BOB_PW, NOW);
    }

    @Test
    void signatureVerifiesWithTheSignersCertificate() {
        UnlockedKey key = keys.unlock(alice, ALICE_PW);
        byte[] signature = keys.sign(key, RECORD);

        assertThat(keys.verify(alice.certificateDer(), RECORD, signature)).isTrue();
        assertThat(key.certificateDer()).isEqualTo(alice.certificateDer());
    }

    @Test
    void wrongPasswordIsRefusedWithTheStandardMessage() {
        assertThatThrownBy(() -> keys.unlock(alice, "correct horse battery stapl".toCharArray()))
                .isExactlyInstanceOf(WrongPasswordException.class)
                .hasMessage(new WrongPasswordException().getMessage());
        assertThatThrownBy(() -> keys.unlock(alice, new char[0])).isInstanceOf(WrongPasswordException.class);
        assertThatThrownBy(() -> keys.unlock(alice, BOB_PW)).isInstanceOf(WrongPasswordException.class);
    }

    @Test
    void manyWrongPasswordsAreAllRefused() {
        // About 1 in 256 wrong passwords yields valid CBC padding around garbage; those must also read as "wrong
        // password", never as a damaged key or a crash. A near-zero scrypt cost makes 3,000 attempts cheap (about a
        // dozen of them reach the padding-valid path).
        BcSigningKeys cheap = new BcSigningKeys(new SecureRandom(), new ScryptCost(2, 1, 1));
        StoredKeyPair stored = cheap.create(UserId.of("dave"), "Dave", "Acme", ALICE_PW, NOW);
        Random random = new Random(20260314L);
        for (int i = 0; i < 3000; i++) {
            char[] guess = ("guess-" + random.nextLong()).toCharArray();
            assertThatThrownBy(() -> cheap.unlock(stored, guess)).as("attempt %d", i)
                    .isExactlyInstanceOf(WrongPasswordException.class);
        }
        assertThat(cheap.unlock(stored, ALICE_PW).certificateDer()).isEqualTo(stored.certificateDer());
    }

    @Test
    void changedDataDoesNotVerify() {
        byte[] signature = keys.sign(keys.unlock(alice, ALICE_PW), RECORD);
        byte[] changed = RECORD.clone();
        changed[changed.length - 1] ^= 1;

        assertThat(keys.verify(alice.certificateDer(), changed, signature)).isFalse();
        assertThat(keys.verify(alice.certificateDer(), Arrays.copyOf(RECORD, RECORD.length + 1), signature)).isFalse();
        assertThat(keys.verify(alice.certificateDer(), new byte[0], signature)).isFalse();
    }

    @Test
    void changedOrMalformedSignatureDoesNotVerify() {
        byte[] signature = keys.sign(keys.unlock(alice, ALICE_PW), RECORD);
        for (int i = 0; i < signature.length; i++) {
            byte[] flipped = signature.clone();
            flipped[i] ^= 0x01;
            assertThat(keys.verify(alice.certificateDer(), RECORD, flipped)).as("byte %d flipped", i).isFalse();
        }
        assertThat(keys.verify(alice.certificateDer(), RECORD, new byte[0])).isFalse();
        assertThat(keys.verify(alice.certificateDer(), RECORD, "not a signature".getBytes(UTF_8))).isFalse();
    }

    @Test
    void anotherUsersCertificateDoesNotVerify() {
        byte[] signature = keys.sign(keys.unlock(alice, ALICE_PW), RECORD);

        assertThat(keys.verify(bob.certificateDer(), RECORD, signature)).isFalse();
    }

    @Test
    void signaturesAreRandomisedButAllVerify() {
        UnlockedKey key = keys.unlock(alice, ALICE_PW);
        byte[] first = keys.sign(key, RECORD);
        byte[] second = keys.sign(key, RECORD);

        assertThat(first).isNotEqualTo(second);
        assertThat(keys.verify(alice.certificateDer(), RECORD, first)).isTrue();
        assertThat(keys.verify(alice.certificateDer(), RECORD, second)).isTrue();
    }

    @Test
    void reencryptKeepsTheCertificateAndRetiresTheOldPassword() {
        char[] newPassword = "a new and longer passphrase".toCharArray();
        byte[] before = keys.sign(keys.unlock(alice, ALICE_PW), RECORD);

        StoredKeyPair changed = keys.reencrypt(alice, ALICE_PW, newPassword);

        assertThat(changed.certificateDer()).isEqualTo(alice.certificateDer());
        assertThat(changed.encryptedPrivateKey()).isNotEqualTo(alice.encryptedPrivateKey());
        assertThatThrownBy(() -> keys.unlock(changed, ALICE_PW)).isInstanceOf(WrongPasswordException.class);
        byte[] after = keys.sign(keys.unlock(changed, newPassword), RECORD);
        assertThat(keys.verify(changed.certificateDer(), RECORD, after)).isTrue();
        assertThat(keys.verify(changed.certificateDer(), RECORD, before)).isTrue();
    }

    @Test
    void reencryptWithTheWrongOldPasswordIsRefused() {
        assertThatThrownBy(() -> keys.reencrypt(alice, BOB_PW, "whatever".toCharArray()))
                .isInstanceOf(WrongPasswordException.class);
    }

    @Test
    void nonAsciiPasswordsWork() {
        char[] password = "Pässwörd-€-\uD83D\uDE00".toCharArray();
        StoredKeyPair stored = keys.create(UserId.of("carla"), "Carla", "Acme", password, NOW);

        assertThat(keys.sign(keys.unlock(stored, password), RECORD)).isNotEmpty();
        assertThatThrownBy(() -> keys.unlock(stored, "Passwoerd-€-\uD83D\uDE00".toCharArray()))
                .isInstanceOf(WrongPasswordException.class);
    }

    @Test
    void pemParsesBackToTheSameCertificate() throws Exception {
        String pem = keys.toPem(alice.certificateDer());

        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("\n-----END CERTIFICATE-----\n");
        assertThat(pem.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(64));
        X509Certificate parsed = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(UTF_8)));
        assertThat(parsed.getEncoded()).isEqualTo(alice.certificateDer());
        parsed.verify(parsed.getPublicKey()); // self-signed, readable by the JDK too
        assertThat(parsed.getKeyUsage()).startsWith(true, true); // digitalSignature, nonRepudiation
        assertThat(parsed.getBasicConstraints()).isEqualTo(-1);
        assertThat(parsed.getSigAlgName()).isEqualTo("SHA256withECDSA");
    }

    @Test
    void describeReadsTheNamesValidityAndIdentifiers() {
        StoredKeyPair juergen = keys.create(UserId.of("jmueller"), "Jürgen Müller", "Acme Pharma GmbH",
                "pw".toCharArray(), NOW);

        CertificateInfo info = keys.describe(juergen.certificateDer());

        assertThat(info.userId()).isEqualTo("jmueller");
        assertThat(info.printedName()).isEqualTo("Jürgen Müller");
        assertThat(info.subject()).isEqualTo("CN=Jürgen Müller,UID=jmueller,O=Acme Pharma GmbH");
        assertThat(info.notBefore()).isEqualTo(Instant.parse("2026-03-14T09:26:53Z"));
        assertThat(info.notAfter()).isEqualTo(Instant.parse("2046-03-14T09:26:53Z"));
        assertThat(info.sha256Fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(info.serialHex()).matches("([0-9A-F]{2}){1,17}");
        assertThat(keys.describe(alice.certificateDer()).serialHex()).isNotEqualTo(info.serialHex());
    }

    @Test
    void namesWithSpecialCharactersSurviveUnchanged() {
        String name = "Müller, Jürgen \"JM\" + Ωmega; <Ø> \\ 李";
        StoredKeyPair stored = keys.create(UserId.of("jm2"), name, "Ärzte & Co = \"Labor\"", "pw".toCharArray(), NOW);

        CertificateInfo info = keys.describe(stored.certificateDer());

        assertThat(info.printedName()).isEqualTo(name);
        assertThat(info.userId()).isEqualTo("jm2");
        assertThat(info.subject())
                .startsWith("CN=Müller\\, Jürgen \\\"JM\\\" \\+ Ωmega\\; \\<Ø\\> \\\\ 李,UID=jm2,O=");
    }

    @Test
    void blankOrControlCharacterNamesAreRefused() {
        assertThatThrownBy(() -> keys.create(UserId.of("x1"), "  ", "Acme", ALICE_PW, NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> keys.create(UserId.of("x1"), "Eve\nAdmin", "Acme", ALICE_PW, NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void blankOrganisationIsLeftOut() {
        StoredKeyPair stored = keys.create(UserId.of("solo"), "Sam Solo", "", "pw".toCharArray(), NOW);

        assertThat(keys.describe(stored.certificateDer()).subject()).isEqualTo("CN=Sam Solo,UID=solo");
    }

    @Test
    void aCertificateWithAnEditedNameLendsItToNoSignature() {
        byte[] signature = keys.sign(keys.unlock(alice, ALICE_PW), RECORD);
        byte[] edited = replace(alice.certificateDer(), "Alice Adams", "Mallory Mal");

        assertThat(keys.describe(edited).printedName()).isEqualTo("Mallory Mal"); // describe() does not judge
        assertThat(keys.verify(edited, RECORD, signature)).isFalse();
        assertThat(keys.verify(alice.certificateDer(), RECORD, signature)).isTrue();
    }

    @Test
    void aKeyThatDoesNotBelongToItsCertificateIsRefused() {
        StoredKeyPair swapped = new StoredKeyPair(alice.certificateDer(), bob.encryptedPrivateKey());

        assertThatThrownBy(() -> keys.unlock(swapped, BOB_PW)).isInstanceOf(StorageException.class);
    }

    @Test
    void damagedOrForeignKeyProtectionIsRefusedBeforeAnyDerivation() throws Exception {
        byte[] encrypted = alice.encryptedPrivateKey();
        StoredKeyPair truncated = new StoredKeyPair(alice.certificateDer(), Arrays.copyOf(encrypted, 20));
        assertThatThrownBy(() -> keys.unlock(truncated, ALICE_PW)).isInstanceOf(StorageException.class);

        // The same ciphertext, but with scrypt N raised to 2^24 (2 GiB): refused at once, not run.
        EncryptedPrivateKeyInfo info = EncryptedPrivateKeyInfo.getInstance(encrypted);
        PBES2Parameters pbes2 = PBES2Parameters.getInstance(info.getEncryptionAlgorithm().getParameters());
        ScryptParams scrypt = ScryptParams.getInstance(pbes2.getKeyDerivationFunc().getParameters());
        ScryptParams huge = new ScryptParams(scrypt.getSalt(), 1 << 24, 8, 1);
        PBES2Parameters greedy = new PBES2Parameters(new KeyDerivationFunc(MiscObjectIdentifiers.id_scrypt, huge),
                pbes2.getEncryptionScheme());
        byte[] hostile = new EncryptedPrivateKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, greedy),
                info.getEncryptedData()).getEncoded();
        long start = System.nanoTime();
        assertThatThrownBy(() -> keys.unlock(new StoredKeyPair(alice.certificateDer(), hostile), ALICE_PW))
                .isInstanceOf(StorageException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void keysFromOtherImplementationsAreRejected() {
        UnlockedKey foreign = () -> alice.certificateDer();

        assertThatThrownBy(() -> keys.sign(foreign, RECORD)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> keys.cmsSignDetached(foreign, RECORD)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void somethingThatIsNotACertificateIsAnArgumentError() {
        byte[] garbage = "not a certificate".getBytes(UTF_8);

        assertThatThrownBy(() -> keys.verify(garbage, RECORD, new byte[8]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> keys.describe(garbage)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> keys.toPem(garbage)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storedKeyPairCopiesComparesByContentAndPrintsNoKeyBytes() {
        byte[] certificate = {1, 2, 3};
        byte[] key = {4, 5, 6};
        StoredKeyPair stored = new StoredKeyPair(certificate, key);
        certificate[0] = 9;
        stored.encryptedPrivateKey()[0] = 9;

        StoredKeyPair same = new StoredKeyPair(new byte[] {1, 2, 3}, new byte[] {4, 5, 6});
        assertThat(stored).isEqualTo(same);
        assertThat(stored.hashCode()).isEqualTo(same.hashCode());
        assertThat(stored.toString()).isEqualTo("StoredKeyPair[certificate=3 bytes, encryptedPrivateKey=3 bytes]");
    }

    @Test
    void mutatedInputsFailSafelyAndNeverNameAnotherSigner() {
        long seed = 20260314L;
        Random random = new Random(seed);
        byte[] content = "manifest".getBytes(UTF_8);
        byte[] cms = keys.cmsSignDetached(keys.unlock(alice, ALICE_PW), content);
        byte[] signature = keys.sign(keys.unlock(alice, ALICE_PW), RECORD);
        BcSigningKeys cheap = new BcSigningKeys(new SecureRandom(), new ScryptCost(2, 1, 1));
        StoredKeyPair erin = cheap.create(UserId.of("erin"), "Erin", "Acme", ALICE_PW, NOW);
        for (int i = 0; i < 1000; i++) {
            String trial = "seed " + seed + ", trial " + i;
            // A change confined to unsigned encoding details may still verify (ECDSA signatures are random, so the
            // bytes hit differ run to run); what must never happen is a valid result naming anyone but the signer.
            keys.cmsVerifyDetached(mutate(cms, random), content).ifPresent(signer ->
                    assertThat(signer).as(trial).isEqualTo(alice.certificateDer()));

            byte[] certificate = mutate(alice.certificateDer(), random);
            try {
                assertThat(keys.verify(certificate, RECORD, signature)).as(trial).isFalse();
                keys.describe(certificate);
            } catch (IllegalArgumentException notACertificate) {
                // the documented answer for bytes that are no certificate
            }

            // Damaged keys: wrong password or damaged, never anything else. A change that only touches parts of the
            // PKCS#8 structure Bouncy Castle ignores (e.g. the embedded public key) may still unlock the right key;
            // the pairwise check guarantees it is the certificate's key.
            StoredKeyPair damaged =
                    new StoredKeyPair(erin.certificateDer(), mutate(erin.encryptedPrivateKey(), random));
            try {
                UnlockedKey key = cheap.unlock(damaged, ALICE_PW);
                assertThat(cheap.verify(erin.certificateDer(), RECORD, cheap.sign(key, RECORD))).as(trial).isTrue();
            } catch (WrongPasswordException | StorageException expected) {
                // fine
            }
        }
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] out = original.clone();
        int changes = 1 + random.nextInt(4);
        for (int i = 0; i < changes; i++) {
            out[random.nextInt(out.length)] ^= (byte) (1 + random.nextInt(255));
        }
        return out;
    }

    @Nested
    class Cms {
        private final byte[] content = ("manifest v1\nbinder.pdf sha256=...\nmatrix.xlsx sha256=...\n").getBytes(UTF_8);

        @Test
        void detachedSignatureVerifiesAndNamesTheSigner() {
            byte[] cms = keys.cmsSignDetached(keys.unlock(alice, ALICE_PW), content);

            assertThat(keys.cmsVerifyDetached(cms, content)).hasValueSatisfying(
                    certificate -> assertThat(certificate).isEqualTo(alice.certificateDer()));
        }

        @Test
        void oneChangedContentByteFailsWithoutThrowing() {
            byte[] cms = keys.cmsSignDetached(keys.unlock(alice, ALICE_PW), content);
            for (int i = 0; i < content.length; i += 7) {
                byte[] changed = content.clone();
                changed[i] ^= 0x20;
                assertThat(keys.cmsVerifyDetached(cms, changed)).as("content byte %d", i).isEmpty();
            }
            assertThat(keys.cmsVerifyDetached(cms, new byte[0])).isEmpty();
            assertThat(keys.cmsVerifyDetached(cms, Arrays.copyOf(content, content.length - 1))).isEmpty();
        }

        @Test
        void everyChangedSignatureByteFails() {
            // Includes unsigned container fields (versions, tags, the outer digest list): only the canonical DER
            // shape cmsSignDetached writes is accepted, so the signature file is not malleable either.
            byte[] cms = keys.cmsSignDetached(keys.unlock(alice, ALICE_PW), content);
            for (int i = 0; i < cms.length; i++) {
                byte[] changed = cms.clone();
                changed[i] ^= 0x01;
                assertThat(keys.cmsVerifyDetached(changed, content)).as("signature byte %d", i).isEmpty();
            }
        }

        @Test
        void garbageAndEmptyInputGiveEmpty() {
            assertThat(keys.cmsVerifyDetached(new byte[0], content)).isEmpty();
            assertThat(keys.cmsVerifyDetached("garbage".getBytes(UTF_8), content)).isEmpty();
            assertThat(keys.cmsVerifyDetached(alice.certificateDer(), content)).isEmpty();
            byte[] cms = keys.cmsSignDetached(keys.unlock(alice, ALICE_PW), content);
            for (int length = 0; length < cms.length; length += 13) {
                assertThat(keys.cmsVerifyDetached(Arrays.copyOf(cms, length), content)).isEmpty();
            }
        }

        @Test
        void eachSignerIsNamedByTheirOwnCertificate() {
            byte[] byBob = keys.cmsSignDetached(keys.unlock(bob, BOB_PW), content);

            assertThat(keys.cmsVerifyDetached(byBob, content)).hasValueSatisfying(
                    certificate -> assertThat(certificate).isEqualTo(bob.certificateDer()));
        }
    }

    /** Proves the stored format and signatures against stock OpenSSL, as an inspector would run it. */
    @Nested
    class OpenSslInterop {
        @TempDir
        Path dir;

        @BeforeEach
        void requireOpenssl() {
            Assumptions.assumeTrue(opensslAvailable(), "openssl is not on PATH");
        }

        @Test
        void opensslCmsVerifyAcceptsTheDetachedSignatureAndRejectsTamperedContent() throws Exception {
            StoredKeyPair juergen = keys.create(UserId.of("jmueller"), "Jürgen Müller", "Acme Pharma GmbH",
                    "pw".toCharArray(), Instant.now());
            byte[] content = "Binder manifest\nSOP-0042.pdf 9f86d081884c7d65\n".getBytes(UTF_8);
            Path file = Files.write(dir.resolve("manifest.txt"), content);
            Path signature = Files.write(dir.resolve("manifest.p7s"),
                    keys.cmsSignDetached(keys.unlock(juergen, "pw".toCharArray()), content));
            Path certificate = Files.writeString(dir.resolve("signer.pem"), keys.toPem(juergen.certificateDer()));

            Result ok = openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", signature.toString(),
                    "-content", file.toString(), "-CAfile", certificate.toString(), "-out", "/dev/null");
            assertThat(ok.exit()).as(ok.output()).isZero();
            assertThat(ok.output()).contains("Verification successful");

            byte[] tampered = content.clone();
            tampered[5] ^= 0x01;
            Files.write(file, tampered);
            Result bad = openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", signature.toString(),
                    "-content", file.toString(), "-CAfile", certificate.toString(), "-out", "/dev/null");
            assertThat(bad.exit()).as(bad.output()).isNotZero();
            assertThat(bad.output()).contains("Verification failure");
        }

        @Test
        void opensslShowsTheSameFingerprintSerialAndSubject() throws Exception {
            StoredKeyPair juergen = keys.create(UserId.of("jmueller"), "Jürgen Müller", "Acme Pharma GmbH",
                    "pw".toCharArray(), NOW);
            Path certificate = Files.writeString(dir.resolve("signer.pem"), keys.toPem(juergen.certificateDer()));
            CertificateInfo info = keys.describe(juergen.certificateDer());

            Result shown = openssl("x509", "-in", certificate.toString(), "-noout", "-fingerprint", "-sha256",
                    "-serial", "-subject", "-nameopt", "RFC2253,-esc_msb");

            assertThat(shown.exit()).as(shown.output()).isZero();
            assertThat(shown.output()).contains("Fingerprint=" + info.sha256Fingerprint())
                    .contains("serial=" + info.serialHex())
                    .contains("subject=" + info.subject());
        }

        @Test
        void opensslVerifiesARawSignature() throws Exception {
            byte[] signature = keys.sign(keys.unlock(alice, ALICE_PW), RECORD);
            Path data = Files.write(dir.resolve("record.bin"), RECORD);
            Path sig = Files.write(dir.resolve("record.sig"), signature);
            Path certificate = Files.writeString(dir.resolve("alice.pem"), keys.toPem(alice.certificateDer()));
            Result publicKey = openssl("x509", "-in", certificate.toString(), "-noout", "-pubkey");
            Path pub = Files.writeString(dir.resolve("alice.pub.pem"), publicKey.output());

            Result ok = openssl("dgst", "-sha256", "-verify", pub.toString(), "-signature", sig.toString(),
                    data.toString());

            assertThat(ok.exit()).as(ok.output()).isZero();
            assertThat(ok.output()).contains("Verified OK");
        }

        @Test
        void theEncryptedKeyIsStandardPkcs8WithAUtf8Password() throws Exception {
            // Test cost only: stock OpenSSL 3.0 refuses scrypt above 32 MiB, so production keys are BC-only.
            char[] password = "Pässwörd-€".toCharArray();
            StoredKeyPair stored = keys.create(UserId.of("carla"), "Carla", "Acme", password, NOW);
            Path key = Files.write(dir.resolve("carla.p8"), stored.encryptedPrivateKey());
            Path pass = Files.writeString(dir.resolve("pass.txt"), new String(password) + "\n", UTF_8);
            Path certificate = Files.writeString(dir.resolve("carla.pem"), keys.toPem(stored.certificateDer()));

            Result details = openssl("asn1parse", "-inform", "DER", "-in", key.toString());
            assertThat(details.output()).contains("PBES2").contains(":scrypt").contains("aes-256-cbc");
            Result decrypted = openssl("pkcs8", "-inform", "DER", "-in", key.toString(), "-passin",
                    "file:" + pass);
            assertThat(decrypted.exit()).as(decrypted.output()).isZero();
            Result keyPub = opensslWithInput(decrypted.output(), "pkey", "-pubout");
            Result certPub = openssl("x509", "-in", certificate.toString(), "-noout", "-pubkey");
            assertThat(keyPub.output()).isEqualTo(certPub.output()).contains("BEGIN PUBLIC KEY");

            Files.writeString(pass, "Passwoerd-€\n", UTF_8);
            assertThat(openssl("pkcs8", "-inform", "DER", "-in", key.toString(), "-passin", "file:" + pass).exit())
                    .isNotZero();
        }
    }

    @Test
    void productionParametersAreScrypt128MiBAndUnlockWithinASecondOrSo() {
        BcSigningKeys production = new BcSigningKeys();
        char[] password = "production cost".toCharArray();
        StoredKeyPair stored = production.create(UserId.of("prod"), "Pat Prod", "Acme", password, NOW);
        ScryptParams params = scryptParams(stored);

        long start = System.nanoTime();
        UnlockedKey key = production.unlock(stored, password);
        Duration unlock = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("Production unlock (scrypt N=2^17, r=8, p=1): %d ms%n", unlock.toMillis());

        assertThat(params.getCostParameter().intValue()).isEqualTo(1 << 17);
        assertThat(params.getBlockSize().intValue()).isEqualTo(8);
        assertThat(params.getParallelizationParameter().intValue()).isEqualTo(1);
        assertThat(params.getSalt()).hasSize(16);
        assertThat(production.verify(stored.certificateDer(), RECORD, production.sign(key, RECORD))).isTrue();
        // Generous bound for slow CI; the benchmark reports the real figure (about 0.5 s on the reference machine).
        assertThat(unlock).isLessThan(Duration.ofSeconds(5));
        // Test-cost keys unlock with the production instance too: the cost travels with the key.
        assertThat(production.unlock(alice, ALICE_PW).certificateDer()).isEqualTo(alice.certificateDer());
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private static ScryptParams scryptParams(StoredKeyPair stored) {
        EncryptedPrivateKeyInfo info = EncryptedPrivateKeyInfo.getInstance(stored.encryptedPrivateKey());
        assertThat(info.getEncryptionAlgorithm().getAlgorithm()).isEqualTo(PKCSObjectIdentifiers.id_PBES2);
        PBES2Parameters pbes2 = PBES2Parameters.getInstance(info.getEncryptionAlgorithm().getParameters());
        assertThat(pbes2.getKeyDerivationFunc().getAlgorithm()).isEqualTo(MiscObjectIdentifiers.id_scrypt);
        return ScryptParams.getInstance(pbes2.getKeyDerivationFunc().getParameters());
    }

    /** Replaces every occurrence (a self-signed certificate names its subject twice: as issuer and subject). */
    private static byte[] replace(byte[] haystack, String from, String to) {
        byte[] needle = from.getBytes(UTF_8);
        byte[] replacement = to.getBytes(UTF_8);
        assertThat(replacement).hasSameSizeAs(needle);
        byte[] out = haystack.clone();
        int found = 0;
        for (int i = 0; i + needle.length <= out.length; i++) {
            if (Arrays.equals(out, i, i + needle.length, needle, 0, needle.length)) {
                System.arraycopy(replacement, 0, out, i, replacement.length);
                found++;
            }
        }
        assertThat(found).as("occurrences of %s", from).isPositive();
        return out;
    }

    record Result(int exit, String output) {
    }

    private static boolean opensslAvailable() {
        try {
            return openssl("version").exit() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Result openssl(String... args) throws IOException {
        return opensslWithInput(null, args);
    }

    private static Result opensslWithInput(String stdin, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(UTF_8));
            }
        }
        String output;
        try (InputStream out = process.getInputStream()) {
            output = new String(out.readAllBytes(), UTF_8);
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("openssl did not finish: " + command);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return new Result(process.exitValue(), output);
    }
}
