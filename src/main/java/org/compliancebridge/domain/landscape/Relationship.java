package org.compliancebridge.domain.landscape;

import java.util.Locale;
import org.compliancebridge.domain.InvalidInputException;

/**
 * How a crosswalk source item relates to its target, read as "source is ... of target" (set-theoretic, as in NIST
 * OLIR): {@code SUBSET} means the source is narrower. {@code NONE} records that the source has no counterpart, with a
 * rationale, instead of leaving it silently unmapped.
 */
public enum Relationship {
    EQUAL("equal", "is equal to"),
    SUBSET("subset", "is a subset of"),
    SUPERSET("superset", "is a superset of"),
    INTERSECTS("intersects", "intersects with"),
    NONE("none", "has no counterpart");

    private final String code;
    private final String phrase;

    Relationship(String code, String phrase) {
        this.code = code;
        this.phrase = phrase;
    }

    /** The lower-case code used in data files and the CLI. */
    public String code() {
        return code;
    }

    public String phrase() {
        return phrase;
    }

    /** The relationship read from the target's side (subset and superset swap). */
    public Relationship inverse() {
        return switch (this) {
            case SUBSET -> SUPERSET;
            case SUPERSET -> SUBSET;
            default -> this;
        };
    }

    public static Relationship parse(String s) {
        String v = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
        for (Relationship r : values()) {
            if (r.code.equals(v)) {
                return r;
            }
        }
        throw new InvalidInputException("Unknown relationship '" + s + "': use equal, subset, superset, intersects or"
                + " none.");
    }
}
