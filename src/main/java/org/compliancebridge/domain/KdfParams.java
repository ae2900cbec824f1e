package org.compliancebridge.domain;

/**
 * Argon2id cost parameters, stored with each key slot so they can be raised later without breaking old slots.
 * Tests may use low costs; {@link #PRODUCTION} is tuned to roughly 0.5-1 s at sign-in on a 2-core laptop.
 */
public record KdfParams(int memoryKiB, int iterations, int parallelism) {
    /** 64 MiB, 3 passes, 1 lane: about 0.8 s at a cold start and 0.3 s warm on the 2-core reference machine. */
    public static final KdfParams PRODUCTION = new KdfParams(64 * 1024, 3, 1);
    /** For tests only: fast, and still a real Argon2id derivation. */
    public static final KdfParams TEST = new KdfParams(64, 1, 1);

    public KdfParams {
        if (memoryKiB < 8 || iterations < 1 || parallelism < 1 || parallelism > 16) {
            throw new IllegalArgumentException("Invalid Argon2id parameters");
        }
    }
}
