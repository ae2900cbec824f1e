package org.compliancebridge.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.AuditQuery;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.RecordRef;
import org.compliancebridge.domain.Role;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.gap.Action;
import org.compliancebridge.domain.gap.ActionDraft;
import org.compliancebridge.domain.gap.ActionStatus;
import org.compliancebridge.domain.gap.Assessment;
import org.compliancebridge.domain.gap.AssessmentChange;
import org.compliancebridge.domain.gap.AssessmentKey;
import org.compliancebridge.domain.gap.AssessmentStatus;
import org.compliancebridge.domain.gap.CarryOverCandidate;
import org.compliancebridge.domain.gap.EvidenceFile;
import org.compliancebridge.domain.gap.GapRow;
import org.compliancebridge.domain.gap.GapSummary;
import org.compliancebridge.domain.gap.MergedGap;
import org.compliancebridge.domain.gap.Priority;
import org.compliancebridge.domain.gap.Scope;
import org.compliancebridge.domain.landscape.Confidence;
import org.compliancebridge.domain.landscape.CrosswalkMapping;
import org.compliancebridge.domain.landscape.GxpImpact;
import org.compliancebridge.domain.landscape.Hosting;
import org.compliancebridge.domain.landscape.ItemRef;
import org.compliancebridge.domain.landscape.Relationship;
import org.compliancebridge.domain.landscape.SystemDraft;
import org.compliancebridge.testsupport.GapWorkspaces;
import org.compliancebridge.testsupport.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 2 on a real encrypted workspace: assessing, carrying over, evidence, merged gaps, actions, signatures. */
class GapIT {
    @TempDir
    Path tmp;
    private final GapWorkspaces ws = new GapWorkspaces();

    private static AssessmentKey org(String framework, String item) {
        return new AssessmentKey(new ItemRef(framework, item), Scope.ORGANISATION_KEY);
    }

    private static List<AuditEntry> trail(Session s, String recordId) {
        return s.writes().read(tx -> tx.audit().page(AuditQuery.all(), 0, 10_000)).stream()
                .filter(e -> recordId.equals(e.recordId())).toList();
    }

    @Test
    void assessmentsAreVersionedValidatedAndAuditedWithOldAndNewValues() {
        GapServices g = ws.create(tmp.resolve("ws"));
        try (Session s = g.session()) {
            List<GapRow> rows = g.gaps().rows(Scope.organisation());
            assertThat(rows).extracting(r -> r.item().frameworkId()).containsOnly("cfr-part11",
                    "eu-gmp-annex11-2011", "iso27001-2022");
            assertThat(rows).allMatch(r -> r.item().assessable() && r.assessment().status()
                    == AssessmentStatus.NOT_ASSESSED && r.assessment().version() == 0);
            assertThat(rows).filteredOn(r -> r.item().itemId().equals("11.10(e)")).singleElement()
                    .satisfies(r -> assertThat(r.linkedLabels()).contains("ISO 27001"));
            AssessmentKey k = org("cfr-part11", "11.10(e)");
            Assessment a1 = g.gaps().record(k, new AssessmentChange(AssessmentStatus.PARTIALLY_COMPLIANT,
                    "SOP-QA-012 audit trail review", "QA lead", Optional.of(Priority.HIGH),
                    Optional.of(LocalDate.of(2027, 3, 31)), "ERP lacks reason-for-change"), 0);
            assertThat(a1.version()).isEqualTo(1);
            assertThat(a1.changedBy()).contains(TestWorkspaces.ADMIN);
            // Someone who saw version 0 cannot overwrite version 1 unknowingly.
            assertThatThrownBy(() -> g.gaps().setStatus(k, AssessmentStatus.COMPLIANT, 0))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("changed meanwhile");
            assertThatThrownBy(() -> g.gaps().setStatus(org("cfr-part11", "11.10(k)(1)"),
                    AssessmentStatus.NOT_APPLICABLE, 0))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("justification");
            assertThatThrownBy(() -> g.gaps().setStatus(org("iso27001-2022", "NO-SUCH"), AssessmentStatus.COMPLIANT,
                    0)).isInstanceOf(InvalidInputException.class).hasMessageContaining("not an applicable");
            Assessment a2 = g.gaps().setStatus(k, AssessmentStatus.COMPLIANT, 1);
            assertThat(a2.version()).isEqualTo(2);
            assertThat(a2.evidence()).isEqualTo("SOP-QA-012 audit trail review");

            List<AuditEntry> entries = trail(s, k.encoded());
            assertThat(entries).hasSize(2).allMatch(e -> e.eventType().equals("ASSESSMENT_CHANGED"));
            AuditEntry last = entries.stream().max((x, y) -> Long.compare(x.seq(), y.seq())).orElseThrow();
            assertThat(last.oldValue()).contains("\"status\":\"Partially compliant\"");
            assertThat(last.newValue()).contains("\"status\":\"Compliant\"").contains("\"version\":2");
            assertThat(g.gaps().rows(Scope.organisation())).filteredOn(r -> r.key().equals(k)).singleElement()
                    .satisfies(r -> assertThat(r.assessment().status()).isEqualTo(AssessmentStatus.COMPLIANT));
        }
    }

    @Test
    void systemScopesAreSeparateAndUnknownScopesAreNamed() {
        GapServices g = ws.create(tmp.resolve("ws"));
        try (Session s = g.session()) {
            var lims = g.landscape().systems().add(new SystemDraft("LabWare LIMS", "Sample results", GxpImpact.HIGH,
                    true, "LabWare", Hosting.ON_PREMISES, "QC manager"));
            Scope scope = g.gaps().scope("labware lims");
            assertThat(scope.systemId()).contains(lims.systemId());
            AssessmentKey k = new AssessmentKey(new ItemRef("cfr-part11", "11.10(d)"), scope.key());
            g.gaps().setStatus(k, AssessmentStatus.NOT_COMPLIANT, 0);
            assertThat(g.gaps().assessment(org("cfr-part11", "11.10(d)")).status())
                    .isEqualTo(AssessmentStatus.NOT_ASSESSED);
            assertThatThrownBy(() -> g.gaps().scope("SAP")).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("Organisation, LabWare LIMS");
        }
    }

    @Test
    void carryOverIsOfferedOnlyForEqualOrSupersetLinksAndMarkedForReview() {
        GapServices g = ws.create(tmp.resolve("ws"));
        try (Session s = g.session()) {
            GapModel m = g.gaps().model();
            // Find an item with an EQUAL link to another applicable item.
            GapRow source = g.gaps().rows(Scope.organisation()).stream().filter(r -> r.links().stream().anyMatch(
                    l -> l.relationship() == Relationship.EQUAL && m.item(new ItemRef(l.frameworkId(), l.itemId()))
                            .isPresent())).findFirst().orElseThrow();
            assertThat(g.gaps().carryOverCandidates(source.key())).as("nothing to carry before assessing").isEmpty();
            g.gaps().record(source.key(), new AssessmentChange(AssessmentStatus.NOT_COMPLIANT, "", "IT", Optional.of(
                    Priority.HIGH), Optional.empty(), "No procedure"), 0);
            List<CarryOverCandidate> c = g.gaps().carryOverCandidates(source.key());
            assertThat(c).isNotEmpty().allMatch(x -> x.relationship() == Relationship.EQUAL);
            // Not compliant never carries over a superset link (a narrower item may be met).
            assertThat(c).noneMatch(x -> x.relationship() == Relationship.SUPERSET);
            AssessmentKey target = c.get(0).target();
            assertThatThrownBy(() -> g.gaps().carryOver(source.key(), List.of(org("iso27001-2022", "A.5.1"))))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot be carried over");
            List<Assessment> carried = g.gaps().carryOver(source.key(), List.of(target));
            assertThat(carried).singleElement().satisfies(a -> {
                assertThat(a.status()).isEqualTo(AssessmentStatus.NOT_COMPLIANT);
                assertThat(a.derivedFrom()).contains(source.key().item());
                assertThat(a.needsReview()).isTrue();
            });
            assertThat(trail(s, target.encoded())).singleElement().satisfies(e -> {
                assertThat(e.eventType()).isEqualTo("ASSESSMENT_DERIVED");
                assertThat(e.reason()).contains("needs review");
            });
            Assessment confirmed = g.gaps().confirmDerived(target, 1);
            assertThat(confirmed.needsReview()).isFalse();
            assertThat(trail(s, target.encoded())).extracting(AuditEntry::eventType)
                    .contains("ASSESSMENT_DERIVATION_CONFIRMED");
            assertThat(g.gaps().summary(List.of()).derivedAwaitingReview()).isZero();
        }
    }

    @Test
    void evidenceFilesAreKeptWithTheirHashAndExportedIntact() throws Exception {
        GapServices g = ws.create(tmp.resolve("ws"));
        try (Session s = g.session()) {
            AssessmentKey k = org("iso27001-2022", "A.8.15");
            Path file = tmp.resolve("audit-log-review.txt");
            Files.writeString(file, "Log review 2026-11 signed by J. Doe");
            EvidenceFile f = g.gaps().attachEvidence(k, file);
            assertThat(f.sha256()).isEqualTo(org.compliancebridge.domain.Hash.sha256(Files.readAllBytes(file)).hex());
            assertThat(g.gaps().evidenceFiles(k)).singleElement().satisfies(x -> assertThat(x.active()).isTrue());
            assertThat(g.gaps().rows(Scope.organisation())).filteredOn(r -> r.key().equals(k)).singleElement()
                    .satisfies(r -> assertThat(r.evidenceFiles()).isEqualTo(1));
            Path out = tmp.resolve("out.txt");
            g.gaps().exportEvidence(f.fileId(), out);
            assertThat(Files.readString(out)).isEqualTo("Log review 2026-11 signed by J. Doe");
            assertThatThrownBy(() -> g.gaps().removeEvidence(f.fileId(), " ")).isInstanceOf(
                    InvalidInputException.class).hasMessageContaining("reason");
            g.gaps().removeEvidence(f.fileId(), "wrong month attached");
            assertThat(g.gaps().evidenceFiles(k)).singleElement().satisfies(x -> assertThat(x.active()).isFalse());
            assertThat(trail(s, k.encoded())).extracting(AuditEntry::eventType).containsExactlyInAnyOrder(
                    "EVIDENCE_FILE_ATTACHED", "EVIDENCE_FILE_EXPORTED", "EVIDENCE_FILE_REMOVED");
            assertThatThrownBy(() -> g.gaps().attachEvidence(k, tmp.resolve("missing.pdf")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("is not a file");
        }
    }

    @Test
    void gapsMergeThroughTheCrosswalkAndFiguresFollow() {
        GapServices g = ws.create(tmp.resolve("ws"));
        try (Session s = g.session()) {
            GapRow part11 = g.gaps().rows(Scope.organisation()).stream().filter(r -> r.item().itemId()
                    .equals("11.10(e)")).findFirst().orElseThrow();
            var iso = part11.links().stream().filter(l -> l.frameworkId().equals("iso27001-2022")).findFirst()
                    .orElseThrow();
            AssessmentKey isoKey = org("iso27001-2022", iso.itemId());
            g.gaps().record(part11.key(), new AssessmentChange(AssessmentStatus.NOT_COMPLIANT, "", "", Optional.of(
                    Priority.MEDIUM), Optional.of(LocalDate.of(2027, 6, 30)), ""), 0);
            g.gaps().record(isoKey, new AssessmentChange(AssessmentStatus.PARTIALLY_COMPLIANT, "", "", Optional.of(
                    Priority.HIGH), Optional.of(LocalDate.of(2027, 2, 28)), ""), 0);
            g.gaps().setStatus(org("iso27001-2022", "A.5.1"), AssessmentStatus.COMPLIANT, 0);
            List<MergedGap> merged = g.gaps().mergedGaps(Optional.of(Scope.organisation()), List.of());
            MergedGap m = merged.stream().filter(x -> x.all().stream().anyMatch(r -> r.key().equals(part11.key())))
                    .findFirst().orElseThrow();
            assertThat(m.anchor().key()).as("the ISMS control anchors the fix").isEqualTo(isoKey);
            assertThat(m.addressed()).extracting(GapRow::key).containsExactly(part11.key());
            assertThat(m.sentence()).isEqualTo("Fixing ISO 27001 " + iso.itemId() + " addresses Part 11 11.10(e).");
            assertThat(m.priority()).contains(Priority.HIGH);
            assertThat(m.due()).contains(LocalDate.of(2027, 2, 28));

            GapSummary sum = g.gaps().summary(List.of());
            GapSummary.Counts isoOrg = sum.byFrameworkAndScope().stream().filter(c -> c.frameworkId().equals(
                    "iso27001-2022") && c.scope().isOrganisation()).findFirst().orElseThrow().counts();
            assertThat(isoOrg.compliant()).isEqualTo(1);
            assertThat(isoOrg.partial()).isEqualTo(1);
            assertThat(isoOrg.compliance()).isEqualTo(0.5);
            assertThat(sum.bySection()).anyMatch(c -> c.frameworkId().equals("cfr-part11") && c.notCompliant() == 1
                    && c.section().startsWith("11.10"));
        }
    }

    @Test
    void actionsNeedGapsEvidenceToCloseAndAnotherPersonToVerify() {
        GapServices g = ws.create(tmp.resolve("ws"));
        try (Session s = g.session()) {
            new AccountService(s).addAccount(UserId.of("bob"), "Bob Brown", Role.APPROVER,
                    "another long passphrase 42".toCharArray());
            AssessmentKey gap = org("cfr-part11", "11.10(e)");
            ActionDraft draft = new ActionDraft("Enable ERP audit trail", "Configure reason for change",
                    TestWorkspaces.ADMIN, LocalDate.of(2020, 1, 31), Priority.HIGH, List.of(gap));
            assertThatThrownBy(() -> g.actions().create(draft)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("not a gap");
            g.gaps().setStatus(gap, AssessmentStatus.NOT_COMPLIANT, 0);
            Action a = g.actions().create(draft);
            assertThat(a.reference()).isEqualTo("ACT-001");
            assertThat(a.overdue(g.actions().today())).isTrue();
            assertThat(g.gaps().summary(g.actions().actions()).overdueActions()).isEqualTo(1);
            assertThatThrownBy(() -> g.actions().changeStatus(a.actionId(), ActionStatus.DONE, " ", null, 1))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("closure evidence");
            Action done = g.actions().changeStatus(a.actionId(), ActionStatus.DONE, "CR-2291 effective 2026-11-20",
                    null, 1);
            assertThatThrownBy(() -> g.actions().changeStatus(a.actionId(), ActionStatus.VERIFIED, null, null,
                    done.version())).isInstanceOf(InvalidInputException.class).hasMessageContaining(
                            "someone other than the owner");
            assertThat(trail(s, "ACT-001")).extracting(AuditEntry::eventType).containsExactlyInAnyOrder(
                    "ACTION_CREATED", "ACTION_STATUS_CHANGED");
            Action second = g.actions().create(new ActionDraft("Second", "", UserId.of("bob"), LocalDate.of(2027, 1,
                    1), Priority.LOW, List.of(gap)));
            assertThat(second.reference()).isEqualTo("ACT-002");
            Action secondDone = g.actions().changeStatus(second.actionId(), ActionStatus.DONE, "Evidence", null, 1);
            Action verified = g.actions().changeStatus(second.actionId(), ActionStatus.VERIFIED, null, null,
                    secondDone.version());
            assertThat(verified.verifiedBy()).contains(TestWorkspaces.ADMIN);
            assertThatThrownBy(() -> g.actions().changeStatus(second.actionId(), ActionStatus.OPEN, null, "",
                    verified.version())).isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
        }
    }

    @Test
    void signaturesOfAScopeAndTheActionPlanBreakWhenTheContentChanges() {
        GapServices g = ws.create(tmp.resolve("ws"));
        try (Session s = g.session()) {
            AssessmentKey k = org("cfr-part11", "11.10(a)");
            g.gaps().setStatus(k, AssessmentStatus.COMPLIANT, 0);
            RecordRef rec = new RecordRef(GapService.SIGNED_RECORD_TYPE, Scope.ORGANISATION_KEY);
            g.signatures().sign(rec, "Approved", Optional.of(TestWorkspaces.ADMIN.value()),
                    TestWorkspaces.ADMIN_PASSWORD.toCharArray());
            assertThat(g.signatures().signatures(rec)).singleElement().satisfies(x -> assertThat(x.valid()).isTrue());
            g.gaps().setStatus(k, AssessmentStatus.PARTIALLY_COMPLIANT, 1);
            assertThat(g.signatures().signatures(rec)).singleElement().satisfies(x -> assertThat(x.state())
                    .isEqualTo(SignatureStatus.State.RECORD_CHANGED));

            RecordRef plan = new RecordRef(ActionService.PLAN_RECORD_TYPE, ActionService.PLAN_ID);
            g.signatures().sign(plan, "Approved", Optional.empty(), TestWorkspaces.ADMIN_PASSWORD.toCharArray());
            assertThat(g.signatures().signatures(plan)).singleElement().satisfies(x -> assertThat(x.valid()).isTrue());
            g.actions().create(new ActionDraft("Fix", "", TestWorkspaces.ADMIN, LocalDate.of(2027, 1, 1),
                    Priority.LOW, List.of(k)));
            assertThat(g.signatures().signatures(plan)).singleElement().satisfies(x -> assertThat(x.valid())
                    .isFalse());
        }
    }
    @Test
    void theRequirementModelIsReusedAcrossAssessmentsAndRebuiltWhenTheCrosswalkOrFrameworksChange() {
        GapServices g = ws.create(tmp.resolve("ws"));
        try (Session s = g.session()) {
            GapModel first = g.gaps().model();
            g.gaps().setStatus(org("cfr-part11", "11.10(a)"), AssessmentStatus.COMPLIANT, 0);
            g.gaps().setStatus(org("cfr-part11", "11.10(b)"), AssessmentStatus.NOT_COMPLIANT, 0);
            assertThat(g.gaps().model()).as("assessments do not change the requirement model").isSameAs(first);

            ItemRef d = new ItemRef("cfr-part11", "11.10(d)");
            assertThat(first.linksOf(d)).noneMatch(l -> l.itemId().equals("A.8.2"));
            g.landscape().crosswalk().add(new CrosswalkMapping("cfr-part11", "11.10(d)", "iso27001-2022", "A.8.2",
                    Relationship.INTERSECTS, Confidence.MEDIUM,
                    "Privileged access rights limit who can use the system."), "workshop 2026-12-01");
            GapModel second = g.gaps().model();
            assertThat(second).as("a crosswalk change rebuilds it").isNotSameAs(first);
            assertThat(second.linksOf(d)).anyMatch(l -> l.itemId().equals("A.8.2"));
            assertThat(g.gaps().rows(Scope.organisation())).filteredOn(r -> r.item().ref().equals(d))
                    .singleElement().satisfies(r -> assertThat(r.links()).anyMatch(l -> l.itemId().equals("A.8.2")));

            assertThat(g.gaps().rows(Scope.organisation())).anyMatch(r -> r.item().frameworkId()
                    .equals("iso27001-2022"));
            GapWorkspaces.confirm(g.landscape(), java.util.Set.of(ApplicabilityService.PART11,
                    ApplicabilityService.ANNEX11));
            assertThat(g.gaps().rows(Scope.organisation())).as("a framework decision rebuilds it").isNotEmpty()
                    .noneMatch(r -> r.item().frameworkId().equals("iso27001-2022"));
        }
    }
}
