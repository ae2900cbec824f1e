package org.compliancebridge.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.compliancebridge.domain.Account;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.Checkpoint;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.RecordRef;
import org.compliancebridge.domain.gap.Action;
import org.compliancebridge.domain.gap.Assessment;
import org.compliancebridge.domain.gap.AssessmentChange;
import org.compliancebridge.domain.gap.AssessmentKey;
import org.compliancebridge.domain.gap.AssessmentStatus;
import org.compliancebridge.domain.gap.GapRow;
import org.compliancebridge.domain.gap.ImportedMatrix;
import org.compliancebridge.domain.gap.MatrixColumn;
import org.compliancebridge.domain.gap.MatrixExport;
import org.compliancebridge.domain.gap.MatrixFileException;
import org.compliancebridge.domain.gap.MatrixImportPreview;
import org.compliancebridge.domain.gap.MatrixImportPreview.CellChange;
import org.compliancebridge.domain.gap.MatrixImportPreview.RowChange;
import org.compliancebridge.domain.gap.MatrixRow;
import org.compliancebridge.domain.gap.MatrixWorkbook;
import org.compliancebridge.domain.gap.Priority;
import org.compliancebridge.domain.gap.Scope;
import org.compliancebridge.domain.landscape.CrosswalkLink;
import org.compliancebridge.domain.landscape.ProgressMonitor;
import org.compliancebridge.domain.landscape.Relationship;
import org.compliancebridge.domain.port.MatrixWorkbooks;

/**
 * The Excel compliance matrix: export (all scopes or one) and the workshop round trip — owners fill in the matrix
 * offline, the returned file is previewed cell by cell and applied in one audited transaction.
 *
 * <p>Each exported row carries hidden columns: its key, the assessment version, and a token of two HMAC-SHA256
 * values under a random key kept only in this workspace (table {@code matrix_export}): one over export ID, key and
 * version (edited hidden columns are detected), one over the editable cells as exported (so the import knows which
 * rows the owner changed, and a row changed both in the app and in the file is a conflict, not a silent overwrite).
 */
public final class MatrixService {
    public static final String RECORD_TYPE = "COMPLIANCE_MATRIX";
    static final List<MatrixColumn> EDITABLE = List.of(MatrixColumn.STATUS, MatrixColumn.EVIDENCE,
            MatrixColumn.OWNER, MatrixColumn.PRIORITY, MatrixColumn.DUE, MatrixColumn.NOTES);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);
    private static final int MAX_ERRORS_SHOWN = 20;

    private final Session session;
    private final GapService gaps;
    private final ActionService actions;
    private final MatrixWorkbooks workbooks;
    private final SecureRandom random = new SecureRandom();

    public MatrixService(Session session, GapService gaps, ActionService actions, MatrixWorkbooks workbooks) {
        this.session = session;
        this.gaps = gaps;
        this.actions = actions;
        this.workbooks = workbooks;
    }

    /** The workbook adapter (for tools that read or write matrix files directly, e.g. benchmarks). */
    public MatrixWorkbooks workbooks() {
        return workbooks;
    }

    /** What an export produced. */
    public record Exported(Path file, long rows, long bytes, String sha256, UUID exportId) {
    }

    /**
     * Writes the matrix of every scope, or of one, to {@code out} (.xlsx). The file appears only when complete; the
     * export is audited with the file's SHA-256 and followed by a signed checkpoint.
     */
    public Exported export(Path out, Optional<Scope> scope, BooleanSupplier cancelled) {
        Path target = FileExport.checkedTarget(out);
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new InvalidInputException("Name the matrix file .xlsx (Excel workbook): " + target.getFileName());
        }
        UUID exportId = UUID.randomUUID();
        byte[] key = new byte[32];
        random.nextBytes(key);
        Instant now = session.clock().instant();
        List<Scope> scopes = scope.map(List::of).orElseGet(gaps::scopes);
        MatrixWorkbook wb = workbook(gaps.model(), scopes, actions.actions(), exportId, key, now, scope);
        long rowCount = wb.rowCount();
        FileExport.Written w;
        try {
            w = FileExport.write(session, target, os -> workbooks.write(wb, os, cancelled), (ctx, size, sha) -> {
                ctx.tx().actions().insertExport(new MatrixExport(exportId, key, sha, rowCount, now,
                        session.account().userId()));
                return AuditDraft.of(AuditEventType.COMPLIANCE_MATRIX_EXPORTED, RECORD_TYPE, exportId.toString(),
                        null, AuditValues.json(AuditValues.of("file", target.toString(), "rows", rowCount, "bytes",
                                size, "sha256", sha, "scope", scope.map(Scope::name).orElse("all scopes"))));
            });
        } catch (CancellationException e) {
            throw new org.compliancebridge.domain.landscape.ImportCancelledException(
                    "The export was cancelled. No file was written.");
        }
        return new Exported(w.file(), rowCount, w.bytes(), w.sha256(), exportId);
    }

    /**
     * The workbook content. Rows stream scope by scope while the file is written (one scope's rows in memory at a
     * time); the Summary's figures come first from a light pass over the stored statuses.
     */
    MatrixWorkbook workbook(GapModel model, List<Scope> scopes, List<Action> plan, UUID exportId, byte[] key,
            Instant now, Optional<Scope> scope) {
        ZoneId zone = session.zone();
        Map<String, String> signatureByScope = new HashMap<>();
        SignatureService signatures = new SignatureService(session, Signables.standard());
        Map<String, String> names = new HashMap<>();
        for (Account a : session.accounts()) {
            names.put(a.userId().value(), a.fullName());
        }
        for (Scope sc : scopes) {
            signatureByScope.put(sc.key(), signatureText(signatures.signatures(new RecordRef(
                    GapService.SIGNED_RECORD_TYPE, sc.key()))));
        }
        Map<String, int[]> figures = new LinkedHashMap<>();
        Map<String, Integer> itemsPerFramework = new LinkedHashMap<>();
        for (var item : model.items) {
            itemsPerFramework.merge(model.name(item.frameworkId()), 1, Integer::sum);
            figures.computeIfAbsent(model.name(item.frameworkId()), x -> new int[5]);
        }
        for (Scope sc : scopes) {
            Map<String, Integer> assessed = new HashMap<>();
            for (Assessment a : session.writes().read(tx -> tx.assessments().inScope(sc.key()))) {
                if (model.item(a.key().item()).isEmpty()) {
                    continue;
                }
                String fw = model.name(a.key().item().frameworkId());
                figures.get(fw)[index(a.status())]++;
                assessed.merge(fw, 1, Integer::sum);
            }
            itemsPerFramework.forEach((fw, n) -> figures.get(fw)[4] += n - assessed.getOrDefault(fw, 0));
        }
        List<MatrixWorkbook.FrameworkFigures> summary = new ArrayList<>();
        figures.forEach((fw, f) -> summary.add(new MatrixWorkbook.FrameworkFigures(fw, f[0], f[1], f[2], f[3],
                f[4])));
        Map<AssessmentKey, Integer> files = gaps.evidenceCounts();
        Iterable<MatrixRow> matrixRows = () -> new java.util.Iterator<>() {
            private final Mac mac = mac(key);
            private int next;
            private java.util.Iterator<GapRow> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && next < scopes.size()) {
                    current = gaps.rows(model, scopes.get(next++), files).iterator();
                }
                return current.hasNext();
            }

            @Override
            public MatrixRow next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                GapRow r = current.next();
                return matrixRow(r, names, zone, signatureByScope.getOrDefault(r.scope().key(), ""), mac, exportId);
            }
        };
        long rowCount = (long) model.items.size() * scopes.size();
        Set<String> frameworks = new HashSet<>(gaps.frameworks());
        List<MatrixWorkbook.CrosswalkRow> crosswalk = new ArrayList<>();
        for (CrosswalkLink l : session.writes().read(tx -> tx.crosswalk().active())) {
            var m = l.mapping();
            if (frameworks.contains(m.sourceFramework()) && (m.relationship() == Relationship.NONE
                    || frameworks.contains(m.targetFramework()))) {
                crosswalk.add(new MatrixWorkbook.CrosswalkRow(gaps.frameworkName(m.sourceFramework()), m.sourceId(),
                        m.relationship().code(), m.targetFramework().isEmpty() ? "" : gaps.frameworkName(
                                m.targetFramework()), m.targetId(), m.confidence().name().toLowerCase(Locale.ROOT),
                        m.rationale()));
            }
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        List<MatrixWorkbook.ActionRow> actionRows = new ArrayList<>();
        for (Action a : plan) {
            actionRows.add(new MatrixWorkbook.ActionRow(a.reference(), a.title(), a.description(),
                    names.getOrDefault(a.owner().value(), a.owner().value()) + " (" + a.owner().value() + ")",
                    a.due().toString(), a.priority().label(), a.status().label(), gapLabels(a),
                    a.closureEvidence(), a.overdue(today)));
        }
        AuditEntry head = session.writes().read(tx -> tx.audit().head()).orElseThrow();
        Optional<Checkpoint> cp = session.writes().read(tx -> tx.checkpoints().newest());
        var info = session.info();
        List<MatrixWorkbook.AboutLine> about = List.of(
                new MatrixWorkbook.AboutLine("Document", "Compliance matrix (gap analysis, step 2)"),
                new MatrixWorkbook.AboutLine("Organisation", session.writes().read(tx -> tx.organisation().get())
                        .name()),
                new MatrixWorkbook.AboutLine("Workspace", session.folder().toString()),
                new MatrixWorkbook.AboutLine("Workspace ID", info.workspaceId().toString()),
                new MatrixWorkbook.AboutLine("Scope", scope.map(Scope::name).orElse("All scopes")),
                new MatrixWorkbook.AboutLine("Exported by", session.account().fullName() + " ("
                        + session.account().userId().value() + ")"),
                new MatrixWorkbook.AboutLine("Exported at", WHEN.format(now.atZone(zone)) + " (" + now + " UTC)"),
                new MatrixWorkbook.AboutLine("Export ID", exportId.toString()),
                new MatrixWorkbook.AboutLine("Audit-chain head", "entry " + head.seq() + ", SHA-256 "
                        + head.hash().hex()),
                new MatrixWorkbook.AboutLine("Newest signed checkpoint", cp.map(c -> "entry " + c.seq() + ", SHA-256 "
                        + c.headHash().hex() + ", signed by " + c.userId().value() + " at " + WHEN.format(
                                c.createdAt().atZone(zone))).orElse("none")),
                new MatrixWorkbook.AboutLine("App version", AppVersion.current()),
                new MatrixWorkbook.AboutLine("Round trip", "Owners may edit Status, Evidence, Owner, Priority, Due"
                        + " and Notes. Keep the hidden columns and sheet: they let ComplianceBridge import the file"
                        + " back, show every change for approval and detect conflicts."),
                new MatrixWorkbook.AboutLine("% compliant", "Compliant ÷ (Compliant + Partially compliant + Not"
                        + " compliant); Not applicable and Not assessed are left out."));
        Map<String, String> meta = Map.of(MatrixWorkbook.META_FORMAT, MatrixWorkbook.FORMAT_VERSION,
                MatrixWorkbook.META_WORKSPACE, info.workspaceId().toString(), MatrixWorkbook.META_EXPORT,
                exportId.toString(), MatrixWorkbook.META_EXPORTED_AT, now.toString());
        return new MatrixWorkbook(about, summary, matrixRows, rowCount, crosswalk, actionRows, meta);
    }

    private static int index(AssessmentStatus s) {
        return switch (s) {
            case COMPLIANT -> 0;
            case PARTIALLY_COMPLIANT -> 1;
            case NOT_COMPLIANT -> 2;
            case NOT_APPLICABLE -> 3;
            case NOT_ASSESSED -> 4;
        };
    }

    private String gapLabels(Action a) {
        Map<String, Scope> scopes = gaps.allScopesByKey();
        StringBuilder b = new StringBuilder();
        for (AssessmentKey k : a.gaps()) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(gaps.frameworkName(k.item().frameworkId())).append(' ').append(k.item().itemId())
                    .append(" @ ").append(Optional.ofNullable(scopes.get(k.scopeKey())).map(Scope::name)
                            .orElse(k.scopeKey()));
        }
        return b.toString();
    }

    static String signatureText(List<SignatureStatus> all) {
        if (all.isEmpty()) {
            return "";
        }
        SignatureStatus last = all.get(all.size() - 1);
        return last.valid() ? last.manifestation() : last.manifestation() + " — " + last.explanation();
    }

    private static MatrixRow matrixRow(GapRow r, Map<String, String> names, ZoneId zone, String signature, Mac mac,
            UUID exportId) {
        Assessment a = r.assessment();
        String status = a.status().label();
        String notes = a.needsReview() ? prefixDerived(a) : a.notes();
        String by = a.changedBy().map(u -> names.getOrDefault(u.value(), u.value()) + " (" + u.value() + ")")
                .orElse("");
        String at = a.changedAt().map(t -> WHEN.format(t.atZone(zone))).orElse("");
        String key = a.key().encoded();
        String requirement = r.item().statement();
        MatrixRow m = new MatrixRow(r.frameworkName(), r.item().itemId(), r.item().title(), requirement,
                r.linkedLabels(), r.scope().name(), status, a.evidence(), a.owner(),
                a.priority().map(Priority::label).orElse(""), a.due(), notes, by, at, signature, key, a.version(),
                "");
        String token = token(mac, exportId, key, a.version(), m);
        return new MatrixRow(m.framework(), m.id(), m.title(), m.requirement(), m.linkedControls(), m.scope(),
                m.status(), m.evidence(), m.owner(), m.priority(), m.due(), m.notes(), m.lastChangedBy(),
                m.lastChangedAt(), m.signature(), key, a.version(), token);
    }

    /** A derived result says so in the notes cell, where the owner filling in the matrix sees it. */
    static final String DERIVED_PREFIX = "[Derived from ";

    private static String prefixDerived(Assessment a) {
        return DERIVED_PREFIX + a.derivedFrom().orElseThrow() + " — needs review] " + a.notes();
    }

    private static String stripDerived(String notes) {
        if (notes.startsWith(DERIVED_PREFIX)) {
            int end = notes.indexOf("] ");
            if (end > 0) {
                return notes.substring(end + 2);
            }
            int close = notes.indexOf(']');
            if (close > 0) {
                return notes.substring(close + 1).strip();
            }
        }
        return notes;
    }

    // ---- tokens ----

    private static Mac mac(byte[] key) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key, "HmacSHA256"));
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private static String hmac(Mac mac, String... parts) {
        mac.reset();
        for (String p : parts) {
            byte[] b = p.getBytes(StandardCharsets.UTF_8);
            mac.update(new byte[] {(byte) (b.length >>> 24), (byte) (b.length >>> 16), (byte) (b.length >>> 8),
                (byte) b.length});
            mac.update(b);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(mac.doFinal(), 16));
    }

    /** "integrity.values": HMAC over export, key and version; HMAC over the editable cells as exported. */
    static String token(Mac mac, UUID exportId, String key, long version, MatrixRow row) {
        String integrity = hmac(mac, "row", exportId.toString(), key, Long.toString(version));
        List<String> cells = new ArrayList<>();
        cells.add("cells");
        cells.add(exportId.toString());
        cells.add(key);
        for (MatrixColumn c : EDITABLE) {
            cells.add(normalise(c, row.text(c)));
        }
        return integrity + "." + hmac(mac, cells.toArray(String[]::new));
    }

    /** Cell text as compared on import: trimmed, line ends unified (spreadsheet apps rewrite CR LF). */
    static String normalise(MatrixColumn c, String text) {
        String t = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (c == MatrixColumn.STATUS) {
            return AssessmentStatus.ofLabel(t).map(AssessmentStatus::label).orElse(t);
        }
        if (c == MatrixColumn.PRIORITY) {
            return Priority.ofLabel(t).map(Priority::label).orElse(t);
        }
        return t;
    }

    // ---- import ----

    /**
     * Reads a returned matrix and works out what it would change, without changing anything. Refuses, with a
     * message that says what to do, a file that is not a matrix of this workspace, has altered hidden columns, or
     * has invalid values (every problem row is listed, up to 20).
     */
    public MatrixImportPreview preview(Path file) {
        Path f = file.toAbsolutePath().normalize();
        String sha = sha256(f);
        ImportedMatrix im = workbooks.read(f);
        String format = im.meta().getOrDefault(MatrixWorkbook.META_FORMAT, "");
        if (!MatrixWorkbook.FORMAT_VERSION.equals(format)) {
            throw new MatrixFileException("This matrix was written in format '" + format + "', which this version of"
                    + " ComplianceBridge does not read. Import it with the version that exported it, or export a"
                    + " fresh matrix.");
        }
        String ws = im.meta().getOrDefault(MatrixWorkbook.META_WORKSPACE, "");
        if (!session.workspaceId().toString().equals(ws)) {
            throw new MatrixFileException("This matrix was exported from another workspace (ID " + ws + "), not from"
                    + " this one. Open that workspace to import it, or export a matrix from this workspace.");
        }
        UUID exportId;
        try {
            exportId = UUID.fromString(im.meta().getOrDefault(MatrixWorkbook.META_EXPORT, ""));
        } catch (IllegalArgumentException e) {
            throw new MatrixFileException("The matrix's hidden export ID is missing or altered, so its rows cannot be"
                    + " trusted. Export a fresh matrix and fill that in.");
        }
        MatrixExport export = session.writes().read(tx -> tx.actions().findExport(exportId)).orElseThrow(
                () -> new MatrixFileException("This workspace has no record of the export this matrix came from"
                        + " (export ID " + exportId + "). It may come from a restored older copy. Export a fresh"
                        + " matrix."));
        Mac mac = mac(export.tokenKey());
        Map<String, String> names = new HashMap<>();
        for (Account a : session.accounts()) {
            names.put(a.userId().value(), a.fullName());
        }
        Map<AssessmentKey, GapRow> current = new HashMap<>();
        GapModel model = gaps.model();
        Map<AssessmentKey, Integer> files = gaps.evidenceCounts();
        for (Scope sc : gaps.scopes()) {
            for (GapRow r : gaps.rows(model, sc, files)) {
                current.put(r.key(), r);
            }
        }
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<RowChange> changes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int unchanged = 0;
        for (ImportedMatrix.ImportedRow row : im.rows()) {
            String where = "Row " + row.sheetRow();
            long version;
            try {
                version = Long.parseLong(row.rowVersion().strip());
            } catch (NumberFormatException e) {
                errors.add(where + ": the hidden row version was altered.");
                continue;
            }
            String[] token = row.rowToken().split("\\.", -1);
            String key = row.rowKey().strip();
            if (token.length != 2 || !token[0].equals(hmac(mac, "row", exportId.toString(), key,
                    Long.toString(version)))) {
                errors.add(where + ": the hidden row key, version or token was altered or copied from another"
                        + " row.");
                continue;
            }
            if (!seen.add(key)) {
                errors.add(where + ": this row appears twice in the file (copied row).");
                continue;
            }
            AssessmentKey ak = AssessmentKey.parse(key);
            GapRow now = current.get(ak);
            String label = row.cell(MatrixColumn.FRAMEWORK) + " " + row.cell(MatrixColumn.ID) + " @ "
                    + row.cell(MatrixColumn.SCOPE);
            if (now == null) {
                warnings.add(where + " (" + label + "): no longer an applicable requirement of this workspace;"
                        + " skipped.");
                continue;
            }
            List<String> cellsInFile = new ArrayList<>();
            cellsInFile.add("cells");
            cellsInFile.add(exportId.toString());
            cellsInFile.add(key);
            for (MatrixColumn c : EDITABLE) {
                cellsInFile.add(normalise(c, row.cell(c)));
            }
            if (token[1].equals(hmac(mac, cellsInFile.toArray(String[]::new)))) {
                unchanged++;
                continue;
            }
            AssessmentChange proposed;
            try {
                proposed = parse(row, where);
                GapService.validated(proposed);
            } catch (InvalidInputException e) {
                errors.add(e.getMessage().startsWith(where) ? e.getMessage() : where + " (" + label + "): "
                        + e.getMessage());
                continue;
            }
            Assessment a = now.assessment();
            boolean conflict = a.version() != version;
            MatrixRow shown = matrixRow(now, names, session.zone(), "", mac, exportId);
            List<CellChange> cells = new ArrayList<>();
            for (MatrixColumn c : EDITABLE) {
                String before = c == MatrixColumn.NOTES ? a.notes() : normalise(c, shown.text(c));
                String after = normalise(c, row.cell(c));
                if (c == MatrixColumn.NOTES) {
                    after = stripDerived(after);
                    before = before.strip();
                }
                if (!before.equals(after)) {
                    cells.add(new CellChange(c, before, after));
                }
            }
            for (MatrixColumn c : MatrixColumn.values()) {
                if (!c.editable() && c != MatrixColumn.SIGNATURE && c != MatrixColumn.LAST_CHANGED_AT
                        && c != MatrixColumn.LAST_CHANGED_BY && !conflict
                        && !normalise(c, row.cell(c)).equals(normalise(c, shown.text(c)))) {
                    warnings.add(where + " (" + label + "): the read-only column '" + c.header() + "' was edited;"
                            + " that edit is ignored.");
                }
            }
            if (cells.isEmpty()) {
                unchanged++;
                continue;
            }
            changes.add(new RowChange(ak, row.sheetRow(), label, version, a.version(), conflict, proposed, cells));
        }
        if (!errors.isEmpty()) {
            StringBuilder b = new StringBuilder("Nothing was imported: " + errors.size() + " row"
                    + (errors.size() == 1 ? " has a problem" : "s have problems") + ". Correct the file and import it"
                    + " again.");
            for (String e : errors.subList(0, Math.min(MAX_ERRORS_SHOWN, errors.size()))) {
                b.append('\n').append(e);
            }
            if (errors.size() > MAX_ERRORS_SHOWN) {
                b.append("\n… and ").append(errors.size() - MAX_ERRORS_SHOWN).append(" more.");
            }
            throw new MatrixFileException(b.toString());
        }
        String exportedBy = names.getOrDefault(export.exportedBy().value(), export.exportedBy().value());
        return new MatrixImportPreview(f, sha, exportId.toString(), export.exportedAt(), exportedBy, im.rows().size(),
                unchanged, changes, warnings);
    }

    private static AssessmentChange parse(ImportedMatrix.ImportedRow row, String where) {
        String st = row.cell(MatrixColumn.STATUS);
        AssessmentStatus status = AssessmentStatus.ofLabel(st).orElseThrow(() -> new InvalidInputException(where
                + ", Status: '" + st.strip() + "' is not a status. Use one of: " + AssessmentStatus.allowedLabels()
                + "."));
        String pr = row.cell(MatrixColumn.PRIORITY).strip();
        Optional<Priority> priority = pr.isEmpty() ? Optional.empty() : Optional.of(Priority.ofLabel(pr).orElseThrow(
                () -> new InvalidInputException(where + ", Priority: '" + pr + "' is not a priority. Use High,"
                        + " Medium, Low or leave it empty.")));
        String d = row.cell(MatrixColumn.DUE).strip();
        Optional<LocalDate> due;
        try {
            due = d.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(d.length() > 10 ? d.substring(0, 10)
                    : d));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(where + ", Due: '" + d + "' is not a date. Write it as yyyy-mm-dd (e.g."
                    + " 2027-03-31) or leave it empty.");
        }
        return new AssessmentChange(status, clean(row.cell(MatrixColumn.EVIDENCE)), row.cell(MatrixColumn.OWNER),
                priority, due, stripDerived(clean(row.cell(MatrixColumn.NOTES))));
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** What applying a preview did. */
    public record Applied(int rowsChanged, int conflictsOverwritten, int conflictsSkipped) {
    }

    /**
     * Applies a preview in one transaction: every changed row gets an audit entry naming the file and its SHA-256.
     * Conflicting rows are applied only when {@code overwriteConflicts}. Refuses, applying nothing, if the file
     * changed since the preview or a row changed in the app since the preview.
     */
    public Applied apply(MatrixImportPreview preview, boolean overwriteConflicts) {
        return apply(preview, overwriteConflicts, ProgressMonitor.NONE);
    }

    /**
     * As {@link #apply(MatrixImportPreview, boolean)}, reporting progress after every 1,000 rows. Cancelling (checked
     * at the same points) rolls the whole import back: nothing is changed and no audit entry is written.
     *
     * @throws CancellationException when {@code monitor} was cancelled
     */
    public Applied apply(MatrixImportPreview preview, boolean overwriteConflicts, ProgressMonitor monitor) {
        String sha = sha256(preview.file());
        if (!sha.equals(preview.sha256())) {
            throw new MatrixFileException("The file changed since the preview (its SHA-256 is different). Nothing was"
                    + " imported: preview it again.");
        }
        String reason = "imported from compliance matrix " + preview.file().getFileName() + " (SHA-256 " + sha
                + ", export " + preview.exportId() + ")";
        int total = preview.changes().size();
        return session.writes().write(session.actor(), ctx -> {
            int applied = 0;
            int overwritten = 0;
            int skipped = 0;
            List<Assessment> batch = new ArrayList<>();
            List<AuditDraft> drafts = new ArrayList<>();
            // One read per scope instead of one per row.
            Map<AssessmentKey, Assessment> stored = new HashMap<>();
            for (String scopeKey : preview.changes().stream().map(rc -> rc.key().scopeKey()).distinct().toList()) {
                for (Assessment a : ctx.tx().assessments().inScope(scopeKey)) {
                    stored.put(a.key(), a);
                }
            }
            for (RowChange rc : preview.changes()) {
                if (rc.conflict() && !overwriteConflicts) {
                    skipped++;
                    continue;
                }
                Assessment before = stored.getOrDefault(rc.key(), Assessment.notAssessed(rc.key()));
                if (before.version() != rc.currentVersion()) {
                    throw new InvalidInputException("Row " + rc.sheetRow() + " (" + rc.label() + ") was changed in"
                            + " the app after the preview. Nothing was imported: preview the file again.");
                }
                Assessment after = new Assessment(rc.key(), rc.newContent().status(), rc.newContent().evidence(),
                        rc.newContent().owner(), rc.newContent().priority(), rc.newContent().due(),
                        rc.newContent().notes(), Optional.empty(), before.version() + 1,
                        Optional.of(session.clock().instant()), Optional.of(session.account().userId()));
                batch.add(after);
                drafts.add(AuditDraft.of(AuditEventType.ASSESSMENT_CHANGED, GapService.RECORD_TYPE,
                        rc.key().encoded(), GapService.describe(before), GapService.describe(after))
                        .withReason(reason + (rc.conflict() ? "; conflict overwritten" : "")));
                applied++;
                if (rc.conflict()) {
                    overwritten++;
                }
                if (batch.size() == 1_000) {
                    // Written in chunks inside the one transaction: memory stays flat at 100,000 rows.
                    ctx.recordAll(drafts);
                    ctx.tx().assessments().saveAll(batch);
                    drafts.clear();
                    batch.clear();
                    if (monitor.cancelled()) {
                        // Thrown inside the unit: the transaction, audit entries included, is rolled back.
                        throw new CancellationException("Import cancelled; nothing was changed.");
                    }
                    monitor.progress((double) (applied + skipped) / total, String.format(Locale.ROOT,
                            "Applying the matrix: %,d of %,d changed rows…", applied + skipped, total));
                }
            }
            ctx.recordAll(drafts);
            ctx.tx().assessments().saveAll(batch);
            if (monitor.cancelled()) {
                throw new CancellationException("Import cancelled; nothing was changed.");
            }
            if (applied > 0) {
                monitor.progress(1.0, String.format(Locale.ROOT, "Saving %,d changed rows to the workspace…",
                        applied));
            }
            ctx.record(AuditDraft.of(AuditEventType.COMPLIANCE_MATRIX_IMPORTED, RECORD_TYPE, preview.exportId(), null,
                    AuditValues.json(AuditValues.of("file", preview.file().toString(), "sha256", sha, "rowsRead",
                            preview.rowsRead(), "rowsChanged", applied, "conflictsOverwritten", overwritten,
                            "conflictsSkipped", skipped))).withReason(reason));
            return new Applied(applied, overwritten, skipped);
        });
    }

    private static String sha256(Path f) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return java.util.HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new MatrixFileException("The file " + f + " does not exist. Choose the returned matrix again.");
        } catch (IOException e) {
            throw new MatrixFileException("Could not read " + f.getFileName() + ": " + e.getMessage() + ". If it is"
                    + " open in Excel or LibreOffice, close it and try again.", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
