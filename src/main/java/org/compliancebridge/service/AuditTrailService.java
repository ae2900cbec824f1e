package org.compliancebridge.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.AuditQuery;
import org.compliancebridge.domain.StorageException;
import org.compliancebridge.domain.port.AuditTrailWriter;

/** Browsing and exporting the audit trail (paged: never all entries in memory). */
public final class AuditTrailService {
    public static final int EXPORT_PAGE = 2_000;
    private final Session session;
    private final AuditTrailWriter writer;

    public AuditTrailService(Session session, AuditTrailWriter writer) {
        this.session = session;
        this.writer = writer;
    }

    public long count(AuditQuery q) {
        return session.writes().read(tx -> tx.audit().count(q));
    }

    public List<AuditEntry> page(AuditQuery q, long offset, int limit) {
        return session.writes().read(tx -> tx.audit().page(q, offset, limit));
    }

    public List<String> users() {
        return session.writes().read(tx -> tx.audit().distinctUsers());
    }

    public List<String> eventTypes() {
        return session.writes().read(tx -> tx.audit().distinctEventTypes());
    }

    /** Result of an export: rows written and the file's SHA-256 (also recorded in the audit trail). */
    public record Exported(Path file, long rows, String sha256) {
    }

    /**
     * Exports the entries matching {@code q}, newest first, to CSV or XLSX. The export itself is audited (file name,
     * format, filter, rows, SHA-256) and followed by a signed checkpoint. Returns empty rows = -1 if cancelled.
     */
    public Exported export(AuditQuery q, Path target, AuditTrailWriter.Format format, BooleanSupplier cancelled) {
        var head = session.writes().read(tx -> tx.audit().head()).orElseThrow();
        List<String> about = new ArrayList<>();
        about.add("ComplianceBridge audit trail export");
        about.add("Organisation: " + session.info().organisationName());
        about.add("Workspace ID: " + session.workspaceId());
        about.add("Exported by: " + session.account().fullName() + " (" + session.account().userId() + ") at "
                + session.clock().instant() + " UTC");
        about.add("Filter: " + describe(q));
        about.add("Audit chain head at export: entry " + head.seq() + ", hash " + head.hash().hex());
        about.add("Rows are sorted newest first. Hashes let anyone recompute the chain (see docs/audit-trail-format.md).");
        long[] offset = {0};
        long rows = writer.write(target, format, () -> {
            List<AuditEntry> page = session.writes().read(tx -> tx.audit().page(q, offset[0], EXPORT_PAGE));
            offset[0] += page.size();
            return page.stream().filter(e -> e.seq() <= head.seq()).toList();
        }, about, cancelled);
        if (rows < 0) {
            return new Exported(target, -1, "");
        }
        String sha = sha256(target);
        session.writes().write(session.actor(), ctx -> ctx.record(AuditDraft.of(
                AuditEventType.AUDIT_TRAIL_EXPORTED, "AUDIT_TRAIL", target.getFileName().toString(), null,
                AuditValues.json(AuditValues.of("file", target.getFileName().toString(), "format", format.name(),
                        "rows", rows, "sha256", sha, "filter", describe(q), "headSeq", head.seq())))));
        session.checkpoint("export");
        return new Exported(target, rows, sha);
    }

    static String describe(AuditQuery q) {
        if (q.isEmpty()) {
            return "all entries";
        }
        List<String> parts = new ArrayList<>();
        q.userId().ifPresent(v -> parts.add("user = " + v));
        q.eventType().ifPresent(v -> parts.add("event = " + v));
        q.recordType().ifPresent(v -> parts.add("record type = " + v));
        q.recordId().ifPresent(v -> parts.add("record contains '" + v + "'"));
        q.from().ifPresent(v -> parts.add("from " + v));
        q.toExclusive().ifPresent(v -> parts.add("before " + v));
        q.text().ifPresent(v -> parts.add("text contains '" + v + "'"));
        return String.join(", ", parts);
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new StorageException("Could not read back " + file + ": " + e.getMessage(), e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
