package org.compliancebridge.sign;

/**
 * scrypt cost parameters (RFC 7914) for protecting a private key. They are recorded inside each encrypted key
 * ({@code PBES2}/{@code id-scrypt} parameters), so the cost can be raised later without breaking older keys: a key is
 * always unlocked with the parameters it was written with, and re-encrypted with the current ones.
 *
 * @param n cost (number of 128·r-byte blocks held in memory), a power of two
 * @param r block size
 * @param p parallelisation (run sequentially here, so it multiplies time, not memory)
 */
public record ScryptCost(int n, int r, int p) {
    /** 128 MiB, about 0.5 s on the reference 2-core machine (see {@link BcSigningKeys}). */
    public static final ScryptCost PRODUCTION = new ScryptCost(1 << 17, 8, 1);
    /** For tests only: 1 MiB, a few milliseconds; still a real scrypt derivation. */
    public static final ScryptCost FOR_TESTS = new ScryptCost(1 << 10, 8, 1);

    /** Upper bounds, so a tampered key cannot make unlocking exhaust memory or run for minutes. */
    static final long MAX_MEMORY_BYTES = 256L * 1024 * 1024;
    static final int MAX_P = 16;

    public ScryptCost {
        if (n < 2 || Integer.bitCount(n) != 1 || r < 1 || p < 1 || p > MAX_P || memoryBytes(n, r) > MAX_MEMORY_BYTES) {
            throw new IllegalArgumentException("Unsupported scrypt parameters N=" + n + " r=" + r + " p=" + p);
        }
    }

    /** Memory the derivation needs: 128 · r · N bytes. */
    public long memoryBytes() {
        return memoryBytes(n, r);
    }

    private static long memoryBytes(int n, int r) {
        return 128L * r * n;
    }
}
