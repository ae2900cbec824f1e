package org.compliancebridge.testsupport;

import java.nio.file.Path;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.service.Session;

/**
 * Child-process helper for the crash test: keeps changing a counter through the audited write path (data change and
 * audit entry in one unit), printing "COMMITTED n" after each commit, with a signed checkpoint every 25 units, until
 * it is killed.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        Session s = new TestWorkspaces().service.open(Path.of(args[0]), TestWorkspaces.ADMIN,
                TestWorkspaces.ADMIN_PASSWORD.toCharArray());
        System.out.println("READY");
        System.out.flush();
        for (long i = 0; ; i++) {
            long n = s.writes().write(s.actor(), ctx -> {
                long current = ctx.tx().settings().get("crash.counter").map(Long::parseLong).orElse(0L);
                long next = current + 1;
                ctx.tx().settings().put("crash.counter", Long.toString(next));
                ctx.record(AuditDraft.of(AuditEventType.SETTING_CHANGED, "SETTING", "crash.counter",
                        Long.toString(current), Long.toString(next)));
                return next;
            });
            System.out.println("COMMITTED " + n);
            System.out.flush();
            if (i % 25 == 24) {
                s.checkpoint("crash test");
            }
        }
    }
}
