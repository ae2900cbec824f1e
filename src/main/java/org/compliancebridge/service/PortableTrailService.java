package org.compliancebridge.service;

import java.nio.file.Path;
import java.util.List;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.Checkpoint;
import org.compliancebridge.domain.port.PortableTrailWriter;

/** Exports the complete audit trail as a sealed, self-verifying file for inspectors (docs/audit-trail-format.md). */
public final class PortableTrailService {
    private final Session session;
    private final PortableTrailWriter writer;

    public PortableTrailService(Session session, PortableTrailWriter writer) {
        this.session = session;
        this.writer = writer;
    }

    /** Records the export, signs a checkpoint of the head, and writes every entry up to it. Returns entries written. */
    public long export(Path target) {
        session.writes().write(session.actor(), ctx -> ctx.record(AuditDraft.of(AuditEventType.AUDIT_TRAIL_EXPORTED,
                "AUDIT_TRAIL", target.getFileName().toString(), null, AuditValues.json(AuditValues.of("format",
                        "JSONL portable trail", "file", target.getFileName().toString())))));
        Checkpoint cp = session.checkpoint("export");
        List<PortableTrailWriter.Certificate> certs = session.writes().read(tx -> tx.keys().all()).stream()
                .map(k -> new PortableTrailWriter.Certificate(k.keyId(), k.userId().value(),
                        k.keyPair().certificateDer())).toList();
        long[] next = {Long.MIN_VALUE};
        var key = session.signingKey();
        String keyId = session.signing().describe(key.certificateDer()).sha256Fingerprint();
        return writer.write(target, new PortableTrailWriter.Header(session.workspaceId(),
                session.info().organisationName(), session.clock().instant(), session.account().userId().value(),
                session.account().fullName()), () -> {
                    List<AuditEntry> page = session.writes().read(tx -> tx.audit().readFrom(next[0],
                            VerificationService.PAGE));
                    if (!page.isEmpty()) {
                        next[0] = page.get(page.size() - 1).seq() + 1;
                    }
                    return page;
                }, certs, cp, keyId, bytes -> session.signing().sign(key, bytes));
    }
}
