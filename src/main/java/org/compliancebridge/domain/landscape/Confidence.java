package org.compliancebridge.domain.landscape;

import java.util.Locale;
import org.compliancebridge.domain.InvalidInputException;

/** How confident the mapping's author is that the relationship holds. */
public enum Confidence {
    HIGH, MEDIUM, LOW;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Confidence parse(String s) {
        String v = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
        for (Confidence c : values()) {
            if (c.code().equals(v)) {
                return c;
            }
        }
        throw new InvalidInputException("Unknown confidence '" + s + "': use high, medium or low.");
    }
}
