package org.compliancebridge.service;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.compliancebridge.domain.Account;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.OrganisationProfile;
import org.compliancebridge.domain.RecordRef;
import org.compliancebridge.domain.gap.Action;
import org.compliancebridge.domain.gap.AssessmentStatus;
import org.compliancebridge.domain.gap.GapRow;
import org.compliancebridge.domain.gap.GapSummary;
import org.compliancebridge.domain.gap.MergedGap;
import org.compliancebridge.domain.gap.Priority;
import org.compliancebridge.domain.gap.Scope;
import org.compliancebridge.domain.landscape.Catalogue;
import org.compliancebridge.domain.port.ReportWriter;
import org.compliancebridge.domain.report.ReportDocument;
import org.compliancebridge.domain.report.ReportDocument.Block;
import org.compliancebridge.domain.report.ReportDocument.Chart;
import org.compliancebridge.domain.report.ReportDocument.Column;
import org.compliancebridge.domain.report.ReportDocument.Field;
import org.compliancebridge.domain.report.ReportDocument.Fields;
import org.compliancebridge.domain.report.ReportDocument.Heading;
import org.compliancebridge.domain.report.ReportDocument.Paragraph;
import org.compliancebridge.domain.report.ReportDocument.Row;
import org.compliancebridge.domain.report.ReportDocument.RowStyle;
import org.compliancebridge.domain.report.ReportDocument.Series;
import org.compliancebridge.domain.report.ReportDocument.Table;

/**
 * The gap analysis report (DOCX and PDF from one model): executive summary, method and scope, compliance per
 * framework and per system with charts, the top gaps by priority with the requirements each fix addresses across
 * frameworks, the action plan, and the signatures with their manifestation.
 */
public final class GapReportService {
    public static final String RECORD_TYPE = "GAP_REPORT";
    static final int TOP_GAPS = 30;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);
    /** Status colours, shared with the matrix and the dashboard. */
    static final String GREEN = "2E7D32";
    static final String AMBER = "F9A825";
    static final String RED = "C62828";
    static final String GREY = "9E9E9E";
    static final String LIGHT = "CFD8DC";

    private final Session session;
    private final GapService gaps;
    private final ActionService actions;
    private final OrganisationService organisation;
    private final SignatureService signatures;
    private final ReportWriter writer;

    public GapReportService(Session session, GapService gaps, ActionService actions, OrganisationService organisation,
            SignatureService signatures, ReportWriter writer) {
        this.session = session;
        this.gaps = gaps;
        this.actions = actions;
        this.organisation = organisation;
        this.signatures = signatures;
        this.writer = writer;
    }

    public record Exported(Path file, ReportWriter.Format format, long bytes, String sha256, int revision) {
    }

    /** Writes the report to {@code out} (.docx or .pdf); audited with the file's SHA-256, then a checkpoint. */
    public Exported export(Path out) {
        ReportWriter.Format format = LandscapeService.formatOf(out);
        int revision = nextRevision();
        ReportDocument doc = report(revision);
        FileExport.Written w = FileExport.write(session, out, os -> writer.write(doc, format, os),
                (size, sha) -> AuditDraft.of(AuditEventType.GAP_REPORT_EXPORTED, RECORD_TYPE, "revision-" + revision,
                        null, AuditValues.json(AuditValues.of("file", FileExport.checkedTarget(out).toString(),
                                "format", format.name(), "bytes", size, "sha256", sha, "revision", revision))));
        return new Exported(w.file(), format, w.bytes(), w.sha256(), revision);
    }

    private int nextRevision() {
        return session.writes().read(tx -> tx.audit().findByEventType(AuditEventType.GAP_REPORT_EXPORTED.name(), 0,
                100_000)).size() + 1;
    }

    /** The report as the next revision would print it. */
    public ReportDocument report() {
        return report(nextRevision());
    }

    ReportDocument report(int revision) {
        OrganisationProfile profile = organisation.profile();
        List<Scope> scopes = gaps.scopes();
        List<GapRow> rows = gaps.allRows();
        List<Action> plan = actions.actions();
        LocalDate today = actions.today();
        GapSummary summary = GapService.summarise(rows, plan, today);
        List<MergedGap> merged = GapService.merge(rows, plan);
        Map<String, GapSummary.Counts> perFramework = new LinkedHashMap<>();
        Map<String, GapSummary.Counts> perScope = new LinkedHashMap<>();
        for (GapSummary.Cell c : summary.byFrameworkAndScope()) {
            perFramework.merge(c.frameworkName(), c.counts(), GapSummary.Counts::plus);
            perScope.merge(c.scope().name(), c.counts(), GapSummary.Counts::plus);
        }
        GapSummary.Counts total = perFramework.values().stream().reduce(GapSummary.Counts.ZERO,
                GapSummary.Counts::plus);
        Instant now = session.clock().instant();
        Optional<AuditEntry> head = session.writes().read(tx -> tx.audit().head());
        Map<String, String> names = new LinkedHashMap<>();
        for (Account a : session.accounts()) {
            names.put(a.userId().value(), a.fullName());
        }

        List<Block> b = new ArrayList<>();
        b.add(new Heading(1, "1 Document control"));
        b.add(new Fields(List.of(
                new Field("Document", "Gap analysis report — " + profile.name()),
                new Field("Revision", Integer.toString(revision)),
                new Field("Generated", WHEN.format(now.atZone(session.zone()))),
                new Field("Generated by", session.account().fullName() + " (" + session.account().userId() + ")"),
                new Field("Workspace", session.workspaceId().toString()),
                new Field("Data as of", head.map(h -> "audit trail entry " + h.seq() + " (chain hash "
                        + h.hash().hex().substring(0, 16) + "…)").orElse("empty audit trail")),
                new Field("Application", "ComplianceBridge " + AppVersion.current()))));
        signatureBlock(b, scopes);

        b.add(new Heading(1, "2 Executive summary"));
        int gapsCount = total.partial() + total.notCompliant();
        long high = merged.stream().filter(g -> g.priority().filter(p -> p == Priority.HIGH).isPresent()).count();
        b.add(Paragraph.of(profile.name() + " assessed " + total.assessed() + " of " + total.total()
                + " requirement–scope pairs (" + percent(total.total() == 0 ? 0 : (double) total.assessed()
                        / total.total()) + ") across " + perFramework.size() + " framework"
                + (perFramework.size() == 1 ? "" : "s") + " and " + scopes.size() + " scope"
                + (scopes.size() == 1 ? "" : "s") + ". Of the applicable requirements assessed, "
                + percent(total.compliance()) + " are compliant; " + gapsCount + " gap" + (gapsCount == 1 ? " is" :
                        "s are") + " open (" + total.partial() + " partially, " + total.notCompliant()
                + " not compliant)."));
        b.add(Paragraph.of("Through the crosswalk the gaps reduce to " + merged.size() + " distinct fix"
                + (merged.size() == 1 ? "" : "es") + ", " + high + " of them high priority. The action plan has "
                + plan.size() + " action" + (plan.size() == 1 ? "" : "s") + ": " + summary.openActions() + " open, "
                + summary.overdueActions() + " overdue."
                + (summary.derivedAwaitingReview() > 0 ? " " + summary.derivedAwaitingReview() + " result"
                        + (summary.derivedAwaitingReview() == 1 ? " was" : "s were") + " carried over through the"
                        + " crosswalk and still await review by a person." : "")));
        List<Row> fwRows = new ArrayList<>();
        perFramework.forEach((fw, c) -> fwRows.add(countsRow(fw, c)));
        fwRows.add(new Row(countsRow("All frameworks", total).cells(), RowStyle.HIGHLIGHT));
        b.add(countsTable("Framework", fwRows));

        b.add(new Heading(1, "3 Method and scope"));
        b.add(Paragraph.of("Each applicable requirement was assessed per scope — the organisation as a whole and each"
                + " computerised system of the inventory — as Compliant, Partially compliant, Not compliant or Not"
                + " applicable (with a justification), with evidence, owner, priority and due date. Results carried"
                + " over through the crosswalk (to requirements linked as equal, or narrower for a compliant result)"
                + " are marked as derived until a person confirms them. \"% compliant\" is Compliant ÷ (Compliant +"
                + " Partially compliant + Not compliant); Not applicable and Not assessed are left out."));
        List<Row> fwDef = new ArrayList<>();
        for (String f : gaps.frameworks()) {
            Optional<Catalogue> c = session.writes().read(tx -> tx.catalogues().find(f));
            fwDef.add(Row.of(gaps.frameworkName(f), c.map(Catalogue::title).orElse(f), c.map(x -> x.info().version())
                    .orElse(""), Long.toString(rows.stream().filter(r -> r.item().frameworkId().equals(f)
                    && r.scope().isOrganisation()).count())));
        }
        b.add(new Table(List.of(new Column("Framework", 1.2), new Column("Catalogue", 3), new Column("Version", 1.6),
                new Column("Requirements", 1)), fwDef));
        List<Row> scopeRows = new ArrayList<>();
        for (Scope s : scopes) {
            scopeRows.add(Row.of(s.name(), s.isOrganisation() ? "Organisation-wide controls (policies, ISMS,"
                    + " procedures)" : "Computerised system of the inventory"));
        }
        b.add(new Table(List.of(new Column("Scope", 1.5), new Column("Meaning", 3.5)), scopeRows));

        b.add(new Heading(1, "4 Compliance per framework"));
        b.add(statusChart("Requirements by status per framework", perFramework));
        b.add(new Heading(1, "5 Compliance per system"));
        b.add(statusChart("Requirements by status per scope", perScope));
        List<Row> scRows = new ArrayList<>();
        perScope.forEach((s, c) -> scRows.add(countsRow(s, c)));
        b.add(countsTable("Scope", scRows));

        b.add(new Heading(1, "6 Top gaps by priority"));
        if (merged.isEmpty()) {
            b.add(Paragraph.of("No gaps are recorded: no requirement is assessed as partially or not compliant."));
        } else {
            List<Row> gapRows = new ArrayList<>();
            for (MergedGap g : merged.subList(0, Math.min(TOP_GAPS, merged.size()))) {
                GapRow a = g.anchor();
                StringBuilder addressed = new StringBuilder();
                for (GapRow r : g.addressed()) {
                    addressed.append(addressed.length() == 0 ? "" : "; ").append(r.frameworkName()).append(' ')
                            .append(r.item().itemId()).append(" (").append(r.assessment().status().label())
                            .append(')');
                }
                gapRows.add(new Row(List.of(g.priority().map(Priority::label).orElse("—"), a.frameworkName() + " "
                        + a.item().itemId() + " " + a.item().title() + " (" + a.assessment().status().label() + ")",
                        addressed.length() == 0 ? "—" : addressed.toString(), g.scope().name(),
                        g.due().map(LocalDate::toString).orElse("—"), g.actions().isEmpty() ? "none"
                                : String.join(", ", g.actions())), g.priority().filter(p -> p == Priority.HIGH)
                        .isPresent() ? RowStyle.HIGHLIGHT : RowStyle.NORMAL));
            }
            b.add(new Table(List.of(new Column("Priority", 0.8), new Column("Fix", 2.5), new Column(
                    "Also addresses", 2.3), new Column("Scope", 1.1), new Column("Due", 1.15), new Column("Actions",
                            0.9)), gapRows));
            if (merged.size() > TOP_GAPS) {
                b.add(Paragraph.note("The " + TOP_GAPS + " most important of " + merged.size() + " fixes; the Excel"
                        + " compliance matrix lists every gap."));
            }
        }

        b.add(new Heading(1, "7 Action plan"));
        if (plan.isEmpty()) {
            b.add(Paragraph.of("No actions have been planned yet."));
        } else {
            List<Row> ar = new ArrayList<>();
            for (Action a : plan) {
                boolean overdue = a.overdue(today);
                ar.add(new Row(List.of(a.reference(), a.title(), names.getOrDefault(a.owner().value(), a.owner()
                        .value()), a.due() + (overdue ? " (overdue)" : ""), a.priority().label(), a.status().label()
                        + a.verifiedBy().map(v -> " by " + names.getOrDefault(v.value(), v.value())).orElse(""),
                        a.gaps().size() + " gap" + (a.gaps().size() == 1 ? "" : "s")),
                        overdue ? RowStyle.HIGHLIGHT : a.status().isClosed() ? RowStyle.MUTED : RowStyle.NORMAL));
            }
            b.add(new Table(List.of(new Column("ID", 0.8), new Column("Action", 3), new Column("Owner", 1.3),
                    new Column("Due", 1.2), new Column("Priority", 0.8), new Column("Status", 1.3), new Column(
                            "Gaps", 0.7)), ar));
            b.add(Paragraph.note("Overdue actions are highlighted. Done needs closure evidence; Verified is set by a"
                    + " person other than the owner."));
        }
        return new ReportDocument("Gap analysis report", profile.name(), "CB-GAP rev. " + revision,
                "Generated by ComplianceBridge from audited workspace data", b);
    }

    private void signatureBlock(List<Block> b, List<Scope> scopes) {
        b.add(new Heading(2, "1.1 Signatures"));
        List<Row> rows = new ArrayList<>();
        for (Scope s : scopes) {
            for (SignatureStatus st : signatures.signatures(new RecordRef(GapService.SIGNED_RECORD_TYPE, s.key()))) {
                rows.add(new Row(List.of("Gap assessment — " + s.name(), st.manifestation(), st.valid() ? "Valid"
                        : st.explanation()), st.valid() ? RowStyle.NORMAL : RowStyle.HIGHLIGHT));
            }
        }
        for (SignatureStatus st : signatures.signatures(new RecordRef(ActionService.PLAN_RECORD_TYPE,
                ActionService.PLAN_ID))) {
            rows.add(new Row(List.of("Action plan", st.manifestation(), st.valid() ? "Valid" : st.explanation()),
                    st.valid() ? RowStyle.NORMAL : RowStyle.HIGHLIGHT));
        }
        if (rows.isEmpty()) {
            b.add(Paragraph.of("Neither the gap assessment nor the action plan has been signed electronically yet."
                    + " Sign them in ComplianceBridge (Gap analysis → Sign…) before issuing this report."));
        } else {
            b.add(new Table(List.of(new Column("Record", 1.6), new Column(
                    "Signature (printed name, user ID, meaning, date and time)", 3), new Column("Status", 1.6)),
                    rows));
        }
        b.add(Paragraph.note("Electronic signatures per 21 CFR 11.50: printed name of the signer, date and time of"
                + " signing and its meaning. A signature covers the signed content; a later change shows it as no"
                + " longer valid."));
    }

    private static Chart statusChart(String title, Map<String, GapSummary.Counts> data) {
        List<String> cats = new ArrayList<>(data.keySet());
        List<GapSummary.Counts> c = new ArrayList<>(data.values());
        return new Chart(title, cats, List.of(
                new Series(AssessmentStatus.COMPLIANT.label(), GREEN, c.stream().map(x -> (double) x.compliant())
                        .toList()),
                new Series(AssessmentStatus.PARTIALLY_COMPLIANT.label(), AMBER, c.stream().map(x -> (double) x
                        .partial()).toList()),
                new Series(AssessmentStatus.NOT_COMPLIANT.label(), RED, c.stream().map(x -> (double) x.notCompliant())
                        .toList()),
                new Series(AssessmentStatus.NOT_APPLICABLE.label(), GREY, c.stream().map(x -> (double) x
                        .notApplicable()).toList()),
                new Series(AssessmentStatus.NOT_ASSESSED.label(), LIGHT, c.stream().map(x -> (double) x.notAssessed())
                        .toList())), true, "Requirements");
    }

    private static Row countsRow(String label, GapSummary.Counts c) {
        return Row.of(label, Integer.toString(c.compliant()), Integer.toString(c.partial()),
                Integer.toString(c.notCompliant()), Integer.toString(c.notApplicable()),
                Integer.toString(c.notAssessed()), Integer.toString(c.total()), c.compliant() + c.partial()
                        + c.notCompliant() == 0 ? "—" : percent(c.compliance()));
    }

    private static Table countsTable(String first, List<Row> rows) {
        return new Table(List.of(new Column(first, 1.8), new Column("Compliant", 1), new Column("Partially", 1),
                new Column("Not compliant", 1), new Column("N/A", 0.8), new Column("Not assessed", 1),
                new Column("Total", 0.8), new Column("% compliant", 1)), rows);
    }

    static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
