package org.compliancebridge.export;

/**
 * Text that a spreadsheet program could mistake for a formula (starting with =, +, -, @, tab or CR) is prefixed with
 * an apostrophe in CSV, so Excel and LibreOffice show it as text and never evaluate it (OWASP CSV injection).
 */
final class SpreadsheetText {
    private SpreadsheetText() {
    }

    static boolean looksLikeFormula(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    static String forCsv(String s) {
        if (s == null) {
            return "";
        }
        return looksLikeFormula(s) ? "'" + s : s;
    }
}
