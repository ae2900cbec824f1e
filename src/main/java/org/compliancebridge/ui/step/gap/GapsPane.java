package org.compliancebridge.ui.step.gap;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.compliancebridge.domain.gap.MergedGap;
import org.compliancebridge.domain.gap.Scope;
import org.compliancebridge.ui.common.Views;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The Gaps tab: merged gaps ("Fixing ISO 27001 A.8.15 addresses ..."), with "Create action…" from a gap. */
final class GapsPane {
    private GapsPane() {
    }

    static Node build(GapAnalysisViewModel parent, Runnable showActions) {
        GapsViewModel vm = parent.gaps;
        ComboBox<Scope> scope = new ComboBox<>();
        scope.setId("gapsScopeCombo");
        Runnable fill = () -> {
            List<Scope> all = new ArrayList<>();
            all.add(GapsViewModel.ALL_SCOPES);
            all.addAll(parent.scopes);
            Scope was = vm.scope.get();
            scope.getItems().setAll(all);
            vm.scope.set(was);
        };
        fill.run();
        parent.scopes.addListener((javafx.beans.InvalidationListener) o -> fill.run());
        scope.valueProperty().bindBidirectional(vm.scope);
        Label summary = Views.bound("gapsSummary", vm.summary);
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        Button create = new Button("Create action…", new FontIcon(MaterialDesignP.PLAYLIST_PLUS));
        create.setId("createActionFromGapButton");
        create.getStyleClass().add(Styles.ACCENT);
        create.disableProperty().bind(vm.selected.isNull());
        create.setOnAction(e -> {
            MergedGap g = vm.selected.get();
            if (g != null) {
                showActions.run();
                parent.actions.create(Optional.of(g));
            }
        });
        HBox bar = new HBox(10, new Label("Scope"), scope, summary, create);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<MergedGap> table = new TableView<>(vm.gaps);
        table.setId("gapsTable");
        table.setPlaceholder(new Label("No gaps in this scope."));
        var sentence = Views.<MergedGap>wrapping("Fix", MergedGap::sentence, 420);
        table.getColumns().setAll(List.of(
                Views.column("Scope", GapsViewModel::scopeLabel, 140),
                sentence,
                Views.column("Gaps", g -> Integer.toString(g.all().size()), 60),
                Views.column("Worst", g -> g.all().stream().anyMatch(r -> r.assessment().status()
                        == org.compliancebridge.domain.gap.AssessmentStatus.NOT_COMPLIANT) ? "Not compliant"
                        : "Partially compliant", 150),
                Views.column("Priority", g -> g.priority().map(org.compliancebridge.domain.gap.Priority::label)
                        .orElse(""), 80),
                Views.column("Due", g -> g.due().map(LocalDate::toString).orElse(""), 100),
                Views.column("Actions", g -> String.join(", ", g.actions()), 120)));
        // The fix sentence takes the spare width; the short columns keep theirs.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        sentence.prefWidthProperty().bind(table.widthProperty().subtract(140 + 60 + 150 + 80 + 100 + 120 + 20));
        vm.selected.bind(table.getSelectionModel().selectedItemProperty());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && vm.selected.get() != null) {
                create.fire();
            }
        });
        VBox box = new VBox(10, bar, Views.muted("Gaps linked through the crosswalk are merged: one fix addresses"
                + " all of them. Select a gap and press Enter (or Create action…) to plan the fix."), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12, 16, 12, 16));
        box.setId("gapsPage");
        return box;
    }
}
