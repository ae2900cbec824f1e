package org.compliancebridge.service;

import java.time.Duration;

/**
 * A growing delay after repeated failed sign-ins: none for the first 3 consecutive failures, then 1, 2, 4, 8, 16, 30,
 * 30 ... seconds before the next attempt is checked. It is on top of the Argon2id cost of every check.
 */
public final class LoginThrottle {
    public static final int FREE_ATTEMPTS = 3;
    public static final Duration MAX_DELAY = Duration.ofSeconds(30);

    /** A way to wait; replaced in tests. */
    public interface Sleeper {
        void sleep(Duration d);
    }

    public static final Sleeper REAL_SLEEP = d -> {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    };

    private LoginThrottle() {
    }

    public static Duration delayAfter(int consecutiveFailures) {
        if (consecutiveFailures < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int exp = Math.min(consecutiveFailures - FREE_ATTEMPTS, 5);
        Duration d = Duration.ofSeconds(1L << exp);
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }
}
