package org.compliancebridge.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    @Test
    void delayGrowsAfterThreeFailuresAndIsCapped() {
        assertThat(LoginThrottle.delayAfter(0)).isZero();
        assertThat(LoginThrottle.delayAfter(2)).isZero();
        assertThat(LoginThrottle.delayAfter(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginThrottle.delayAfter(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(LoginThrottle.delayAfter(7)).isEqualTo(Duration.ofSeconds(16));
        assertThat(LoginThrottle.delayAfter(8)).isEqualTo(Duration.ofSeconds(30));
        assertThat(LoginThrottle.delayAfter(1000)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void recoveryKeysAreRandomAndTypingIsForgiving() {
        var r = new java.security.SecureRandom();
        String a = RecoveryKey.generate(r);
        assertThat(a).matches("([0-9A-F]{4}-){9}[0-9A-F]{4}").isNotEqualTo(RecoveryKey.generate(r));
        assertThat(RecoveryKey.normalise(" " + a.toLowerCase().replace('-', ' ') + " "))
                .isEqualTo(a.replace("-", "").toCharArray());
    }
}
