package org.compliancebridge.domain.landscape;

/** Where a catalogue or crosswalk link came from. */
public enum Origin {
    /** Shipped with the application (documented data files). */
    BUNDLED,
    /** Imported by a user from an OSCAL file. */
    IMPORTED,
    /** Added by a user in this workspace. */
    USER
}
