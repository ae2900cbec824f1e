package org.compliancebridge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.compliancebridge.service.Session;
import org.compliancebridge.testsupport.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read-only units cannot change anything: the audited write path is the only way in. */
class ReadOnlyTransactionIT {
    @TempDir
    Path tmp;

    @Test
    void mutatingRepositoryMethodsThrowInReadUnits() {
        try (Session s = new TestWorkspaces().create(tmp.resolve("ws")).session()) {
            assertThatThrownBy(() -> s.writes().read(tx -> {
                tx.settings().put("sneaky", "value");
                return null;
            })).isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("audited write path");
            assertThatThrownBy(() -> s.writes().read(tx -> {
                tx.audit().append(tx.audit().head().orElseThrow());
                return null;
            })).isInstanceOf(UnsupportedOperationException.class);
            assertThat(s.auditEntryCount()).isPositive();
            java.util.Optional<String> sneaky = s.writes().read(tx -> tx.settings().get("sneaky"));
            assertThat(sneaky).isEmpty();
        }
    }
}
