package org.compliancebridge.domain;

/**
 * A signing key unlocked with its owner's password: an opaque handle that only the
 * {@link org.compliancebridge.domain.port.SigningKeys} implementation that created it can sign with. Hold it only for
 * the one signing operation the password was re-entered for (21 CFR 11.200(a)), then drop the reference; never
 * cache it across signatures or sessions.
 */
public interface UnlockedKey {
    /** The owner's certificate (DER), a copy. */
    byte[] certificateDer();
}
