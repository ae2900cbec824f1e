package org.compliancebridge.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.compliancebridge.audit.ChainAnchor;
import org.compliancebridge.audit.ChainVerifier;
import org.compliancebridge.audit.VerificationReport;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.Checkpoint;
import org.compliancebridge.domain.FileCheckpoint;
import org.compliancebridge.domain.UserKey;
import org.compliancebridge.domain.port.Database;
import org.compliancebridge.domain.port.SigningKeys;
import org.compliancebridge.domain.port.WorkspaceFiles;

/**
 * Recomputes the whole audit chain and compares it with every signed checkpoint it can find: in the database, in the
 * checkpoint file beside it, and in a file the user names (one an inspector kept). A checkpoint counts only if its
 * signature verifies with a certificate of this workspace; others are reported as problems, not used.
 */
public final class VerificationService {
    static final int PAGE = 10_000;
    private final SigningKeys signing;
    private final WorkspaceFiles files;

    public VerificationService(SigningKeys signing, WorkspaceFiles files) {
        this.signing = signing;
        this.files = files;
    }

    /** The chain report plus problems with the checkpoints themselves. */
    public record Result(VerificationReport report, List<String> checkpointProblems, int checkpointsUsed) {
        public boolean intact() {
            return report.intact() && checkpointProblems.isEmpty();
        }

        /** One line per finding, or one line saying the trail is intact. */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            if (intact()) {
                out.add("intact: " + report.entriesChecked() + " entries, head " + report.headSeq() + " "
                        + report.headHash().hex() + report.newestAnchor().map(a -> "; agrees with the checkpoint of"
                        + " entry " + a.seq() + " signed by " + a.userId() + " at " + a.at() + " (" + a.source() + ")")
                        .orElse("; no checkpoint to compare with") + "; checkpoints checked: " + checkpointsUsed);
                return out;
            }
            report.findings().forEach(f -> out.add(f.kind() + " at entry " + f.seq() + ": " + f.message()));
            checkpointProblems.forEach(p -> out.add("CHECKPOINT: " + p));
            return out;
        }
    }

    /** Verifies the signed-in workspace and records the verification (and its outcome) in the audit trail. */
    public Result verify(Session session, Optional<Path> givenCheckpoints, LongConsumer progress,
            BooleanSupplier cancelled) {
        Result r = verify(session.writes().database(), session.folder(), session.workspaceId(), givenCheckpoints,
                progress, cancelled);
        session.writes().write(session.actor(), ctx -> ctx.record(AuditDraft.of(AuditEventType.AUDIT_TRAIL_VERIFIED,
                "AUDIT_TRAIL", session.workspaceId().toString(), null, AuditValues.json(AuditValues.of("intact",
                        r.intact(), "entries", r.report().entriesChecked(), "findings", r.lines().size(),
                        "checkpoints", r.checkpointsUsed(), "summary", r.intact() ? "intact"
                                : String.join(" | ", r.lines()).substring(0, Math.min(1500,
                                        String.join(" | ", r.lines()).length())))))));
        return r;
    }

    /** Verifies an open database without writing anything (used by the CLI's tamper tests and by the UI). */
    public Result verify(Database db, Path folder, UUID workspaceId, Optional<Path> givenCheckpoints,
            LongConsumer progress, BooleanSupplier cancelled) {
        List<String> problems = new ArrayList<>();
        List<ChainAnchor> anchors = new ArrayList<>();
        List<UserKey> keys = db.read(tx -> tx.keys().all());
        for (Checkpoint c : db.read(tx -> tx.checkpoints().all())) {
            Optional<UserKey> key = keys.stream().filter(k -> k.keyId().equals(c.keyId())).findFirst();
            if (key.isEmpty() || !signatureOk(c, key.get().keyPair().certificateDer())) {
                problems.add("the database checkpoint of entry " + c.seq() + " (" + c.occasion() + ", " + c.createdAt()
                        + ") has no valid signature");
                continue;
            }
            anchors.add(new ChainAnchor(c.seq(), c.headHash(), c.createdAt(), c.userId().value(),
                    ChainAnchor.DATABASE));
        }
        addFileAnchors(files.readCheckpoints(folder), "checkpoint file", workspaceId, keys, anchors, problems);
        if (givenCheckpoints.isPresent()) {
            addFileAnchors(files.readCheckpointFile(givenCheckpoints.get()), "given file "
                    + givenCheckpoints.get().getFileName(), workspaceId, keys, anchors, problems);
        }
        ChainVerifier v = new ChainVerifier(workspaceId, anchors, progress, cancelled);
        long next = Long.MIN_VALUE;
        while (true) {
            long from = next;
            List<AuditEntry> page = db.read(tx -> tx.audit().readFrom(from, PAGE));
            if (page.isEmpty()) {
                break;
            }
            page.forEach(v::accept);
            next = page.get(page.size() - 1).seq() + 1;
        }
        return new Result(v.finish(), problems, anchors.size());
    }

    private void addFileAnchors(List<FileCheckpoint> lines, String source, UUID workspaceId, List<UserKey> keys,
            List<ChainAnchor> anchors, List<String> problems) {
        for (FileCheckpoint line : lines) {
            if (line.problem().isPresent()) {
                problems.add(line.problem().get() + " (" + source + ")");
                continue;
            }
            Checkpoint c = line.checkpoint().orElseThrow();
            if (!c.workspaceId().equals(workspaceId)) {
                problems.add("line " + line.lineNumber() + " of the " + source + " belongs to another workspace ("
                        + c.workspaceId() + ")");
                continue;
            }
            // The certificate must be one of this workspace's keys: a stranger's checkpoint proves nothing here.
            byte[] cert = line.certificateDer().orElse(new byte[0]);
            boolean known = keys.stream().anyMatch(k -> k.keyId().equals(c.keyId())
                    && java.util.Arrays.equals(k.keyPair().certificateDer(), cert));
            if (!known || !signatureOk(c, cert)) {
                problems.add("line " + line.lineNumber() + " of the " + source + " (checkpoint of entry " + c.seq()
                        + ") has no valid signature by a key of this workspace");
                continue;
            }
            anchors.add(new ChainAnchor(c.seq(), c.headHash(), c.createdAt(), c.userId().value(), source));
        }
    }

    private boolean signatureOk(Checkpoint c, byte[] certificateDer) {
        try {
            return signing.describe(certificateDer).userId().equals(c.userId().value())
                    && signing.verify(certificateDer, c.payload(), c.signature());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
