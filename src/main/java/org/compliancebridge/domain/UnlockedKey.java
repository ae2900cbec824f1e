package org.compliancebridge.domain;

/**
 * A signing key unlocked with its owner's password: an opaque handle that only the
 * {@link org.compliancebridge.domain.port.SigningKeys} implementation that created it can sign with. It holds the
 * private key in memory, which Java cannot reliably wipe: keep as few handles as possible, for as short a time as
 * possible, and drop the reference on lock, sign-out and password change. An electronic signature must come from a
 * key unlocked with the password the signer has just entered (21 CFR 11.200(a)), never from a cached handle.
 */
public interface UnlockedKey {
    /** The owner's certificate (DER), a copy. */
    byte[] certificateDer();
}
