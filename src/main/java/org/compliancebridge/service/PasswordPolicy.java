package org.compliancebridge.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.compliancebridge.domain.PasswordPolicyException;
import org.compliancebridge.domain.UserId;

/**
 * Password rules (21 CFR 11.300): at least 12 characters, not containing the user ID, not on a bundled list of common
 * passwords. Length, not composition rules, is what makes passwords strong (NIST SP 800-63B).
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    private static final String LIST = "common-passwords.txt";
    private final Set<String> common;

    public PasswordPolicy(Set<String> commonPasswords) {
        this.common = Set.copyOf(commonPasswords);
    }

    /** The policy with the bundled common-password list. */
    public static PasswordPolicy bundled() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("Bundled password list " + LIST + " is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.trim();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PasswordPolicy(words);
    }

    /** The reason {@code password} is not acceptable for {@code user}, if any. */
    public Optional<String> problem(UserId user, char[] password) {
        String pw = new String(password);
        if (pw.codePointCount(0, pw.length()) < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters. A short sentence is easy to remember.");
        }
        if (pw.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        String lower = pw.toLowerCase(Locale.ROOT);
        if (user != null && lower.contains(user.value())) {
            return Optional.of("The password must not contain the user ID.");
        }
        if (common.contains(lower) || common.contains(lower.replaceAll("[^\\p{L}]+$", ""))
                || common.contains(lower.replaceAll("[0-9!@#$%^&*.?_-]+$", ""))) {
            return Optional.of("This password is on a list of commonly used passwords. Choose a less predictable one.");
        }
        return Optional.empty();
    }

    public void check(UserId user, char[] password) {
        problem(user, password).ifPresent(p -> {
            throw new PasswordPolicyException(p);
        });
    }
}
