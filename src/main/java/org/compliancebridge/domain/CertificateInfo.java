package org.compliancebridge.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What a signing certificate says, for display and for comparing with an account.
 *
 * @param userId            the subject's UID attribute ("" if absent)
 * @param printedName       the subject's CN, the signer's printed name ("" if absent)
 * @param subject           the whole subject name in RFC 4514 form, e.g. {@code CN=Jürgen Müller,UID=jm,O=Acme}
 * @param sha256Fingerprint SHA-256 of the certificate DER, upper-case hex pairs separated by colons, as
 *                          {@code openssl x509 -noout -fingerprint -sha256} prints it
 * @param serialHex         serial number in upper-case hex, as {@code openssl x509 -noout -serial} prints it
 * @param notBefore         start of validity
 * @param notAfter          end of validity
 */
public record CertificateInfo(String userId, String printedName, String subject, String sha256Fingerprint,
        String serialHex, Instant notBefore, Instant notAfter) {
    public CertificateInfo {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(printedName, "printedName");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sha256Fingerprint, "sha256Fingerprint");
        Objects.requireNonNull(serialHex, "serialHex");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
    }
}
