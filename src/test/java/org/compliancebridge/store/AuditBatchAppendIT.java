package org.compliancebridge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.service.Session;
import org.compliancebridge.service.VerificationService;
import org.compliancebridge.testsupport.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch appends (used by units that record thousands of entries, e.g. a matrix import) keep the chain: entries are
 * contiguous after the head and verify; an out-of-order batch is refused and the unit rolls back whole.
 */
class AuditBatchAppendIT {
    @TempDir
    Path tmp;

    @Test
    void batchesAreContiguousVerifiableAndOutOfOrderBatchesRollBack() {
        TestWorkspaces ws = new TestWorkspaces();
        try (Session s = ws.create(tmp.resolve("ws")).session()) {
            long before = s.auditEntryCount();
            List<AuditDraft> drafts = new ArrayList<>();
            for (int i = 0; i < 2_500; i++) {
                drafts.add(AuditDraft.of(AuditEventType.SETTING_CHANGED, "TEST", "r" + i, "old " + i, "new " + i));
            }
            List<AuditEntry> sealed = s.writes().write(s.actor(), ctx -> ctx.recordAll(drafts));
            assertThat(sealed).hasSize(2_500);
            for (int i = 1; i < sealed.size(); i++) {
                assertThat(sealed.get(i).seq()).isEqualTo(sealed.get(i - 1).seq() + 1);
                assertThat(sealed.get(i).prevHash()).isEqualTo(sealed.get(i - 1).hash());
            }
            assertThat(s.auditEntryCount()).isEqualTo(before + 2_500);
            // A single entry after the batch continues the chain.
            s.writes().write(s.actor(), ctx -> ctx.record(AuditDraft.of(AuditEventType.SETTING_CHANGED, "TEST",
                    "after", null, "x")));

            long now = s.auditEntryCount();
            assertThatThrownBy(() -> s.writes().write(s.actor(), ctx -> {
                ctx.record(AuditDraft.of(AuditEventType.SETTING_CHANGED, "TEST", "in the unit", null, "y"));
                AuditEntry stale = sealed.get(0);   // a sequence number long taken
                ctx.tx().audit().appendAll(List.of(stale));
                return null;
            })).isInstanceOf(IllegalStateException.class).hasMessageContaining("out of order");
            assertThat(s.auditEntryCount()).as("the whole unit rolled back").isEqualTo(now);

            var result = new VerificationService(TestWorkspaces.SIGNING, new JsonWorkspaceFiles()).verify(s,
                    Optional.empty(), p -> { }, () -> false);
            assertThat(result.intact()).as(String.join("\n", result.lines())).isTrue();
        }
    }
}
