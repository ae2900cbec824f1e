package org.compliancebridge.ui.step.gap;

import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compliancebridge.domain.RecordRef;
import org.compliancebridge.domain.gap.Scope;
import org.compliancebridge.service.GapService;
import org.compliancebridge.service.GapServices;
import org.compliancebridge.ui.common.DialogService;
import org.compliancebridge.ui.common.ErrorMessages;
import org.compliancebridge.ui.common.SignaturesViewModel;
import org.compliancebridge.ui.common.TaskRunner;

/**
 * Step 2, gap analysis: the parent of its pages (assess, gaps, action plan, matrix and report). Owns the scope being
 * assessed and the tab shown; tells the other pages when assessments or actions changed.
 */
public final class GapAnalysisViewModel {
    /** The pages of the step. */
    public enum Page { ASSESS, GAPS, ACTIONS, MATRIX }

    private final GapServices services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    public final ObservableList<Scope> scopes = FXCollections.observableArrayList();
    public final ObjectProperty<Scope> scope = new SimpleObjectProperty<>();
    public final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.ASSESS);
    public final StringProperty frameworksText = new SimpleStringProperty("");
    public final AssessViewModel assess;
    public final WorkshopViewModel workshop;
    public final GapsViewModel gaps;
    public final ActionPlanViewModel actions;
    public final MatrixViewModel matrix;
    /** Signatures of the current scope's gap assessment. */
    public final SignaturesViewModel scopeSignatures;

    public GapAnalysisViewModel(GapServices services, TaskRunner tasks, DialogService dialogs, Executor uiThread) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.assess = new AssessViewModel(services.gaps(), tasks, dialogs, this::assessmentsChanged);
        this.workshop = new WorkshopViewModel(assess, services.gaps(), tasks);
        this.gaps = new GapsViewModel(services, tasks, dialogs);
        this.actions = new ActionPlanViewModel(services, tasks, dialogs, this::actionsChanged);
        this.matrix = new MatrixViewModel(services, tasks, dialogs, uiThread, scope::get, this::reload);
        this.scopeSignatures = new SignaturesViewModel(services.signatures(), () -> Optional.ofNullable(scope.get())
                .map(s -> new RecordRef(GapService.SIGNED_RECORD_TYPE, s.key())), tasks, dialogs);
        scope.addListener((o, a, b) -> {
            assess.load(b);
            scopeSignatures.refresh();
        });
        page.addListener((o, a, b) -> showing(b));
    }

    private record Loaded(java.util.List<Scope> scopes, java.util.List<String> frameworks) {
    }

    /** Loads the scopes (then the grid of the first one) in the background. */
    public void load() {
        tasks.run("Loading scopes", () -> new Loaded(services.gaps().scopes(), services.gaps().frameworks().stream()
                .map(services.gaps()::frameworkName).toList()), l -> {
                    scopes.setAll(l.scopes());
                    frameworksText.set(l.frameworks().isEmpty() ? "No frameworks confirmed yet: confirm them in step"
                            + " 1 (Frameworks), then assess here." : "Assessing " + String.join(", ", l.frameworks())
                            + ".");
                    Scope was = scope.get();
                    Scope next = was != null && l.scopes().contains(was) ? was : l.scopes().get(0);
                    if (next.equals(was)) {
                        assess.load(next);
                    } else {
                        scope.set(next);
                    }
                }, t -> ErrorMessages.report(dialogs, "Loading scopes", t));
    }

    private void showing(Page p) {
        switch (p) {
            case GAPS -> gaps.load();
            case ACTIONS -> actions.load();
            default -> { }
        }
    }

    private void assessmentsChanged() {
        scopeSignatures.refresh();
    }

    private void actionsChanged() {
        gaps.load();
    }

    /** After an import: everything may have changed. */
    private void reload() {
        assess.load(scope.get());
        scopeSignatures.refresh();
        showing(page.get());
    }

    public GapServices services() {
        return services;
    }
}
