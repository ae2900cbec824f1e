package org.compliancebridge.ui.step.landscape;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compliancebridge.domain.landscape.Catalogue;
import org.compliancebridge.domain.landscape.FrameworkDecision;
import org.compliancebridge.domain.landscape.FrameworkProposal;
import org.compliancebridge.service.ApplicabilityService;
import org.compliancebridge.service.LandscapeServices;
import org.compliancebridge.ui.common.DialogService;
import org.compliancebridge.ui.common.ErrorMessages;
import org.compliancebridge.ui.common.TaskRunner;

/** Applicable frameworks: the app's proposal with its reason, the user's decision and, for overrides, why. */
public final class FrameworksViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private final LandscapeServices services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Runnable onChanged;

    /** One framework: proposal (read-only) and the decision being edited. */
    public static final class FrameworkRow {
        public final String frameworkId;
        public final String title;
        public final boolean draft;
        public final FrameworkProposal proposal;
        public final BooleanProperty applicable = new SimpleBooleanProperty();
        public final StringProperty justification = new SimpleStringProperty("");
        public final StringProperty problem = new SimpleStringProperty("");
        public final String decided;
        /** Whether the current choice departs from the proposal (a justification is then required). */
        public final BooleanBinding overrides;

        FrameworkRow(Catalogue c, FrameworkProposal p, FrameworkDecision d, String decided) {
            this.frameworkId = c.frameworkId();
            this.title = c.title();
            this.draft = c.info().draft();
            this.proposal = p;
            this.decided = decided;
            applicable.set(d != null ? d.applicable() : p.proposed());
            justification.set(d != null ? d.justification() : "");
            overrides = Bindings.createBooleanBinding(() -> applicable.get() != p.proposed(), applicable);
            applicable.addListener((o, a, b) -> problem.set(""));
            justification.addListener((o, a, b) -> problem.set(""));
        }
    }

    public final ObservableList<FrameworkRow> rows = FXCollections.observableArrayList();
    public final StringProperty statusText = new SimpleStringProperty("");
    /** NOT_CONFIRMED, CONFIRMED or NEEDS_REVIEW, for styling. */
    public final StringProperty state = new SimpleStringProperty("");
    public final StringProperty message = new SimpleStringProperty("");
    public final BooleanProperty busy = new SimpleBooleanProperty();

    FrameworksViewModel(LandscapeServices services, TaskRunner tasks, DialogService dialogs, Runnable onChanged) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.onChanged = onChanged;
    }

    private record Loaded(List<Catalogue> catalogues, List<FrameworkProposal> proposals,
            List<FrameworkDecision> decisions, ApplicabilityService.Status status) {
    }

    public void load() {
        tasks.run("Loading frameworks", () -> {
            List<FrameworkProposal> p = services.applicability().proposals();
            List<FrameworkDecision> d = services.applicability().decisions();
            return new Loaded(services.catalogues().orderedCatalogues(), p, d, ApplicabilityService.status(d, p));
        }, this::apply, t -> ErrorMessages.report(dialogs, "Loading the frameworks", t));
    }

    private void apply(Loaded l) {
        Map<String, FrameworkDecision> decided = l.decisions().stream().collect(Collectors.toMap(
                FrameworkDecision::frameworkId, d -> d));
        Map<String, FrameworkProposal> proposed = l.proposals().stream().collect(Collectors.toMap(
                FrameworkProposal::frameworkId, p -> p));
        List<FrameworkRow> out = new ArrayList<>();
        for (Catalogue c : l.catalogues()) {
            FrameworkDecision d = decided.get(c.frameworkId());
            out.add(new FrameworkRow(c, proposed.get(c.frameworkId()), d, d == null ? "not decided yet"
                    : (d.applicable() ? "applicable" : "not applicable") + ", confirmed "
                    + WHEN.format(d.decidedAt().atZone(services.session().zone())) + " by " + d.decidedBy()));
        }
        rows.setAll(out);
        state.set(l.status().state().name());
        statusText.set(switch (l.status().state()) {
            case NOT_CONFIRMED -> "Not confirmed yet. Review the proposals, change what does not fit (with a"
                    + " justification) and confirm.";
            case CONFIRMED -> l.status().applicableCount() + " frameworks confirmed as applicable. They are the"
                    + " scope of the gap analysis and the later steps.";
            case NEEDS_REVIEW -> "The profile or the inventory changed since the selection was confirmed: "
                    + String.join("; ", l.status().reviewReasons()) + ". Review and confirm again.";
        });
    }

    /** Resets every row to the app's proposal (justifications are kept). */
    public void acceptProposals() {
        rows.forEach(r -> r.applicable.set(r.proposal.proposed()));
    }

    public void confirm() {
        message.set("");
        boolean ok = true;
        for (FrameworkRow r : rows) {
            if (r.overrides.get() && r.justification.get().isBlank()) {
                r.problem.set("Justify why this framework is " + (r.applicable.get() ? "applicable although not"
                        + " proposed." : "not applicable although proposed."));
                ok = false;
            }
        }
        if (!ok) {
            message.set("Every decision that departs from the proposal needs a justification.");
            return;
        }
        List<ApplicabilityService.Choice> choices = rows.stream().map(r -> new ApplicabilityService.Choice(
                r.frameworkId, r.applicable.get(), r.justification.get())).toList();
        busy.set(true);
        tasks.run("Confirming", () -> services.applicability().confirm(choices), d -> {
            busy.set(false);
            message.set("Confirmed. Each decision is recorded in the audit trail.");
            load();
            onChanged.run();
        }, t -> {
            busy.set(false);
            if (ErrorMessages.isExpected(t)) {
                message.set(t.getMessage());
            } else {
                ErrorMessages.report(dialogs, "Confirming the frameworks", t);
            }
        });
    }
}
