package org.compliancebridge.domain;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Builds unambiguous byte strings for hashing and signing: an ASCII label and version, then fields each prefixed by
 * their length (int32, big-endian; -1 for null). Never fields joined by a separator.
 */
public final class Canonical {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    private final DataOutputStream out = new DataOutputStream(bytes);

    private Canonical() {
    }

    public static Canonical of(String label, int version) {
        return new Canonical().text(label).number(version);
    }

    public Canonical text(String s) {
        return bytes(s == null ? null : s.getBytes(StandardCharsets.UTF_8));
    }

    public Canonical bytes(byte[] b) {
        try {
            if (b == null) {
                out.writeInt(-1);
            } else {
                out.writeInt(b.length);
                out.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Canonical number(long n) {
        try {
            out.writeInt(8);
            out.writeLong(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Canonical flag(boolean b) {
        return number(b ? 1 : 0);
    }

    public Canonical instant(Instant t) {
        if (t == null) {
            return bytes(null);
        }
        return number(t.getEpochSecond()).number(t.getNano());
    }

    public byte[] toBytes() {
        return bytes.toByteArray();
    }

    /** SHA-256 of the bytes built so far. */
    public Hash sha256() {
        try {
            return Hash.of(java.security.MessageDigest.getInstance("SHA-256").digest(toBytes()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
