package org.compliancebridge.ui.dashboard;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.compliancebridge.ui.shell.Section;

/** The dashboard: workspace figures, and the honest state of each step. */
public final class DashboardView {
    private final VBox root = new VBox(20);

    public DashboardView(DashboardViewModel vm) {
        root.setId("dashboardView");
        root.setPadding(new Insets(28));
        Label title = new Label();
        title.setId("dashboardOrganisation");
        title.textProperty().bind(vm.organisation);
        title.getStyleClass().add(Styles.TITLE_2);
        Label created = new Label();
        created.textProperty().bind(vm.created.map(c -> "Workspace created " + c));
        created.getStyleClass().add(Styles.TEXT_MUTED);

        FlowPane cards = new FlowPane(16, 16,
                card("Active accounts", vm.activeAccounts.asString(), "dashboardAccounts"),
                card("Audit trail entries", vm.auditEntries.asString(), "dashboardAuditEntries"),
                card("Data format", vm.schema, "dashboardSchema"));

        Label stepsTitle = new Label("The six steps");
        stepsTitle.getStyleClass().add(Styles.TITLE_4);
        GridPane steps = new GridPane();
        steps.setHgap(24);
        steps.setVgap(8);
        int r = 0;
        for (Section s : new Section[] {Section.LANDSCAPE, Section.GAP_ANALYSIS, Section.STRATEGY, Section.CONTROLS,
                Section.MONITORING, Section.IMPROVEMENT, Section.RISKS, Section.SUPPLIERS}) {
            Label name = new Label(s.title());
            Label state = new Label("Planned — not built yet");
            state.getStyleClass().add(Styles.TEXT_MUTED);
            if (s == Section.GAP_ANALYSIS) {
                state.setId("dashboardGapState");
                state.textProperty().bind(vm.gapState);
            }
            if (s == Section.LANDSCAPE) {
                state.setId("dashboardLandscapeState");
                state.textProperty().bind(vm.landscapeState);
                vm.landscapeDone.addListener((o, a, b) -> {
                    state.getStyleClass().removeAll(Styles.SUCCESS, Styles.TEXT_MUTED);
                    state.getStyleClass().add(b ? Styles.SUCCESS : Styles.TEXT_MUTED);
                });
            }
            steps.addRow(r++, name, state);
        }
        root.getChildren().addAll(title, created, cards, stepsTitle, steps);
        // Step 2's figures appear when loaded (in the background); before any assessment they would be all grey.
        vm.gapSummary.addListener((o, a, b) -> {
            root.getChildren().removeIf(n -> "dashboardGapFigures".equals(n.getId()));
            if (b != null && !b.byFrameworkAndScope().isEmpty()) {
                root.getChildren().add(GapFigures.build(b));
            }
        });
        vm.refresh();
    }

    static VBox card(String label, javafx.beans.value.ObservableValue<String> value, String id) {
        Label v = new Label();
        v.setId(id);
        v.textProperty().bind(value);
        v.getStyleClass().add(Styles.TITLE_1);
        Label l = new Label(label);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        VBox c = new VBox(4, v, l);
        c.setPadding(new Insets(16, 20, 16, 20));
        c.setMinWidth(200);
        c.getStyleClass().add("figure-card");
        return c;
    }

    public Parent root() {
        ScrollPane sp = new ScrollPane(root);
        sp.setFitToWidth(true);
        return sp;
    }
}
