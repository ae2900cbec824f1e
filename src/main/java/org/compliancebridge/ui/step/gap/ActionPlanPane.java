package org.compliancebridge.ui.step.gap;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.compliancebridge.domain.Account;
import org.compliancebridge.domain.gap.Action;
import org.compliancebridge.ui.common.SignaturePanel;
import org.compliancebridge.ui.common.Views;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The Action plan tab: actions (overdue ones stand out in red), the editor dialog, status moves, signatures. */
final class ActionPlanPane {
    private ActionPlanPane() {
    }

    static Node build(ActionPlanViewModel vm) {
        TableView<Action> table = new TableView<>(vm.actions);
        table.setId("actionsTable");
        table.setPlaceholder(new Label("No actions yet. Create one from a gap (Gaps tab) or here."));
        table.getColumns().setAll(List.of(
                Views.<Action>column("ID", Action::reference, 80),
                Views.<Action>column("Title", Action::title, 320),
                Views.<Action>column("Owner", vm::ownerName, 140),
                Views.<Action>column("Due", a -> a.due().toString() + (vm.overdue(a) ? "  (overdue)" : ""), 175),
                Views.<Action>column("Priority", a -> a.priority().label(), 80),
                Views.<Action>column("Status", a -> a.status().label(), 100),
                Views.<Action>column("Gaps", a -> Integer.toString(a.gaps().size()), 60)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Action a, boolean empty) {
                super.updateItem(a, empty);
                getStyleClass().remove("overdue-row");
                if (!empty && vm.overdue(a)) {
                    getStyleClass().add("overdue-row");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selected.set(b));
        vm.selected.addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });

        Button create = button("New action…", "newActionButton", new FontIcon(MaterialDesignP.PLUS));
        create.setOnAction(e -> vm.create(java.util.Optional.empty()));
        Button edit = button("Edit…", "editActionButton", new FontIcon(MaterialDesignP.PENCIL_OUTLINE));
        edit.setOnAction(e -> vm.edit());
        Button start = button("Start", "startActionButton", null);
        start.setOnAction(e -> vm.start());
        Button close = button("Close…", "closeActionButton", null);
        close.setOnAction(e -> vm.close());
        Button verify = button("Verify", "verifyActionButton", new FontIcon(MaterialDesignC.CHECK_DECAGRAM));
        verify.getStyleClass().add(Styles.SUCCESS);
        verify.setOnAction(e -> vm.verify());
        Button reopen = button("Reopen…", "reopenActionButton", null);
        reopen.setOnAction(e -> vm.reopen());
        for (Button b : List.of(edit, start, close, verify, reopen)) {
            b.disableProperty().bind(vm.selected.isNull());
        }
        Label summary = Views.bound("actionsSummary", vm.summary);
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        HBox bar = new HBox(8, create, edit, start, close, verify, reopen, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label problem = Views.bound("actionProblem", vm.problem);
        problem.getStyleClass().add("problem-bar");
        problem.managedProperty().bind(vm.problem.isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());

        VBox box = new VBox(10, bar, problem, table, new SignaturePanel(vm.signatures, "actionPlan").root());
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12, 16, 12, 16));
        box.setId("actionsPage");
        vm.editor.addListener((o, a, b) -> {
            if (b != null && a == null) {
                javafx.application.Platform.runLater(() -> showEditor(box, vm, b));
            }
        });
        return box;
    }

    private static Button button(String text, String id, FontIcon icon) {
        Button b = icon == null ? new Button(text) : new Button(text, icon);
        b.setId(id);
        return b;
    }

    private static void showEditor(Node anchor, ActionPlanViewModel vm, ActionPlanViewModel.Editor e) {
        Dialog<ButtonType> d = new Dialog<>();
        if (anchor.getScene() != null) {
            d.initOwner(anchor.getScene().getWindow());
        }
        d.setTitle(e.heading.get());
        d.setHeaderText(e.heading.get());
        TextField title = new TextField();
        title.setId("actionTitleField");
        title.textProperty().bindBidirectional(e.title);
        TextArea description = new TextArea();
        description.setId("actionDescriptionField");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(e.description);
        ComboBox<Account> owner = new ComboBox<>(vm.owners);
        owner.setId("actionOwnerCombo");
        owner.valueProperty().bindBidirectional(e.owner);
        Fx.labels(owner, a -> a == null ? "" : a.fullName() + " (" + a.userId().value() + ")");
        DatePicker due = Views.isoDatePicker();
        due.setId("actionDuePicker");
        due.valueProperty().bindBidirectional(e.due);
        ComboBox<org.compliancebridge.domain.gap.Priority> prio = new ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(org.compliancebridge.domain.gap.Priority
                        .values()));
        prio.setId("actionPriorityCombo");
        prio.valueProperty().bindBidirectional(e.priority);
        Fx.labels(prio, p -> p == null ? "" : p.label());
        ListView<ActionPlanViewModel.GapChoice> gaps = new ListView<>(e.gaps);
        gaps.setId("actionGapsList");
        gaps.setPrefHeight(160);
        gaps.setCellFactory(CheckBoxListCell.forListView(ActionPlanViewModel.GapChoice::linked,
                new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(ActionPlanViewModel.GapChoice g) {
                        return g == null ? "" : g.label();
                    }

                    @Override
                    public ActionPlanViewModel.GapChoice fromString(String s) {
                        return null;
                    }
                }));
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        // Labels keep their full width ("Description", "Closes gaps"); the fields take the rest.
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(labels, fields);
        g.addRow(0, new Label("Title"), title);
        g.addRow(1, new Label("Description"), description);
        g.addRow(2, new Label("Owner"), owner);
        g.addRow(3, new Label("Due"), due);
        g.addRow(4, new Label("Priority"), prio);
        g.addRow(5, new Label("Closes gaps"), gaps);
        GridPane.setHgrow(title, Priority.ALWAYS);
        Label problem = Fx.message("actionEditorProblem", e.problem);
        VBox content = new VBox(10, g, problem);
        content.setPrefWidth(760);
        d.getDialogPane().setContent(content);
        Views.wideDialog(d);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, save);
        Button ok = (Button) d.getDialogPane().lookupButton(save);
        ok.setId("saveActionButton");
        ok.disableProperty().bind(e.busy);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, ev -> {
            ev.consume();
            e.save(() -> d.setResult(save));
        });
        d.setOnShown(ev -> title.requestFocus());
        d.showAndWait();
        if (vm.editor.get() == e) {
            e.cancel();
        }
    }
}
