package org.compliancebridge.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.compliancebridge.domain.UserId;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private final PasswordPolicy policy = PasswordPolicy.bundled();
    private final UserId jsmith = UserId.of("jsmith");

    @Test
    void acceptsALongUncommonPassphrase() {
        assertThat(policy.problem(jsmith, "tea kettle under the bridge".toCharArray())).isEmpty();
    }

    @Test
    void rejectsShortPasswords() {
        assertThat(policy.problem(jsmith, "Sh0rt!pw".toCharArray())).get().asString().contains("12 characters");
        assertThat(policy.problem(jsmith, "12345678901".toCharArray())).isPresent();
    }

    @Test
    void rejectsPasswordsContainingTheUserIdInAnyCase() {
        assertThat(policy.problem(jsmith, "my name is JSMITH ok".toCharArray())).get().asString()
                .contains("user ID");
    }

    @Test
    void rejectsCommonPasswordsFromTheBundledList() {
        assertThat(policy.problem(jsmith, "passwordpassword".toCharArray())).get().asString().contains("common");
        assertThat(policy.problem(jsmith, "Qwertyuiop123".toCharArray())).isPresent();
    }

    @Test
    void bundledListIsSubstantial() {
        PasswordPolicy tiny = new PasswordPolicy(java.util.Set.of("averyuniquephrase"));
        assertThat(tiny.problem(null, "AVeryUniquePhrase".toCharArray())).isPresent();
        assertThat(tiny.problem(null, "averyuniquephrase2024!".toCharArray())).isPresent();
    }
}
