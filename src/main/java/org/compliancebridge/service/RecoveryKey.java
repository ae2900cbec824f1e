package org.compliancebridge.service;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The printable recovery key shown once at workspace creation: 160 random bits as 40 hex digits in groups of four
 * ({@code 3F2A-09C1-...}). Typing is forgiving: case, spaces and dashes are ignored.
 */
public final class RecoveryKey {
    private RecoveryKey() {
    }

    public static String generate(SecureRandom random) {
        byte[] b = new byte[20];
        random.nextBytes(b);
        String hex = HexFormat.of().withUpperCase().formatHex(b);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            if (i > 0) {
                out.append('-');
            }
            out.append(hex, i, i + 4);
        }
        return out.toString();
    }

    /** The canonical form used as the wrapping password. */
    public static char[] normalise(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT).toCharArray();
    }
}
