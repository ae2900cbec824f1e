package org.compliancebridge.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.Canonical;
import org.compliancebridge.domain.Hash;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.StorageException;
import org.compliancebridge.domain.gap.Action;
import org.compliancebridge.domain.gap.Assessment;
import org.compliancebridge.domain.gap.AssessmentChange;
import org.compliancebridge.domain.gap.AssessmentKey;
import org.compliancebridge.domain.gap.AssessmentStatus;
import org.compliancebridge.domain.gap.CarryOverCandidate;
import org.compliancebridge.domain.gap.EvidenceFile;
import org.compliancebridge.domain.gap.GapRow;
import org.compliancebridge.domain.gap.GapRow.LinkedItem;
import org.compliancebridge.domain.gap.GapSummary;
import org.compliancebridge.domain.gap.MergedGap;
import org.compliancebridge.domain.gap.Priority;
import org.compliancebridge.domain.gap.Scope;
import org.compliancebridge.domain.landscape.CatalogueItem;
import org.compliancebridge.domain.landscape.ComputerisedSystem;
import org.compliancebridge.domain.landscape.ItemRef;
import org.compliancebridge.domain.landscape.Relationship;
import org.compliancebridge.domain.port.Transaction;

/**
 * Step 2, gap analysis: assessing every applicable requirement per scope (the organisation or one computerised
 * system), evidence files, carrying results over through the crosswalk (marked for review, never silently), the
 * merged gap view and the figures behind the dashboard. Every change is one audited unit with old and new values.
 */
public final class GapService {
    public static final String RECORD_TYPE = "ASSESSMENT";
    /** Signable: the gap assessment of one scope (record ID = scope key). */
    public static final String SIGNED_RECORD_TYPE = "GAP_ASSESSMENT";
    public static final String EVIDENCE_RECORD_TYPE = "EVIDENCE_FILE";
    /** Largest evidence file accepted (kept inside the encrypted workspace). */
    public static final long MAX_EVIDENCE_BYTES = 50L * 1024 * 1024;
    static final int MAX_TEXT = 32_000;

    private final Session session;
    private final CatalogueService catalogues;
    private final ApplicabilityService applicability;

    public GapService(Session session, CatalogueService catalogues, ApplicabilityService applicability) {
        this.session = session;
        this.catalogues = catalogues;
        this.applicability = applicability;
    }

    Session session() {
        return session;
    }

    /** The organisation, then every active system of the inventory by name. */
    public List<Scope> scopes() {
        List<Scope> out = new ArrayList<>();
        out.add(Scope.organisation());
        for (ComputerisedSystem s : session.writes().read(tx -> tx.systems().all())) {
            if (s.active()) {
                out.add(Scope.system(s.systemId(), s.name()));
            }
        }
        return out;
    }

    /** Every scope ever used (retired systems too), for naming old assessments. */
    Map<String, Scope> allScopesByKey() {
        Map<String, Scope> out = new LinkedHashMap<>();
        out.put(Scope.ORGANISATION_KEY, Scope.organisation());
        for (ComputerisedSystem s : session.writes().read(tx -> tx.systems().all())) {
            Scope sc = Scope.system(s.systemId(), s.active() ? s.name() : s.name() + " (retired)");
            out.put(sc.key(), sc);
        }
        return out;
    }

    /** Finds a scope by its name as shown ("Organisation", a system name; case ignored) or its key. */
    public Scope scope(String nameOrKey) {
        for (Scope s : scopes()) {
            if (s.name().equalsIgnoreCase(nameOrKey.strip()) || s.key().equalsIgnoreCase(nameOrKey.strip())) {
                return s;
            }
        }
        throw new InvalidInputException("There is no scope called '" + nameOrKey + "'. Use \"Organisation\" or the"
                + " name of an active system of the inventory: " + scopes().stream().map(Scope::name)
                .collect(Collectors.joining(", ")) + ".");
    }

    /** Frameworks confirmed as applicable in step 1, in catalogue order. */
    public List<String> frameworks() {
        return applicability.confirmedFrameworks();
    }

    /**
     * The requirement model (applicable items, sections, crosswalk links), built once and reused while the audit trail
     * shows only changes that cannot affect it: every change to catalogues, the crosswalk or the confirmed frameworks
     * is an audited write with another record type, and any such entry (or more than {@value #MODEL_REUSE_SCAN}
     * entries to check) rebuilds it. Building reads every applicable item: 5-7 ms for the demo's 367 requirements,
     * far more at 10,000, and it ran twice per status key.
     */
    GapModel model() {
        Memo m = memo;
        if (m != null) {
            long[] head = {0};
            boolean reusable = session.writes().read(tx -> {
                head[0] = tx.audit().head().map(AuditEntry::seq).orElse(0L);
                if (head[0] == m.auditSeq()) {
                    return true;
                }
                if (head[0] - m.auditSeq() > MODEL_REUSE_SCAN) {
                    return false;
                }
                return tx.audit().readFrom(m.auditSeq() + 1, MODEL_REUSE_SCAN).stream()
                        .allMatch(e -> MODEL_NEUTRAL.contains(e.recordType()));
            });
            if (reusable) {
                memo = new Memo(m.model(), head[0]);
                return m.model();
            }
        }
        long seq = session.writes().read(tx -> tx.audit().head().map(AuditEntry::seq).orElse(0L));
        List<String> frameworks = frameworks();
        GapModel built = session.writes().read(tx -> {
            List<CatalogueItem> items = new ArrayList<>();
            for (String f : frameworks) {
                items.addAll(tx.catalogues().items(f));
            }
            return GapModel.build(tx.catalogues().catalogues(), frameworks, items, tx.crosswalk().active());
        });
        // Stamped with the head read before building: a change made meanwhile is seen (and rebuilt) next time.
        memo = new Memo(built, seq);
        return built;
    }

    private record Memo(GapModel model, long auditSeq) {
    }

    private static final int MODEL_REUSE_SCAN = 200;
    /** Record types of audited changes that never change the requirement model. */
    private static final Set<String> MODEL_NEUTRAL = Set.of(RECORD_TYPE, EVIDENCE_RECORD_TYPE, SIGNED_RECORD_TYPE,
            ActionService.RECORD_TYPE, ActionService.PLAN_RECORD_TYPE, GapReportService.RECORD_TYPE,
            MatrixService.RECORD_TYPE, "SESSION");
    private volatile Memo memo;

    /** Short name of a framework ("Part 11", "ISO 27001", ...). */
    public String frameworkName(String frameworkId) {
        return catalogues.catalogues().stream().filter(c -> c.frameworkId().equals(frameworkId)).findFirst()
                .map(GapModel::shortName).orElse(frameworkId);
    }

    /** The assessment grid of one scope: every applicable requirement, in catalogue order. */
    public List<GapRow> rows(Scope scope) {
        return rows(model(), scope, evidenceCounts());
    }

    /** Active evidence files per assessment. */
    Map<AssessmentKey, Integer> evidenceCounts() {
        Map<AssessmentKey, Integer> files = new HashMap<>();
        for (EvidenceFile f : session.writes().read(tx -> tx.assessments().allEvidence())) {
            files.merge(f.assessment(), 1, Integer::sum);
        }
        return files;
    }

    /** The grid of one scope from a model built once (exports walk many scopes with one model). */
    List<GapRow> rows(GapModel m, Scope scope, Map<AssessmentKey, Integer> files) {
        Map<AssessmentKey, Assessment> stored = new HashMap<>();
        for (Assessment a : session.writes().read(tx -> tx.assessments().inScope(scope.key()))) {
            stored.put(a.key(), a);
        }
        List<GapRow> out = new ArrayList<>(m.items.size());
        for (CatalogueItem i : m.items) {
            AssessmentKey k = new AssessmentKey(i.ref(), scope.key());
            out.add(row(m, i, scope, stored.getOrDefault(k, Assessment.notAssessed(k)), files.getOrDefault(k, 0)));
        }
        return out;
    }

    /** Rows of every scope (organisation first), for the matrix, the report and the merged gap view. */
    public List<GapRow> allRows() {
        List<GapRow> out = new ArrayList<>();
        GapModel m = model();
        Map<AssessmentKey, Integer> files = evidenceCounts();
        for (Scope s : scopes()) {
            out.addAll(rows(m, s, files));
        }
        return out;
    }

    /** One grid row, read fresh. */
    public GapRow row(AssessmentKey key) {
        GapModel m = model();
        CatalogueItem item = m.item(key.item()).orElseThrow(() -> new InvalidInputException(
                key.item() + " is not an applicable requirement of this workspace."));
        Scope scope = allScopesByKey().get(key.scopeKey());
        if (scope == null) {
            throw new InvalidInputException("Unknown scope " + key.scopeKey() + ".");
        }
        Assessment a = assessment(key);
        int files = (int) session.writes().read(tx -> tx.assessments().evidence(key)).stream()
                .filter(EvidenceFile::active).count();
        return row(m, item, scope, a, files);
    }

    private static GapRow row(GapModel m, CatalogueItem i, Scope scope, Assessment a, int files) {
        return new GapRow(i, m.name(i.frameworkId()), m.sections.getOrDefault(i.ref(), ""), scope, a,
                m.linksOf(i.ref()), files);
    }

    public Assessment assessment(AssessmentKey key) {
        return session.writes().read(tx -> tx.assessments().find(key)).orElse(Assessment.notAssessed(key));
    }

    /** Checks a change; the first problem is reported with the field it concerns. */
    public static AssessmentChange validated(AssessmentChange c) {
        if (c.status() == null) {
            throw new InvalidInputException("Choose a status.");
        }
        if (c.status() == AssessmentStatus.NOT_APPLICABLE && c.notes().isBlank()) {
            throw new InvalidInputException("\"Not applicable\" needs a justification: write why in Notes.");
        }
        requireLength(c.evidence(), "evidence", MAX_TEXT);
        requireLength(c.notes(), "notes", MAX_TEXT);
        requireLength(c.owner(), "owner", 200);
        c.due().ifPresent(d -> {
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                throw new InvalidInputException("The due date " + d + " is not plausible: use a date between 2000"
                        + " and 2100.");
            }
        });
        return c;
    }

    static void requireLength(String s, String what, int max) {
        if (s.length() > max) {
            throw new InvalidInputException("The " + what + " can have at most " + max + " characters (it has "
                    + s.length() + ").");
        }
    }

    /**
     * Records a person's assessment. {@code expectedVersion} is the version the person saw: if someone changed it
     * meanwhile, nothing is written and the message says so. A derived result becomes confirmed by any human edit.
     */
    public Assessment record(AssessmentKey key, AssessmentChange change, long expectedVersion) {
        AssessmentChange c = validated(change);
        requireApplicable(key);
        return session.writes().write(session.actor(), ctx -> {
            Assessment before = ctx.tx().assessments().find(key).orElse(Assessment.notAssessed(key));
            if (before.version() != expectedVersion) {
                throw new InvalidInputException(changedMeanwhile(before));
            }
            if (before.content().equals(c) && before.derivedFrom().isEmpty()) {
                return before;
            }
            Assessment after = next(before, c, Optional.empty());
            ctx.tx().assessments().save(after);
            ctx.record(AuditDraft.of(before.derivedFrom().isPresent() && before.content().equals(c)
                    ? AuditEventType.ASSESSMENT_DERIVATION_CONFIRMED : AuditEventType.ASSESSMENT_CHANGED,
                    RECORD_TYPE, key.encoded(), describe(before), describe(after)));
            return after;
        });
    }

    /** Sets only the status (digits 1-5 in the grid and in workshop mode). */
    public Assessment setStatus(AssessmentKey key, AssessmentStatus status, long expectedVersion) {
        Assessment now = assessment(key);
        return record(key, now.content().withStatus(status), expectedVersion);
    }

    /** Confirms a result that was carried over through the crosswalk, as it is. */
    public Assessment confirmDerived(AssessmentKey key, long expectedVersion) {
        Assessment now = assessment(key);
        if (now.derivedFrom().isEmpty()) {
            throw new InvalidInputException("This result was entered by a person; there is nothing to confirm.");
        }
        return record(key, now.content(), expectedVersion);
    }

    private Assessment next(Assessment before, AssessmentChange c, Optional<ItemRef> derivedFrom) {
        return new Assessment(before.key(), c.status(), c.evidence(), c.owner(), c.priority(), c.due(), c.notes(),
                derivedFrom, before.version() + 1, Optional.of(session.clock().instant()),
                Optional.of(session.account().userId()));
    }

    static String changedMeanwhile(Assessment now) {
        return "This assessment was changed meanwhile" + now.changedBy().map(u -> " by " + u.value()).orElse("")
                + " (now " + now.status().label() + "). Reload it and enter your change again.";
    }

    private void requireApplicable(AssessmentKey key) {
        GapModel m = model();
        if (m.item(key.item()).isEmpty()) {
            throw new InvalidInputException(key.item() + " is not an applicable, assessable requirement: confirm its"
                    + " framework in step 1 first.");
        }
        if (!allScopesByKey().containsKey(key.scopeKey())) {
            throw new InvalidInputException("Unknown scope " + key.scopeKey() + ".");
        }
    }

    /**
     * Linked requirements the result of {@code source} may be carried over to: linked as equal, or the source being a
     * superset of them (meeting the source means meeting them), in applicable frameworks. A gap carries over only to
     * equal items: a superset that is not met says nothing about the narrower item.
     */
    public List<CarryOverCandidate> carryOverCandidates(AssessmentKey source) {
        GapModel m = model();
        Assessment a = assessment(source);
        if (!a.status().isAssessed()) {
            return List.of();
        }
        List<CarryOverCandidate> out = new ArrayList<>();
        Set<ItemRef> seen = new HashSet<>();
        for (LinkedItem l : m.linksOf(source.item())) {
            ItemRef target = new ItemRef(l.frameworkId(), l.itemId());
            boolean carries = l.relationship() == Relationship.EQUAL || (l.relationship() == Relationship.SUPERSET
                    && a.status() == AssessmentStatus.COMPLIANT);
            if (!carries || m.item(target).isEmpty() || !seen.add(target)) {
                continue;
            }
            AssessmentKey k = new AssessmentKey(target, source.scopeKey());
            out.add(new CarryOverCandidate(k, l.frameworkName(), l.title(), l.relationship(), assessment(k)));
        }
        return out;
    }

    /**
     * Carries the result of {@code source} over to the chosen targets, each marked "derived from source — needs
     * review" until a person confirms it. One audited unit; every target gets its own entry.
     */
    public List<Assessment> carryOver(AssessmentKey source, List<AssessmentKey> targets) {
        Map<AssessmentKey, CarryOverCandidate> allowed = new HashMap<>();
        for (CarryOverCandidate c : carryOverCandidates(source)) {
            allowed.put(c.target(), c);
        }
        for (AssessmentKey t : targets) {
            if (!allowed.containsKey(t)) {
                throw new InvalidInputException("The result of " + source.item() + " cannot be carried over to "
                        + t.item() + ": they are not linked as equal (or superset, for a compliant result).");
            }
        }
        if (targets.isEmpty()) {
            throw new InvalidInputException("Choose at least one linked requirement to carry the result over to.");
        }
        Assessment src = assessment(source);
        return session.writes().write(session.actor(), ctx -> {
            List<Assessment> out = new ArrayList<>();
            for (AssessmentKey t : targets) {
                Assessment before = ctx.tx().assessments().find(t).orElse(Assessment.notAssessed(t));
                String evidence = src.evidence().isBlank() ? "" : src.evidence();
                String notes = "Carried over from " + source.item() + " (" + allowed.get(t).relationship().phrase()
                        + " → this item)." + (src.notes().isBlank() ? "" : " " + src.notes());
                AssessmentChange c = new AssessmentChange(src.status(), evidence, src.owner(), src.priority(),
                        src.due(), notes.length() > MAX_TEXT ? notes.substring(0, MAX_TEXT) : notes);
                Assessment after = next(before, c, Optional.of(source.item()));
                ctx.tx().assessments().save(after);
                ctx.record(AuditDraft.of(AuditEventType.ASSESSMENT_DERIVED, RECORD_TYPE, t.encoded(),
                        describe(before), describe(after)).withReason("carried over from " + source.encoded()
                        + " through the crosswalk; needs review"));
                out.add(after);
            }
            return out;
        });
    }

    // ---- evidence files ----

    public List<EvidenceFile> evidenceFiles(AssessmentKey key) {
        return session.writes().read(tx -> tx.assessments().evidence(key));
    }

    /** Copies a file into the encrypted workspace as evidence of an assessment, with its SHA-256. */
    public EvidenceFile attachEvidence(AssessmentKey key, Path file) {
        requireApplicable(key);
        byte[] content;
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException("'" + file + "' is not a file. Choose a document, image or export.");
            }
            long size = Files.size(file);
            if (size > MAX_EVIDENCE_BYTES) {
                throw new InvalidInputException("'" + file.getFileName() + "' is " + (size >> 20) + " MB; evidence"
                        + " files can be at most " + (MAX_EVIDENCE_BYTES >> 20) + " MB. Attach an extract or keep"
                        + " the file in your document system and reference it in Evidence.");
            }
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StorageException("Could not read '" + file.getFileName() + "': " + e.getMessage()
                    + ". Check that it exists and is not locked by another program.", e);
        }
        String name = file.getFileName().toString();
        String sha = Hash.sha256(content).hex();
        return session.writes().write(session.actor(), ctx -> {
            EvidenceFile f = new EvidenceFile(UUID.randomUUID(), key, name, content.length, sha,
                    session.clock().instant(), session.account().userId(), true);
            ctx.tx().assessments().insertEvidence(f, content);
            ctx.record(AuditDraft.of(AuditEventType.EVIDENCE_FILE_ATTACHED, RECORD_TYPE, key.encoded(), null,
                    AuditValues.json(AuditValues.of("fileId", f.fileId().toString(), "fileName", name, "bytes",
                            content.length, "sha256", sha))));
            return f;
        });
    }

    /** Marks an evidence file removed (it stays in the workspace and in the audit trail). */
    public void removeEvidence(UUID fileId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("Give the reason for removing the evidence file; it is recorded in the"
                    + " audit trail.");
        }
        session.writes().write(session.actor(), ctx -> {
            EvidenceFile f = ctx.tx().assessments().findEvidence(fileId).filter(EvidenceFile::active)
                    .orElseThrow(() -> new InvalidInputException("This evidence file was removed meanwhile."));
            ctx.tx().assessments().retireEvidence(fileId);
            ctx.record(AuditDraft.of(AuditEventType.EVIDENCE_FILE_REMOVED, RECORD_TYPE, f.assessment().encoded(),
                    AuditValues.json(AuditValues.of("fileId", fileId.toString(), "fileName", f.fileName(), "sha256",
                            f.sha256())), null).withReason(reason.strip()));
            return null;
        });
    }

    /** Writes an evidence file out (checking its SHA-256 first), audited as an export. */
    public Path exportEvidence(UUID fileId, Path target) {
        EvidenceFile f = session.writes().read(tx -> tx.assessments().findEvidence(fileId)).orElseThrow(
                () -> new InvalidInputException("No such evidence file."));
        byte[] content = session.writes().read(tx -> tx.assessments().evidenceContent(fileId));
        if (!Hash.sha256(content).hex().equals(f.sha256())) {
            throw new StorageException("The stored copy of '" + f.fileName() + "' no longer matches its SHA-256;"
                    + " it was not written out. Verify the workspace and restore it from a backup.");
        }
        FileExport.write(session, target, out -> out.write(content), (size, sha) -> AuditDraft.of(
                AuditEventType.EVIDENCE_FILE_EXPORTED, RECORD_TYPE, f.assessment().encoded(), null,
                AuditValues.json(AuditValues.of("fileId", fileId.toString(), "fileName", f.fileName(), "sha256",
                        f.sha256(), "target", FileExport.checkedTarget(target).toString()))));
        return target;
    }

    // ---- gap view and figures ----

    /**
     * Every gap (partially or not compliant) of the given scope, or of all scopes, merged through the crosswalk: gaps
     * of one scope linked to each other form one entry, anchored on the ISMS control when there is one.
     */
    public List<MergedGap> mergedGaps(Optional<Scope> only, List<Action> actions) {
        List<GapRow> rows = new ArrayList<>();
        for (Scope s : only.map(List::of).orElseGet(this::scopes)) {
            rows.addAll(rows(s));
        }
        return merge(rows, actions);
    }

    static List<MergedGap> merge(List<GapRow> rows, List<Action> actions) {
        Map<AssessmentKey, GapRow> gaps = new LinkedHashMap<>();
        for (GapRow r : rows) {
            if (r.assessment().status().isGap()) {
                gaps.put(r.key(), r);
            }
        }
        Map<AssessmentKey, List<String>> actionRefs = new HashMap<>();
        for (Action a : actions) {
            for (AssessmentKey k : a.gaps()) {
                actionRefs.computeIfAbsent(k, x -> new ArrayList<>()).add(a.reference());
            }
        }
        Set<AssessmentKey> done = new HashSet<>();
        List<MergedGap> out = new ArrayList<>();
        for (GapRow start : gaps.values()) {
            if (done.contains(start.key())) {
                continue;
            }
            List<GapRow> component = new ArrayList<>();
            List<GapRow> todo = new ArrayList<>(List.of(start));
            done.add(start.key());
            while (!todo.isEmpty()) {
                GapRow r = todo.remove(todo.size() - 1);
                component.add(r);
                for (LinkedItem l : r.links()) {
                    AssessmentKey k = new AssessmentKey(new ItemRef(l.frameworkId(), l.itemId()), r.scope().key());
                    GapRow other = gaps.get(k);
                    if (other != null && done.add(k)) {
                        todo.add(other);
                    }
                }
            }
            component.sort(Comparator.comparingInt(GapService::anchorRank).thenComparing(r -> r.item().sortOrder()));
            GapRow anchor = component.get(0);
            List<GapRow> rest = component.subList(1, component.size());
            Optional<Priority> prio = component.stream().map(r -> r.assessment().priority()).flatMap(Optional::stream)
                    .min(Comparator.naturalOrder());
            Optional<LocalDate> due = component.stream().map(r -> r.assessment().due()).flatMap(Optional::stream)
                    .min(Comparator.naturalOrder());
            List<String> refs = component.stream().flatMap(r -> actionRefs.getOrDefault(r.key(), List.of()).stream())
                    .distinct().sorted().toList();
            out.add(new MergedGap(anchor.scope(), anchor, rest, prio, due, refs));
        }
        out.sort(Comparator.comparing((MergedGap g) -> g.priority().map(Enum::ordinal).orElse(9))
                .thenComparing(g -> -g.all().size()));
        return out;
    }

    /** ISMS controls anchor a merged gap (one control, many requirements), then Part 11, then the rest. */
    private static int anchorRank(GapRow r) {
        return switch (r.item().frameworkId()) {
            case ApplicabilityService.ISO27001 -> 0;
            case ApplicabilityService.PART11 -> 1;
            case ApplicabilityService.ANNEX11 -> 2;
            default -> 3;
        };
    }

    /** Figures per framework and scope, gaps per section (heat map) and action counts. */
    public GapSummary summary(List<Action> actions) {
        return summarise(allRows(), actions, session.clock().instant().atZone(session.zone()).toLocalDate());
    }

    static GapSummary summarise(List<GapRow> rows, List<Action> actions, LocalDate today) {
        Map<String, GapSummary.Cell> cells = new LinkedHashMap<>();
        Map<String, int[]> sections = new LinkedHashMap<>();
        Map<String, GapRow> sectionSample = new HashMap<>();
        int derived = 0;
        for (GapRow r : rows) {
            String k = r.item().frameworkId() + "\u0000" + r.scope().key();
            GapSummary.Cell c = cells.get(k);
            GapSummary.Counts counts = (c == null ? GapSummary.Counts.ZERO : c.counts()).plus(
                    r.assessment().status());
            cells.put(k, new GapSummary.Cell(r.item().frameworkId(), r.frameworkName(), r.scope(), counts));
            String sk = r.item().frameworkId() + "\u0000" + r.section();
            int[] s = sections.computeIfAbsent(sk, x -> new int[4]);
            sectionSample.putIfAbsent(sk, r);
            if (r.assessment().status() != AssessmentStatus.NOT_APPLICABLE) {
                s[2]++;
            }
            if (r.assessment().status().isGap()) {
                s[0]++;
            }
            if (r.assessment().status() == AssessmentStatus.NOT_COMPLIANT) {
                s[1]++;
            }
            if (r.assessment().status().isAssessed() && r.assessment().status() != AssessmentStatus.NOT_APPLICABLE) {
                s[3]++;
            }
            if (r.assessment().needsReview()) {
                derived++;
            }
        }
        List<GapSummary.SectionCell> sectionCells = new ArrayList<>();
        sections.forEach((k, v) -> {
            GapRow sample = sectionSample.get(k);
            sectionCells.add(new GapSummary.SectionCell(sample.item().frameworkId(), sample.frameworkName(),
                    sample.section(), v[0], v[1], v[3], v[2]));
        });
        int open = 0;
        int overdue = 0;
        for (Action a : actions) {
            if (!a.status().isClosed()) {
                open++;
            }
            if (a.overdue(today)) {
                overdue++;
            }
        }
        return new GapSummary(List.copyOf(cells.values()), sectionCells, open, overdue, derived);
    }

    // ---- audit values and signatures ----

    static String describe(Assessment a) {
        return AuditValues.json(AuditValues.of("status", a.status().label(), "evidence", a.evidence(), "owner",
                a.owner(), "priority", a.priority().map(Priority::label).orElse(null), "due",
                a.due().map(LocalDate::toString).orElse(null), "notes", a.notes(), "derivedFrom",
                a.derivedFrom().map(ItemRef::toString).orElse(null), "version", a.version()));
    }

    /**
     * The content a signature of one scope's gap assessment covers: every stored assessment of the scope, in key
     * order, with all its fields and the SHA-256 of its active evidence files (version 1).
     */
    static byte[] signedContent(Transaction tx, String scopeKey) {
        Canonical c = Canonical.of(SIGNED_RECORD_TYPE, 1).text(scopeKey);
        List<Assessment> all = new ArrayList<>(tx.assessments().inScope(scopeKey));
        all.sort(Comparator.comparing(a -> a.key().encoded()));
        Map<AssessmentKey, List<String>> files = new HashMap<>();
        for (EvidenceFile f : tx.assessments().allEvidence()) {
            files.computeIfAbsent(f.assessment(), k -> new ArrayList<>()).add(f.sha256());
        }
        c.number(all.size());
        for (Assessment a : all) {
            c.text(a.key().encoded()).text(a.status().name()).text(a.evidence()).text(a.owner())
                    .text(a.priority().map(Enum::name).orElse("")).text(a.due().map(LocalDate::toString).orElse(""))
                    .text(a.notes()).text(a.derivedFrom().map(ItemRef::toString).orElse(""));
            List<String> hashes = files.getOrDefault(a.key(), List.of()).stream().sorted().toList();
            c.number(hashes.size());
            hashes.forEach(c::text);
        }
        return c.toBytes();
    }
}
