package org.compliancebridge.ui.step.gap;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compliancebridge.domain.gap.MergedGap;
import org.compliancebridge.domain.gap.Scope;
import org.compliancebridge.service.GapServices;
import org.compliancebridge.ui.common.DialogService;
import org.compliancebridge.ui.common.ErrorMessages;
import org.compliancebridge.ui.common.TaskRunner;

/** The merged gap view: gaps the crosswalk ties together, one fix each, for one scope or all of them. */
public final class GapsViewModel {
    /** The scope chooser's entry for "every scope". */
    public static final Scope ALL_SCOPES = new Scope("*", "All scopes", Optional.empty());

    private final GapServices services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    public final ObservableList<MergedGap> gaps = FXCollections.observableArrayList();
    public final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(ALL_SCOPES);
    public final ObjectProperty<MergedGap> selected = new SimpleObjectProperty<>();
    public final StringProperty summary = new SimpleStringProperty("");

    GapsViewModel(GapServices services, TaskRunner tasks, DialogService dialogs) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        scope.addListener(o -> load());
    }

    public void load() {
        Optional<Scope> only = scope.get() == null || scope.get() == ALL_SCOPES ? Optional.empty()
                : Optional.of(scope.get());
        tasks.run("Loading gaps", () -> services.gaps().mergedGaps(only, services.actions().actions()), list -> {
            gaps.setAll(list);
            int requirements = list.stream().mapToInt(g -> g.all().size()).sum();
            summary.set(list.isEmpty() ? "No gaps: nothing is partially or not compliant." : list.size()
                    + (list.size() == 1 ? " fix" : " fixes") + " close " + requirements + " gap"
                    + (requirements == 1 ? "" : "s") + ".");
        }, t -> ErrorMessages.report(dialogs, "Loading gaps", t));
    }

    static String scopeLabel(MergedGap g) {
        return g.scope().name();
    }

    List<MergedGap> now() {
        return List.copyOf(gaps);
    }
}
