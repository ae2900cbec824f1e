package org.compliancebridge.ui.step.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.compliancebridge.domain.gap.ActionStatus;
import org.compliancebridge.domain.gap.AssessmentStatus;
import org.compliancebridge.domain.landscape.Relationship;
import org.compliancebridge.service.GapServices;
import org.compliancebridge.service.Session;
import org.compliancebridge.testsupport.RecordingDialogs;
import org.compliancebridge.testsupport.GapWorkspaces;
import org.compliancebridge.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 2's ViewModels without a stage, on a real encrypted workspace with confirmed frameworks. */
class GapAnalysisViewModelTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    @TempDir
    Path tmp;
    private Session session;
    private GapAnalysisViewModel vm;

    @BeforeEach
    void setUp() {
        GapServices g = GapWorkspaces.prepared(tmp.resolve("ws"));
        session = g.session();
        vm = new GapAnalysisViewModel(g, new ImmediateTaskRunner(), dialogs, Runnable::run);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        session.close();
        assertThat(dialogs.errors).isEmpty();
    }

    private GapRowViewModel row(String itemId) {
        return vm.assess.rows.stream().filter(r -> r.itemId().equals(itemId)).findFirst().orElseThrow();
    }

    @Test
    void digitSetsTheStatusInPlaceWithTheNextVersionAndKeepsTheSelection() {
        assertThat(vm.scope.get().name()).isEqualTo("Organisation");
        assertThat(vm.assess.rows).hasSizeGreaterThan(50);
        GapRowViewModel r = row("11.10(e)");
        vm.assess.selected.set(r);
        assertThat(r.assessment().version()).isZero();

        assertThat(vm.assess.setStatus(r, AssessmentStatus.ofKey('4').orElseThrow())).isTrue();

        assertThat(row("11.10(e)")).as("the same row object, updated in place").isSameAs(r);
        assertThat(r.status()).isEqualTo(AssessmentStatus.NOT_COMPLIANT);
        assertThat(r.assessment().version()).isEqualTo(1);
        assertThat(vm.assess.selected.get()).isSameAs(r);
        assertThat(vm.assess.detail.status.get()).isEqualTo(AssessmentStatus.NOT_COMPLIANT);
        assertThat(vm.assess.progressText.get()).startsWith("1 / " + vm.assess.rows.size() + " assessed · 1 gap");
        assertThat(vm.services().gaps().assessment(r.key()).status()).isEqualTo(AssessmentStatus.NOT_COMPLIANT);

        vm.assess.setStatus(r, AssessmentStatus.COMPLIANT);
        assertThat(r.assessment().version()).isEqualTo(2);
    }

    @Test
    void filtersByStatusAndByTextOverIdTitleAndNotes() {
        int all = vm.assess.rows.size();
        vm.assess.setStatus(row("11.10(e)"), AssessmentStatus.PARTIALLY_COMPLIANT);
        vm.assess.statusFilter.set(AssessmentStatus.PARTIALLY_COMPLIANT);
        assertThat(vm.assess.filtered).extracting(GapRowViewModel::itemId).containsExactly("11.10(e)");
        vm.assess.statusFilter.set(null);
        assertThat(vm.assess.filtered).hasSize(all);

        vm.assess.searchText.set("AUDIT TRAIL");
        assertThat(vm.assess.filtered).isNotEmpty().allMatch(r -> r.searchText().contains("audit trail"));
        assertThat(vm.assess.shownText.get()).contains("of " + all);

        GapRowViewModel a815 = row("A.8.15");
        vm.assess.searchText.set("");
        vm.assess.selected.set(a815);
        vm.assess.detail.notes.set("Syslog forwarding to the SIEM since 2023");
        vm.assess.detail.save();
        vm.assess.searchText.set("siem");
        assertThat(vm.assess.filtered).containsExactly(a815);
    }

    @Test
    void notApplicableWithoutNotesShowsTheInlineMessageAndStoresNothing() {
        GapRowViewModel r = row("11.10(a)");
        vm.assess.selected.set(r);
        int before = vm.assess.focusNotesRequests.get();

        assertThat(vm.assess.setStatus(r, AssessmentStatus.NOT_APPLICABLE)).isFalse();

        assertThat(vm.assess.detail.notesMessage.get()).contains("needs a justification");
        assertThat(vm.assess.focusNotesRequests.get()).as("the notes field is focused").isEqualTo(before + 1);
        assertThat(r.assessment().version()).isZero();
        vm.assess.detail.notes.set("No closed systems in use");
        assertThat(vm.assess.detail.notesMessage.get()).isEmpty();
        vm.assess.detail.save();
        assertThat(r.status()).isEqualTo(AssessmentStatus.NOT_APPLICABLE);
        assertThat(vm.assess.detail.saveMessage.get()).isEqualTo("Saved.");
        assertThat(dialogs.problems).isEmpty();
    }

    @Test
    void carryOverIsOfferedForEqualLinksAndMarksTheTargetsDerived() {
        GapRowViewModel source = vm.assess.rows.stream().filter(r -> r.get().links().stream().anyMatch(l ->
                l.relationship() == Relationship.EQUAL && vm.assess.rows.stream().anyMatch(o -> o.itemId().equals(
                        l.itemId()) && o.get().item().frameworkId().equals(l.frameworkId())))).findFirst()
                .orElseThrow(() -> new AssertionError("no equal link between applicable items"));
        vm.assess.selected.set(source);

        vm.assess.setStatus(source, AssessmentStatus.NOT_COMPLIANT);

        assertThat(vm.assess.carryOver).isNotEmpty();
        assertThat(vm.assess.carryOverText.get()).contains("Not compliant (derived — needs review)");
        var first = vm.assess.carryOver.get(0).candidate().target();
        vm.assess.carryOver.forEach(c -> c.selected().set(c.candidate().target().equals(first)));
        vm.assess.applyCarryOver();

        GapRowViewModel target = vm.assess.rows.stream().filter(r -> r.key().equals(first)).findFirst()
                .orElseThrow();
        assertThat(target.status()).isEqualTo(AssessmentStatus.NOT_COMPLIANT);
        assertThat(target.assessment().needsReview()).isTrue();
        assertThat(vm.assess.carryOver).isEmpty();

        vm.assess.selected.set(target);
        assertThat(vm.assess.detail.derived.get()).isTrue();
        vm.assess.detail.confirmDerived();
        assertThat(target.assessment().needsReview()).isFalse();
    }

    @Test
    void workshopDigitsSetAndMoveAndTheCounterFollows() {
        vm.assess.selected.set(vm.assess.filtered.get(0));
        assertThat(vm.workshop.start()).isTrue();
        assertThat(vm.workshop.index.get()).isZero();
        vm.workshop.setStatus(AssessmentStatus.COMPLIANT);
        vm.workshop.setStatus(AssessmentStatus.NOT_COMPLIANT);
        assertThat(vm.workshop.index.get()).isEqualTo(2);
        assertThat(vm.workshop.counter.get()).isEqualTo("2 / " + vm.assess.rows.size() + " assessed · 1 gap");
        vm.workshop.previous();
        assertThat(vm.workshop.answer.get()).startsWith("Not compliant");
        vm.workshop.setStatus(AssessmentStatus.NOT_APPLICABLE);
        assertThat(vm.workshop.editingNotes.get()).isTrue();
        vm.workshop.notesDraft.set("Handled by the supplier's hosting");
        vm.workshop.saveNotes();
        assertThat(vm.assess.filtered.get(1).status()).isEqualTo(AssessmentStatus.NOT_APPLICABLE);
        vm.workshop.stop();
        assertThat(vm.assess.selected.get()).isSameAs(vm.assess.filtered.get(2));
    }

    @Test
    void actionFromAGapAndTheOwnerCannotVerifyIt() {
        vm.assess.setStatus(row("11.10(e)"), AssessmentStatus.NOT_COMPLIANT);
        vm.gaps.load();
        assertThat(vm.gaps.gaps).isNotEmpty();
        var gap = vm.gaps.gaps.get(0);
        assertThat(gap.sentence()).startsWith("Fixing ");
        vm.actions.load();
        ActionPlanViewModel.Editor e = vm.actions.create(Optional.of(gap));
        assertThat(e.linkedGaps()).isNotEmpty();
        assertThat(e.owner.get().userId().value()).isEqualTo("alice");
        e.save(() -> { });
        assertThat(e.problem.get()).isEmpty();
        assertThat(vm.actions.actions).hasSize(1);
        vm.actions.selected.set(vm.actions.actions.get(0));

        vm.actions.start();
        dialogs.reasons.add("SOP-IT-014 effective 2026-11-02");
        vm.actions.close();
        assertThat(vm.actions.selected.get().status()).isEqualTo(ActionStatus.DONE);
        vm.actions.verify();

        assertThat(vm.actions.problem.get()).contains("you cannot verify it");
        assertThat(vm.actions.selected.get().status()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    void editsInTheDetailPaneAreKeptWhenMovingOnOrWhenADigitSetsTheStatus() {
        GapRowViewModel a = row("11.10(a)");
        GapRowViewModel b = row("11.10(b)");
        vm.assess.selected.set(a);
        vm.assess.detail.evidence.set("VR-ERP-2026-01 validation report");
        // A digit on the same row keeps the typed evidence in the pane (and the status it set).
        vm.assess.setStatus(a, AssessmentStatus.COMPLIANT);
        assertThat(vm.assess.detail.status.get()).isEqualTo(AssessmentStatus.COMPLIANT);
        assertThat(vm.assess.detail.evidence.get()).isEqualTo("VR-ERP-2026-01 validation report");
        // Moving on saves what was typed, like a spreadsheet.
        vm.assess.selected.set(b);
        assertThat(a.assessment().evidence()).isEqualTo("VR-ERP-2026-01 validation report");
        assertThat(a.assessment().status()).isEqualTo(AssessmentStatus.COMPLIANT);

        // An edit that cannot be saved is named, not dropped silently.
        vm.assess.detail.status.set(AssessmentStatus.NOT_APPLICABLE);
        vm.assess.selected.set(a);
        assertThat(vm.assess.problem.get()).contains("were not saved").contains("11.10(b)")
                .contains("justification");
        assertThat(b.assessment().version()).isZero();
    }
}
