package org.compliancebridge.ui.step.landscape;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.compliancebridge.domain.landscape.ProposalLevel;
import org.compliancebridge.ui.common.Views;
import org.compliancebridge.ui.step.landscape.FrameworksViewModel.FrameworkRow;

/** Applicable frameworks page: proposal and reason per framework, the decision, and a justification for overrides. */
final class FrameworksPane {
    private FrameworksPane() {
    }

    static Node build(FrameworksViewModel vm) {
        Label status = Views.bound("frameworksStatus", vm.statusText);
        status.getStyleClass().add("status-banner");
        vm.state.addListener((o, a, b) -> styleStatus(status, b));
        styleStatus(status, vm.state.get());

        GridPane grid = new GridPane();
        grid.setId("frameworksGrid");
        grid.setHgap(14);
        grid.setVgap(6);
        ColumnConstraints c0 = new ColumnConstraints(84);
        ColumnConstraints c1 = new ColumnConstraints(250, 300, 360);
        ColumnConstraints c2 = new ColumnConstraints(124);
        ColumnConstraints c3 = new ColumnConstraints();
        c3.setHgrow(Priority.ALWAYS);
        c3.setMinWidth(260);
        grid.getColumnConstraints().addAll(c0, c1, c2, c3);
        Runnable rebuild = () -> rebuild(grid, vm);
        vm.rows.addListener((ListChangeListener<FrameworkRow>) ch -> rebuild.run());
        rebuild.run();

        Button accept = new Button("Reset to proposals");
        accept.setId("acceptProposalsButton");
        accept.setOnAction(e -> vm.acceptProposals());
        Button confirm = new Button("Confirm selection");
        confirm.setId("confirmFrameworksButton");
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.disableProperty().bind(vm.busy);
        confirm.setOnAction(e -> vm.confirm());
        Label message = Views.bound("frameworksMessage", vm.message);
        HBox buttons = new HBox(10, confirm, accept, message);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox top = new VBox(10, Views.muted("The app proposes each framework from the profile and the system inventory."
                + " Tick what applies. Where your decision departs from the proposal, say why: the justification is"
                + " recorded in the audit trail and printed in the landscape document."), status, buttons);
        top.setPadding(new Insets(16, 20, 10, 20));
        grid.setPadding(new Insets(4, 20, 20, 20));
        ScrollPane sp = new ScrollPane(grid);
        sp.setFitToWidth(true);
        javafx.scene.layout.BorderPane page = new javafx.scene.layout.BorderPane(sp);
        page.setTop(top);
        page.setId("frameworksPage");
        return page;
    }

    private static void styleStatus(Label status, String state) {
        status.getStyleClass().removeAll("banner-ok", "banner-warn", "banner-todo");
        status.getStyleClass().add("CONFIRMED".equals(state) ? "banner-ok" : "NEEDS_REVIEW".equals(state)
                ? "banner-warn" : "banner-todo");
    }

    private static void rebuild(GridPane grid, FrameworksViewModel vm) {
        grid.getChildren().clear();
        String[] headers = {"Applicable", "Framework", "Proposal", "Reason / justification"};
        for (int i = 0; i < headers.length; i++) {
            Label h = new Label(headers[i]);
            h.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_MUTED);
            grid.add(h, i, 0);
        }
        int r = 1;
        for (FrameworkRow row : vm.rows) {
            String id = Ui.idPart(row.frameworkId);
            CheckBox applicable = new CheckBox();
            applicable.setId("fw-" + id + "-applicable");
            applicable.selectedProperty().bindBidirectional(row.applicable);
            Label title = new Label(row.title);
            title.setWrapText(true);
            title.getStyleClass().add(Styles.TEXT_BOLD);
            Label fid = new Label(row.frameworkId + (row.draft ? " · DRAFT" : ""));
            fid.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            Label decided = new Label(row.decided);
            decided.setWrapText(true);
            decided.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            VBox name = new VBox(2, title, fid, decided);
            Label level = new Label(row.proposal.level().label());
            level.setId("fw-" + id + "-proposal");
            level.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            level.getStyleClass().addAll("proposal-badge", "proposal-" + row.proposal.level().name().toLowerCase(
                    java.util.Locale.ROOT));
            Label reason = new Label(row.proposal.reason());
            reason.setWrapText(true);
            reason.setId("fw-" + id + "-reason");
            TextField justification = new TextField();
            justification.setId("fw-" + id + "-justification");
            justification.setPromptText("Why your decision departs from the proposal (required)");
            justification.textProperty().bindBidirectional(row.justification);
            justification.visibleProperty().bind(row.overrides.or(row.justification.isNotEmpty()));
            justification.managedProperty().bind(justification.visibleProperty());
            Label problem = new Label();
            problem.setId("fw-" + id + "-problem");
            problem.textProperty().bind(row.problem);
            problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
            problem.visibleProperty().bind(row.problem.isNotEmpty());
            problem.managedProperty().bind(problem.visibleProperty());
            VBox right = new VBox(4, reason, justification, problem);
            grid.add(applicable, 0, r);
            grid.add(name, 1, r);
            grid.add(level, 2, r);
            grid.add(right, 3, r);
            for (Node n : new Node[] {applicable, name, level, right}) {
                GridPane.setValignment(n, VPos.TOP);
                GridPane.setMargin(n, new Insets(8, 0, 8, 0));
            }
            if (row.proposal.level() == ProposalLevel.NOT_PROPOSED) {
                name.setOpacity(0.85);
            }
            r++;
        }
    }
}
