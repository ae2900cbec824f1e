package org.compliancebridge.ui.step.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.compliancebridge.domain.landscape.CoverageStatus;
import org.compliancebridge.domain.landscape.GxpImpact;
import org.compliancebridge.domain.landscape.Hosting;
import org.compliancebridge.domain.landscape.ItemRef;
import org.compliancebridge.domain.landscape.ProposalLevel;
import org.compliancebridge.domain.landscape.Relationship;
import org.compliancebridge.service.Session;
import org.compliancebridge.testsupport.RecordingDialogs;
import org.compliancebridge.testsupport.LandscapeWorkspaces;
import org.compliancebridge.testsupport.TestData;
import org.compliancebridge.ui.common.ImmediateTaskRunner;
import org.compliancebridge.ui.step.landscape.FrameworksViewModel.FrameworkRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 1's ViewModels without a stage, on a real workspace: validation, commands, navigation between pages. */
class LandscapeViewModelTest {
    private final LandscapeWorkspaces ws = new LandscapeWorkspaces();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    @TempDir
    Path tmp;
    private Session session;
    private LandscapeViewModel vm;

    @BeforeEach
    void open() {
        session = ws.create(tmp.resolve("ws"));
        vm = new LandscapeViewModel(ws.services(session), new ImmediateTaskRunner(), dialogs, Runnable::run);
        vm.load();
    }

    @AfterEach
    void close() {
        session.close();
        assertThat(dialogs.errors).as("no internal errors").isEmpty();
    }

    private void completeProfile() {
        ProfileViewModel p = vm.profile;
        p.employees.set("120");
        p.sites.set("Berlin (DE)");
        p.medicalDevice.set(true);
        p.us.set(true);
        p.eu.set(true);
        p.phi.set(true);
        p.save();
        assertThat(p.status.get()).startsWith("Saved");
    }

    @Test
    void profileValidatesInlineAndSaves() {
        ProfileViewModel p = vm.profile;
        assertThat(p.name.get()).isEqualTo("Acme Devices GmbH");
        assertThat(p.dirty.get()).isFalse();
        assertThat(p.completeness.get()).contains("number of employees", "sectors", "markets");
        p.employees.set("many");
        assertThat(p.employeesError.get()).contains("whole number");
        assertThat(p.dirty.get()).isTrue();
        p.employees.set("120");
        assertThat(p.employeesError.get()).isEmpty();
        p.save();
        assertThat(p.sectorsError.get()).contains("at least one sector");
        assertThat(p.marketsError.get()).contains("at least one market");
        assertThat(p.status.get()).contains("Correct the marked fields");
        p.medicalDevice.set(true);
        p.us.set(true);
        p.sites.set("Berlin (DE)");
        p.save();
        assertThat(p.status.get()).startsWith("Saved");
        assertThat(p.dirty.get()).isFalse();
        assertThat(p.completeness.get()).isEqualTo("The profile is complete.");
        assertThat(vm.progressText.get()).contains("profile complete").contains("0 systems");
        p.name.set("");
        assertThat(p.nameError.get()).contains("organisation's name");
        p.revert();
        assertThat(p.name.get()).isEqualTo("Acme Devices GmbH");
    }

    @Test
    void systemsAreAddedChangedWithAReasonAndRetired() {
        SystemsViewModel s = vm.systems;
        s.startAdd();
        s.name.set("LabWare LIMS");
        List<String> done = new ArrayList<>();
        s.save(() -> done.add("closed"));
        assertThat(s.formProblem.get()).contains("purpose");
        assertThat(done).isEmpty();
        s.purpose.set("QC results");
        s.gxpImpact.set(GxpImpact.HIGH);
        s.part11Relevant.set(true);
        s.supplier.set("LabWare Inc.");
        s.hosting.set(Hosting.ON_PREMISES);
        s.owner.set("QC Head");
        s.save(() -> done.add("closed"));
        assertThat(done).containsExactly("closed");
        assertThat(s.rows).hasSize(1);
        assertThat(s.summary.get()).startsWith("1 active system · 1 Part 11 relevant");

        s.startEdit(s.rows.get(0));
        s.hosting.set(Hosting.SAAS);
        s.save(() -> done.add("cancelled?"));
        assertThat(done).as("no reason given: nothing saved").hasSize(1);
        dialogs.reasons.add("moved to the vendor cloud");
        s.save(() -> done.add("changed"));
        assertThat(s.rows.get(0).hosting()).isEqualTo("SaaS");

        dialogs.reasons.add("decommissioned");
        s.retire(s.rows.get(0));
        assertThat(s.rows).isEmpty();
        s.showRetired.set(true);
        assertThat(s.rows).singleElement().extracting(SystemsViewModel.SystemRow::state).isEqualTo("Retired");
    }

    @Test
    void frameworksAreProposedFromTheProfileAndOverridesNeedAJustification() {
        completeProfile();
        FrameworksViewModel f = vm.frameworks;
        assertThat(f.state.get()).isEqualTo("NOT_CONFIRMED");
        FrameworkRow fda = row("fda-premarket-cybersecurity");
        assertThat(fda.proposal.level()).isEqualTo(ProposalLevel.REQUIRED);
        assertThat(fda.proposal.reason()).contains("Medical devices sold in the US");
        assertThat(fda.applicable.get()).isTrue();
        FrameworkRow csf = row("nist-csf-2.0");
        assertThat(csf.applicable.get()).isFalse();
        csf.applicable.set(true);
        assertThat(csf.overrides.get()).isTrue();
        f.confirm();
        assertThat(csf.problem.get()).contains("Justify");
        assertThat(f.message.get()).contains("needs a justification");
        csf.justification.set("Our US hospital customers ask for CSF profiles");
        f.confirm();
        assertThat(f.message.get()).startsWith("Confirmed");
        assertThat(f.state.get()).isEqualTo("CONFIRMED");
        assertThat(row("nist-csf-2.0").decided).startsWith("applicable, confirmed");
        assertThat(vm.progressText.get()).contains("frameworks confirmed");
    }

    private FrameworkRow row(String id) {
        return vm.frameworks.rows.stream().filter(r -> r.frameworkId.equals(id)).findFirst().orElseThrow();
    }

    @Test
    void browserSearchesShowsDetailAndFollowsCrosswalkLinksBothWays() {
        CatalogueBrowserViewModel b = vm.browser;
        assertThat(b.catalogues).hasSize(9);
        assertThat(b.itemsOf("cfr-part11")).hasSize(79);
        b.query.set("11.10(e)");
        assertThat(b.results.get(0).item().itemId()).isEqualTo("11.10(e)");
        assertThat(b.resultText.get()).contains("match").contains("ms");
        b.select(b.results.get(0).item());
        assertThat(b.detailTitle.get()).isEqualTo("Secure, time-stamped audit trails");
        assertThat(b.detailStatement.get()).startsWith("Use of secure, computer-generated");
        assertThat(b.detailGuidance.get()).contains("FDA 2003 Scope and Application");
        assertThat(b.detailSource.get()).startsWith("https://www.ecfr.gov/");
        var toIso = b.links.stream().filter(l -> l.outgoing() && l.other().itemId().equals("A.8.15")).findFirst()
                .orElseThrow();
        assertThat(b.links).anyMatch(l -> !l.outgoing() && l.other().frameworkId().equals("eu-gmp-annex11-2011"));
        b.follow(toIso);
        assertThat(b.detailId.get()).isEqualTo("A.8.15");
        assertThat(b.detailTitle.get()).isEqualTo("Logging");
        assertThat(b.links).anyMatch(l -> !l.outgoing() && l.other().equals(new ItemRef("cfr-part11", "11.10(e)")));
        assertThat(b.canGoBack.get()).isTrue();
        b.back();
        assertThat(b.detailId.get()).isEqualTo("11.10(e)");

        b.query.set("audit trail");
        assertThat(b.results).anyMatch(r -> r.item().itemId().equals("9") && r.item().frameworkId()
                .equals("eu-gmp-annex11-2011"));
        b.scope.set("iso27001-2022");
        assertThat(b.results).allMatch(r -> r.item().frameworkId().equals("iso27001-2022"));
        b.query.set("");
        assertThat(b.searching.get()).isFalse();
    }

    @Test
    void browserImportsTheNistCatalogueAndRefusesABrokenFileWithoutImporting() throws Exception {
        CatalogueBrowserViewModel b = vm.browser;
        b.importCatalogue(TestData.nistLow());
        assertThat(b.importing.get()).isFalse();
        assertThat(b.importMessage.get()).startsWith("Imported NIST Special Publication 800-53");
        assertThat(b.catalogues).hasSize(10);
        assertThat(b.detailId.get()).as("the first control of the new catalogue is shown").isEqualTo("AC-1");
        assertThat(b.importProgress.get()).isEqualTo(1.0);

        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "{\"catalog\": {\"uuid\": ");
        b.importCatalogue(broken);
        assertThat(dialogs.problems).singleElement().asString().contains("broken.json ends unexpectedly");
        assertThat(b.importMessage.get()).contains("Nothing was imported");
        assertThat(b.catalogues).hasSize(10);
    }

    @Test
    void crosswalkHighlightsGapsAndEditsLinksWithAReason() {
        CrosswalkViewModel c = vm.crosswalk;
        assertThat(c.rows).hasSize(37);
        assertThat(c.summary.get()).contains("37 assessable items").contains("0 gaps");
        c.gapsOnly.set(true);
        assertThat(c.rows).hasSize(5).allMatch(r -> r.status() == CoverageStatus.NO_COUNTERPART);
        c.gapsOnly.set(false);
        c.filter.set("11.10(h)");
        assertThat(c.rows).singleElement();
        c.selected.set(c.rows.get(0));
        assertThat(c.links).isNotEmpty();
        for (var l : List.copyOf(c.links)) {
            if (l.outgoing()) {
                dialogs.reasons.add("mapping judged wrong in the workshop");
                c.retire(l);
            }
        }
        assertThat(c.summary.get()).contains("1 gap");
        assertThat(c.rows.get(0).status()).isEqualTo(CoverageStatus.GAP);

        c.selected.set(c.rows.get(0));
        c.startAdd();
        c.targetId.set("A.7.9");
        c.relationship.set(Relationship.INTERSECTS);
        c.rationale.set("Security of assets off-premises covers checks of where input comes from.");
        List<String> closed = new ArrayList<>();
        c.saveLink(() -> closed.add("x"));
        assertThat(c.formProblem.get()).contains("reason");
        c.reason.set("workshop 2026-11-22");
        c.saveLink(() -> closed.add("x"));
        assertThat(closed).hasSize(1);
        assertThat(c.summary.get()).contains("0 gaps");

        c.openOther(c.links.stream().filter(CrosswalkViewModel.LinkRow::outgoing).findFirst().orElseThrow());
        assertThat(vm.page.get()).isEqualTo(LandscapeViewModel.Page.CATALOGUES);
        assertThat(vm.browser.detailId.get()).isEqualTo("A.7.9");
        assertThat(vm.browser.links).anyMatch(l -> l.origin().equals("added in this workspace"));
    }

    @Test
    void exportsTheDocument() {
        completeProfile();
        Path out = tmp.resolve("landscape.pdf");
        vm.document.exportTo(out);
        assertThat(out).exists();
        assertThat(vm.document.status.get()).startsWith("Wrote landscape.pdf (revision 1");
        assertThat(vm.document.readiness.get()).contains("You can export now");
    }
}
