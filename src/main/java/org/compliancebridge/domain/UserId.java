package org.compliancebridge.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A personal, never-reused account identifier (21 CFR 11.100(a), 11.300(a)). Lower case letters, digits, dot, dash and
 * underscore; 2-32 characters; case-insensitive (stored lower case).
 */
public record UserId(String value) {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{1,31}");

    public UserId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidInputException("A user ID has 2 to 32 characters: lower-case letters, digits, '.', '-'"
                    + " or '_', starting with a letter or digit.");
        }
    }

    public static UserId of(String text) {
        return new UserId(text == null ? null : text.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
