package org.compliancebridge.domain;

import java.util.Arrays;
import java.util.HexFormat;

/** A SHA-256 value. Compared by content; shown as lower-case hex. */
public final class Hash {
    public static final int LENGTH = 32;
    private final byte[] bytes;

    private Hash(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("SHA-256 has 32 bytes, got " + bytes.length);
        }
        this.bytes = bytes.clone();
    }

    public static Hash of(byte[] bytes) {
        return new Hash(bytes);
    }

    /** SHA-256 of {@code data}. */
    public static Hash sha256(byte[] data) {
        try {
            return new Hash(java.security.MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static Hash ofHex(String hex) {
        return new Hash(HexFormat.of().parseHex(hex));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hash h && Arrays.equals(bytes, h.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
