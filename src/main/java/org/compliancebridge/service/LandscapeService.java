package org.compliancebridge.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.OrganisationProfile;
import org.compliancebridge.domain.RecordRef;
import org.compliancebridge.domain.StorageException;
import org.compliancebridge.domain.landscape.Catalogue;
import org.compliancebridge.domain.landscape.CatalogueItem;
import org.compliancebridge.domain.landscape.ComputerisedSystem;
import org.compliancebridge.domain.landscape.CoverageStatus;
import org.compliancebridge.domain.landscape.CrosswalkLink;
import org.compliancebridge.domain.landscape.FrameworkDecision;
import org.compliancebridge.domain.landscape.FrameworkProposal;
import org.compliancebridge.domain.landscape.ImportCancelledException;
import org.compliancebridge.domain.landscape.ItemCoverage;
import org.compliancebridge.domain.landscape.ItemKind;
import org.compliancebridge.domain.landscape.Market;
import org.compliancebridge.domain.landscape.Origin;
import org.compliancebridge.domain.landscape.ProgressMonitor;
import org.compliancebridge.domain.landscape.Relationship;
import org.compliancebridge.domain.landscape.Sector;
import org.compliancebridge.domain.port.ReportWriter;
import org.compliancebridge.domain.report.ReportDocument;
import org.compliancebridge.domain.report.ReportDocument.Block;
import org.compliancebridge.domain.report.ReportDocument.Column;
import org.compliancebridge.domain.report.ReportDocument.Field;
import org.compliancebridge.domain.report.ReportDocument.Fields;
import org.compliancebridge.domain.report.ReportDocument.Heading;
import org.compliancebridge.domain.report.ReportDocument.Paragraph;
import org.compliancebridge.domain.report.ReportDocument.Row;
import org.compliancebridge.domain.report.ReportDocument.RowStyle;
import org.compliancebridge.domain.report.ReportDocument.Table;

/**
 * Step 1 as a whole: its progress for the dashboard, and the regulatory landscape document (organisation profile,
 * system inventory, applicable frameworks with reasons, per-framework summaries, crosswalk summary and coverage,
 * revision block and signature manifestation). Exports are recorded in the audit trail with the file's SHA-256.
 */
public final class LandscapeService {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final Set<String> HISTORY_EVENTS = Set.of(AuditEventType.ORGANISATION_CHANGED.name(),
            AuditEventType.COMPUTERISED_SYSTEM_ADDED.name(), AuditEventType.COMPUTERISED_SYSTEM_CHANGED.name(),
            AuditEventType.COMPUTERISED_SYSTEM_RETIRED.name(), AuditEventType.FRAMEWORK_DECISION_CONFIRMED.name(),
            AuditEventType.CATALOGUE_IMPORTED.name(), AuditEventType.CATALOGUE_REPLACED.name(),
            AuditEventType.CROSSWALK_LINK_ADDED.name(), AuditEventType.CROSSWALK_LINK_CHANGED.name(),
            AuditEventType.CROSSWALK_LINK_RETIRED.name(), AuditEventType.LANDSCAPE_DOCUMENT_EXPORTED.name());
    public static final String RECORD_TYPE = "LANDSCAPE_DOCUMENT";
    private final Session session;
    private final CatalogueService catalogues;
    private final ApplicabilityService applicability;
    private final SystemInventoryService systems;
    private final CrosswalkService crosswalk;
    private final ReportWriter writer;

    public LandscapeService(Session session, CatalogueService catalogues, ReportWriter writer) {
        this.session = session;
        this.catalogues = catalogues;
        this.applicability = new ApplicabilityService(session, catalogues);
        this.systems = new SystemInventoryService(session);
        this.crosswalk = new CrosswalkService(session);
        this.writer = writer;
    }

    /** What is still missing from the organisation profile for it to be complete (empty when complete). */
    public static List<String> missingFromProfile(OrganisationProfile p) {
        List<String> missing = new ArrayList<>();
        if (p.employees().isEmpty()) {
            missing.add("number of employees");
        }
        if (p.sites().isBlank()) {
            missing.add("sites");
        }
        if (Sector.parse(p.sectors()).isEmpty()) {
            missing.add("sectors");
        }
        if (Market.parse(p.markets()).isEmpty()) {
            missing.add("markets");
        }
        return missing;
    }

    /** Step 1's progress, as the dashboard shows it. */
    public record Progress(boolean profileComplete, List<String> profileMissing, int activeSystems,
            int part11Systems, ApplicabilityService.Status frameworks, int catalogues, int items) {
        /** One line for the dashboard. */
        public String summary() {
            String profile = profileComplete ? "profile complete" : "profile incomplete (" + String.join(", ",
                    profileMissing) + ")";
            String fw = switch (frameworks.state()) {
                case NOT_CONFIRMED -> "frameworks not confirmed";
                case CONFIRMED -> frameworks.applicableCount() + " frameworks confirmed";
                case NEEDS_REVIEW -> "framework selection needs review";
            };
            return profile + " · " + activeSystems + " system" + (activeSystems == 1 ? "" : "s") + " · " + fw;
        }

        public boolean done() {
            return profileComplete && activeSystems > 0
                    && frameworks.state() == ApplicabilityService.State.CONFIRMED;
        }
    }

    public Progress progress() {
        OrganisationProfile p = session.writes().read(tx -> tx.organisation().get());
        List<ComputerisedSystem> active = systems.activeSystems();
        List<String> missing = missingFromProfile(p);
        int items = session.writes().read(tx -> tx.catalogues().catalogues()).stream()
                .mapToInt(Catalogue::itemCount).sum();
        return new Progress(missing.isEmpty(), missing, active.size(),
                (int) active.stream().filter(ComputerisedSystem::part11Relevant).count(), applicability.status(),
                catalogues.catalogues().size(), items);
    }

    /** Where an export went. */
    public record Exported(Path file, ReportWriter.Format format, long bytes, String sha256, int revision) {
    }

    /**
     * Writes the landscape document to {@code out} (format from the extension: .docx or .pdf). The file appears only
     * when complete (written beside it under a temporary name, then moved) and the export is audited.
     */
    public Exported export(Path out, ProgressMonitor monitor) {
        ReportWriter.Format format = formatOf(out);
        Path target = out.toAbsolutePath().normalize();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InvalidInputException("The folder " + dir + " does not exist. Choose an existing folder.");
        }
        monitor.progress(0.05, "Collecting the landscape");
        int revision = nextRevision();
        ReportDocument doc = report(revision);
        if (monitor.cancelled()) {
            throw new ImportCancelledException("The export was cancelled. No file was written.");
        }
        monitor.progress(0.3, "Writing " + format.name());
        Path tmp = dir.resolve("." + target.getFileName() + ".part");
        String sha;
        long size;
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (OutputStream os = new DigestOutputStream(Files.newOutputStream(tmp), md)) {
                writer.write(doc, format, os);
            }
            sha = HexFormat.of().formatHex(md.digest());
            size = Files.size(tmp);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new StorageException("Could not write " + target + ": " + e.getMessage() + ". Check that the folder"
                    + " is writable and the disk is not full.", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        if (monitor.cancelled()) {
            deleteQuietly(tmp);
            throw new ImportCancelledException("The export was cancelled. No file was written.");
        }
        monitor.progress(0.9, "Saving");
        try {
            session.writes().write(session.actor(), ctx -> {
                try {
                    try {
                        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
                                StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new StorageException("Could not save " + target + ": " + e.getMessage() + ". Is the file"
                            + " open in another program?", e);
                }
                return ctx.record(AuditDraft.of(AuditEventType.LANDSCAPE_DOCUMENT_EXPORTED, RECORD_TYPE,
                        "revision-" + revision, null, AuditValues.json(AuditValues.of("file", target.toString(),
                                "format", format.name(), "bytes", size, "sha256", sha, "revision", revision))));
            });
        } finally {
            deleteQuietly(tmp);
        }
        monitor.progress(1, "Done");
        return new Exported(target, format, size, sha, revision);
    }

    public static ReportWriter.Format formatOf(Path out) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return ReportWriter.Format.DOCX;
        }
        if (name.endsWith(".pdf")) {
            return ReportWriter.Format.PDF;
        }
        throw new InvalidInputException("Name the output file .docx (Word) or .pdf: " + out.getFileName());
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless; it is replaced by the next export
        }
    }

    private int nextRevision() {
        return session.writes().read(tx -> tx.audit().findByEventType(
                AuditEventType.LANDSCAPE_DOCUMENT_EXPORTED.name(), 0, 100_000)).size() + 1;
    }

    /** The document, as the next revision would print it. */
    public ReportDocument report() {
        return report(nextRevision());
    }

    ReportDocument report(int revision) {
        OrganisationProfile profile = session.writes().read(tx -> tx.organisation().get());
        List<ComputerisedSystem> allSystems = systems.systems();
        List<Catalogue> cats = catalogues.orderedCatalogues();
        List<FrameworkProposal> proposals = ApplicabilityService.propose(profile, allSystems.stream()
                .filter(ComputerisedSystem::active).toList(), cats);
        List<FrameworkDecision> decisions = applicability.decisions();
        List<CrosswalkLink> links = crosswalk.activeLinks();
        List<SignatureStatus> signatures = new SignatureService(session, Signables.standard())
                .signatures(new RecordRef(OrganisationProfile.RECORD_TYPE, OrganisationProfile.RECORD_ID));
        Optional<AuditEntry> head = session.writes().read(tx -> tx.audit().head());
        List<AuditEntry> history = history();
        Instant now = session.clock().instant();
        String who = session.account().fullName() + " (" + session.account().userId() + ")";
        String wsShort = session.workspaceId().toString().substring(0, 8);

        List<Block> b = new ArrayList<>();
        // 1 Document control
        b.add(new Heading(1, "1 Document control"));
        b.add(new Fields(List.of(
                new Field("Document", "Regulatory landscape — " + profile.name()),
                new Field("Revision", Integer.toString(revision)),
                new Field("Generated", WHEN.format(now.atZone(session.zone()))),
                new Field("Generated by", who),
                new Field("Workspace", session.workspaceId().toString()),
                new Field("Data as of", head.map(h -> "audit trail entry " + h.seq() + " (chain hash "
                        + h.hash().hex().substring(0, 16) + "…)").orElse("empty audit trail")),
                new Field("Application", "ComplianceBridge " + version()))));
        b.add(Paragraph.note("This document records the organisation's regulatory landscape as held in the"
                + " ComplianceBridge workspace at the time shown: who the organisation is, which computerised systems"
                + " are in scope, which frameworks apply and why, and how the frameworks map to each other. It is"
                + " generated from audited data; the audit trail holds the complete history of every change."));
        b.add(new Heading(2, "1.1 Signatures of the organisation profile"));
        if (signatures.isEmpty()) {
            b.add(Paragraph.of("The organisation profile has not been signed electronically."));
        } else {
            List<Row> rows = new ArrayList<>();
            for (SignatureStatus s : signatures) {
                rows.add(new Row(List.of(s.manifestation(), s.valid() ? "Valid" : s.explanation()),
                        s.valid() ? RowStyle.NORMAL : RowStyle.HIGHLIGHT));
            }
            b.add(new Table(List.of(new Column("Signature (printed name, user ID, meaning, date and time)", 3),
                    new Column("Status", 2)), rows));
            b.add(Paragraph.note("Electronic signatures per 21 CFR 11.50: printed name of the signer, date and time"
                    + " of signing and its meaning. A signature covers the profile's content; a later change shows it"
                    + " as no longer valid."));
        }
        b.add(new Heading(2, "1.2 Revision history"));
        if (history.isEmpty()) {
            b.add(Paragraph.of("No changes to the landscape have been recorded yet."));
        } else {
            List<Row> rows = new ArrayList<>();
            for (AuditEntry e : history) {
                rows.add(Row.of(DAY.format(e.occurredAt().atZone(java.time.ZoneId.of(e.zoneId()))) + " "
                        + java.time.ZoneId.of(e.zoneId()).getRules().getOffset(e.occurredAt()).getId()
                        .replace("Z", "UTC"), e.userId(), Long.toString(e.seq()), describeChange(e),
                        e.reason() == null ? "" : e.reason()));
            }
            b.add(new Table(List.of(new Column("Date (local)", 1.6), new Column("By", 0.9), new Column("Entry", 0.6),
                    new Column("Change", 2.4), new Column("Reason", 2.2)), rows));
            b.add(Paragraph.note("The " + history.size() + " most recent landscape changes; the audit trail holds"
                    + " every change with old and new values."));
        }

        // 2 Organisation
        b.add(new Heading(1, "2 Organisation profile"));
        List<String> missing = missingFromProfile(profile);
        b.add(new Fields(List.of(
                new Field("Organisation", profile.name()),
                new Field("Employees", profile.employees().map(String::valueOf).orElse("not stated")),
                new Field("Sites", profile.sites().isBlank() ? "not stated" : profile.sites()),
                new Field("Sectors", labels(Sector.parse(profile.sectors()).stream().map(Sector::label).toList())),
                new Field("Markets", labels(Market.parse(profile.markets()).stream().map(Market::label).toList())),
                new Field("Protected health information (PHI)", profile.handlesPhi() ? "handled" : "not handled"),
                new Field("Personal data of people in the EU", profile.handlesEuPersonalData() ? "processed"
                        : "not processed"),
                new Field("Last changed", WHEN.format(profile.updatedAt().atZone(session.zone())) + " by "
                        + profile.updatedBy()))));
        if (!missing.isEmpty()) {
            b.add(Paragraph.note("The profile is incomplete: " + String.join(", ", missing) + " not stated."));
        }

        // 3 Systems
        b.add(new Heading(1, "3 Computerised-system inventory"));
        List<ComputerisedSystem> active = allSystems.stream().filter(ComputerisedSystem::active).toList();
        if (active.isEmpty()) {
            b.add(Paragraph.of("No computerised systems are in the inventory."));
        } else {
            List<Row> rows = new ArrayList<>();
            for (ComputerisedSystem s : active) {
                rows.add(Row.of(s.name(), s.purpose(), s.gxpImpact().label(), s.part11Relevant() ? "Yes" : "No",
                        s.supplier(), s.hosting().label(), s.owner()));
            }
            b.add(new Table(List.of(new Column("System", 1.4), new Column("Purpose", 2.4),
                    new Column("GxP impact", 0.9), new Column("Part 11 relevant", 0.9), new Column("Supplier", 1.2),
                    new Column("Hosting", 1.2), new Column("Owner", 1.2)), rows));
            b.add(Paragraph.note(active.size() + " active system(s), "
                    + active.stream().filter(ComputerisedSystem::part11Relevant).count() + " Part 11 relevant, "
                    + active.stream().filter(s -> s.hosting() == org.compliancebridge.domain.landscape.Hosting.SAAS)
                    .count() + " hosted as SaaS (supplier agreements: Annex 11 §3)."));
        }
        long retired = allSystems.size() - active.size();
        if (retired > 0) {
            b.add(Paragraph.note(retired + " retired system(s) are kept in the inventory and not listed here."));
        }

        // 4 Applicable frameworks
        b.add(new Heading(1, "4 Applicable frameworks"));
        ApplicabilityService.Status status = ApplicabilityService.status(decisions, proposals);
        b.add(Paragraph.of(switch (status.state()) {
            case NOT_CONFIRMED -> "The framework selection has not been confirmed yet. The table shows the app's"
                    + " proposals derived from the profile and the system inventory.";
            case CONFIRMED -> "The selection below was confirmed; it determines the scope of the gap analysis and the"
                    + " later steps.";
            case NEEDS_REVIEW -> "The selection was confirmed, but the profile or inventory changed since and the"
                    + " proposals differ: " + String.join("; ", status.reviewReasons()) + ".";
        }));
        Map<String, FrameworkDecision> decided = decisions.stream().collect(Collectors.toMap(
                FrameworkDecision::frameworkId, d -> d));
        List<Row> fwRows = new ArrayList<>();
        for (FrameworkProposal p : proposals) {
            FrameworkDecision d = decided.get(p.frameworkId());
            String title = cats.stream().filter(c -> c.frameworkId().equals(p.frameworkId())).findFirst()
                    .map(Catalogue::title).orElse(p.frameworkId());
            String decision = d == null ? "Not decided" : d.applicable() ? "Applicable" : "Not applicable";
            String by = d == null ? "" : " (" + DAY.format(d.decidedAt().atZone(session.zone())) + ", "
                    + d.decidedBy() + ")";
            fwRows.add(new Row(List.of(title + "\n" + p.frameworkId(), p.level().label(), p.reason(), decision + by,
                    d == null ? "" : d.justification()), d != null && d.overridesProposal() ? RowStyle.HIGHLIGHT
                    : d != null && !d.applicable() ? RowStyle.MUTED : RowStyle.NORMAL));
        }
        b.add(new Table(List.of(new Column("Framework", 2.2), new Column("Proposal", 1.15),
                new Column("Reason (from the profile)", 2.6), new Column("Decision", 1.2),
                new Column("Justification", 1.8)), fwRows));
        b.add(Paragraph.note("Highlighted rows: the decision departs from the app's proposal and is justified."));

        // 5 Framework summaries
        b.add(new Heading(1, "5 Framework summaries"));
        Map<String, List<CatalogueItem>> itemsByFramework = new LinkedHashMap<>();
        for (CatalogueItem it : catalogues.index().items()) {
            itemsByFramework.computeIfAbsent(it.frameworkId(), k -> new ArrayList<>()).add(it);
        }
        int n = 0;
        for (Catalogue c : cats) {
            n++;
            List<CatalogueItem> items = itemsByFramework.getOrDefault(c.frameworkId(), List.of());
            long controls = items.stream().filter(i -> i.kind() == ItemKind.CONTROL).count();
            long assessable = items.stream().filter(CatalogueItem::assessable).count();
            FrameworkDecision d = decided.get(c.frameworkId());
            b.add(new Heading(2, "5." + n + " " + c.title()));
            b.add(new Fields(List.of(
                    new Field("Framework ID", c.frameworkId()),
                    new Field("Version", c.info().version()),
                    new Field("Source document", c.info().sourceDocument()),
                    new Field("Official URL", c.info().officialUrl().isBlank() ? "not stated" : c.info().officialUrl()),
                    new Field("Status", c.info().draft() ? "Draft — not in force" : "Published"),
                    new Field("Items", controls + " controls/paragraphs, " + assessable + " assessable, "
                            + (items.size() - controls) + " groups"),
                    new Field("Loaded", (c.origin() == Origin.BUNDLED ? "bundled with ComplianceBridge" : "imported")
                            + " from " + c.sourceFile() + ", SHA-256 " + c.sha256()),
                    new Field("Applicability", d == null ? "not decided" : d.applicable() ? "applicable"
                            : "not applicable"))));
            List<Row> groups = new ArrayList<>();
            for (CatalogueItem top : items) {
                if (top.depth() != 0) {
                    continue;
                }
                long inTop = countBelow(items, top, false);
                long inTopAssessable = countBelow(items, top, true);
                groups.add(Row.of(top.itemId(), top.title(), Long.toString(inTop), Long.toString(inTopAssessable)));
            }
            if (!groups.isEmpty() && groups.size() <= 40) {
                b.add(new Table(List.of(new Column("Part", 0.8), new Column("Title", 3.2),
                        new Column("Items", 0.6), new Column("Assessable", 0.8)), groups));
            }
            if (!c.info().notice().isBlank()) {
                b.add(Paragraph.note(c.info().notice()));
            }
        }

        // 6 Crosswalk
        b.add(new Heading(1, "6 Crosswalk"));
        b.add(Paragraph.of("Each link states how a source item relates to a target item (equal, subset, superset,"
                + " intersects), with a confidence and a one-sentence rationale. Items without an ISMS counterpart"
                + " carry an explicit justification (relationship none) instead of being left unmapped."));
        b.add(new Heading(2, "6.1 Links between frameworks"));
        Map<String, int[]> pairs = new LinkedHashMap<>();
        for (CrosswalkLink l : links) {
            String key = l.mapping().sourceFramework() + " → " + (l.mapping().relationship() == Relationship.NONE
                    ? "(no counterpart)" : l.mapping().targetFramework());
            int[] c = pairs.computeIfAbsent(key, k -> new int[6]);
            c[0]++;
            c[1 + l.mapping().relationship().ordinal()]++;
        }
        List<Row> pairRows = new ArrayList<>();
        pairs.forEach((k, c) -> pairRows.add(Row.of(k, Integer.toString(c[0]), Integer.toString(c[1]),
                Integer.toString(c[2]), Integer.toString(c[3]), Integer.toString(c[4]))));
        b.add(new Table(List.of(new Column("Source → target", 3), new Column("Links", 0.7), new Column("Equal", 0.7),
                new Column("Subset", 0.7), new Column("Superset", 0.8), new Column("Intersects", 0.9)), pairRows));
        long userLinks = links.stream().filter(l -> l.origin() == Origin.USER || l.userModified()).count();
        long retiredLinks = crosswalk.allLinks().stream().filter(l -> !l.active()).count();
        b.add(Paragraph.note(links.size() + " active links; in this workspace " + userLinks + " added or changed and "
                + retiredLinks + " retired (see the revision history and the audit trail). The bundled mappings are"
                + " ComplianceBridge's expert judgement, not an official mapping; they should be reviewed by a"
                + " qualified person before being relied on."));
        int sub = 1;
        for (String source : List.of(CrosswalkService.PART11, CrosswalkService.ANNEX11)) {
            if (cats.stream().noneMatch(c -> c.frameworkId().equals(source))) {
                continue;
            }
            sub++;
            List<ItemCoverage> cov = CrosswalkService.coverage(itemsByFramework.getOrDefault(source, List.of()),
                    links, CrosswalkService.ISO27001);
            long covered = cov.stream().filter(c -> c.status() == CoverageStatus.COVERED).count();
            long none = cov.stream().filter(c -> c.status() == CoverageStatus.NO_COUNTERPART).count();
            long gaps = cov.stream().filter(c -> c.status() == CoverageStatus.GAP).count();
            String title = cats.stream().filter(c -> c.frameworkId().equals(source)).findFirst()
                    .map(Catalogue::title).orElse(source);
            b.add(new Heading(2, "6." + sub + " Coverage of " + shortTitle(source, title) + " by ISO/IEC 27001:2022"));
            b.add(new Fields(List.of(
                    new Field("Assessable items", Long.toString(cov.size())),
                    new Field("Covered by ISO/IEC 27001", covered + " (" + percent(covered, cov.size()) + ")"),
                    new Field("No ISMS counterpart (justified)", Long.toString(none)),
                    new Field("Gaps (neither linked nor justified)", Long.toString(gaps)))));
            List<Row> rows = new ArrayList<>();
            for (ItemCoverage c : cov) {
                String targets = c.links().stream().map(l -> l.mapping().relationship() == Relationship.NONE
                        ? "none: " + l.mapping().rationale() : l.mapping().targetId() + " ("
                        + l.mapping().relationship().code() + ", " + l.mapping().confidence().code() + ")")
                        .collect(Collectors.joining("\n"));
                rows.add(new Row(List.of(c.item().itemId(), c.item().title(), c.status().label(), targets),
                        c.status() == CoverageStatus.GAP ? RowStyle.HIGHLIGHT : c.status()
                                == CoverageStatus.NO_COUNTERPART ? RowStyle.MUTED : RowStyle.NORMAL));
            }
            b.add(new Table(List.of(new Column("Item", 1.2), new Column("Title", 2.0), new Column("Coverage", 1.1),
                    new Column("ISO/IEC 27001 controls (relationship, confidence) or justification", 3.0)), rows));
            b.add(Paragraph.note("Highlighted rows are gaps; grey rows are justified as having no ISMS counterpart."
                    + " ISO/IEC 27001 is cited by identifier only (ISO text is copyrighted)."));
        }
        String footer = "ComplianceBridge · " + profile.name() + " · regulatory landscape rev. " + revision
                + " · generated " + WHEN.format(now.atZone(session.zone())) + " by " + who;
        return new ReportDocument("Regulatory landscape", profile.name(), "CB-LANDSCAPE-" + wsShort + " rev. "
                + revision, footer, b);
    }

    private static String shortTitle(String id, String title) {
        return switch (id) {
            case CrosswalkService.PART11 -> "21 CFR Part 11";
            case CrosswalkService.ANNEX11 -> "EU GMP Annex 11 (2011)";
            default -> title;
        };
    }

    private static long countBelow(List<CatalogueItem> items, CatalogueItem top, boolean assessableOnly) {
        Set<String> inside = new java.util.HashSet<>();
        inside.add(top.itemId());
        long count = 0;
        for (CatalogueItem it : items) {
            if (it.parentId().isPresent() && inside.contains(it.parentId().get())) {
                inside.add(it.itemId());
                if (it.kind() == ItemKind.CONTROL && (!assessableOnly || it.assessable())) {
                    count++;
                }
            }
        }
        if (top.kind() == ItemKind.CONTROL && (!assessableOnly || top.assessable())) {
            count++;
        }
        return count;
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.0f %%", 100.0 * part / whole);
    }

    private static String labels(List<String> l) {
        return l.isEmpty() ? "not stated" : String.join(", ", l);
    }

    private List<AuditEntry> history() {
        List<AuditEntry> all = new ArrayList<>();
        session.writes().read(tx -> {
            for (String type : HISTORY_EVENTS) {
                all.addAll(tx.audit().findByEventType(type, 0, 100_000));
            }
            tx.audit().findByEventType(AuditEventType.RECORD_SIGNED.name(), 0, 100_000).stream()
                    .filter(e -> OrganisationProfile.RECORD_TYPE.equals(e.recordType())).forEach(all::add);
            return null;
        });
        all.sort(Comparator.comparingLong(AuditEntry::seq).reversed());
        return all.subList(0, Math.min(25, all.size()));
    }

    private static String describeChange(AuditEntry e) {
        String type = e.eventType();
        String what = switch (type) {
            case "ORGANISATION_CHANGED" -> "Organisation profile changed";
            case "COMPUTERISED_SYSTEM_ADDED" -> "System added: " + field(e.newValue(), "name");
            case "COMPUTERISED_SYSTEM_CHANGED" -> "System changed: " + field(e.newValue(), "name");
            case "COMPUTERISED_SYSTEM_RETIRED" -> "System retired: " + field(e.newValue(), "name");
            case "FRAMEWORK_DECISION_CONFIRMED" -> "Framework " + e.recordId() + " confirmed "
                    + ("true".equals(field(e.newValue(), "applicable")) ? "applicable" : "not applicable");
            case "CATALOGUE_IMPORTED" -> "Catalogue loaded: " + e.recordId() + " (" + field(e.newValue(),
                    "sourceFile") + ")";
            case "CATALOGUE_REPLACED" -> "Catalogue replaced: " + e.recordId();
            case "CROSSWALK_LINK_ADDED" -> "Crosswalk link added: " + linkText(e.newValue());
            case "CROSSWALK_LINK_CHANGED" -> "Crosswalk link changed: " + linkText(e.newValue());
            case "CROSSWALK_LINK_RETIRED" -> "Crosswalk link retired: " + linkText(e.newValue());
            case "LANDSCAPE_DOCUMENT_EXPORTED" -> "Landscape document rev. " + field(e.newValue(), "revision")
                    + " exported (" + field(e.newValue(), "format") + ")";
            case "RECORD_SIGNED" -> "Organisation profile signed (" + field(e.newValue(), "meaning") + ")";
            default -> type;
        };
        return what;
    }

    private static String linkText(String json) {
        String target = field(json, "targetId");
        return field(json, "sourceId") + " → " + (target.isEmpty() ? "(no counterpart)" : target);
    }

    /** A top-level text or scalar member of an audit value (compact JSON written by {@link AuditValues}). */
    static String field(String json, String name) {
        if (json == null) {
            return "";
        }
        try {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get(name);
            return node == null || node.isNull() ? "" : node.asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return "";
        }
    }

    private static String version() {
        String v = LandscapeService.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
