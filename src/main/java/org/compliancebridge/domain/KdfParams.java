package org.compliancebridge.domain;

/**
 * Argon2id cost parameters, stored with each key slot so they can be raised later without breaking old slots.
 * Tests may use low costs; {@link #PRODUCTION} is tuned to roughly 0.5-1 s on a 2-core laptop.
 */
public record KdfParams(int memoryKiB, int iterations, int parallelism) {
    public static final KdfParams PRODUCTION = new KdfParams(128 * 1024, 3, 1);
    /** For tests only: fast, and still a real Argon2id derivation. */
    public static final KdfParams TEST = new KdfParams(64, 1, 1);

    public KdfParams {
        if (memoryKiB < 8 || iterations < 1 || parallelism < 1 || parallelism > 16) {
            throw new IllegalArgumentException("Invalid Argon2id parameters");
        }
    }
}
