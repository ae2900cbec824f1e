package org.compliancebridge.ui.step.landscape;

import atlantafx.base.theme.Styles;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.compliancebridge.domain.landscape.Confidence;
import org.compliancebridge.domain.landscape.CoverageStatus;
import org.compliancebridge.domain.landscape.Relationship;
import org.compliancebridge.ui.common.Views;
import org.compliancebridge.ui.shell.Forms;
import org.compliancebridge.ui.step.landscape.CrosswalkViewModel.CoverageRow;
import org.compliancebridge.ui.step.landscape.CrosswalkViewModel.LinkRow;

/** Crosswalk page: Part 11 / Annex 11 items against ISO/IEC 27001 with coverage gaps highlighted. */
final class CrosswalkPane {
    private static final PseudoClass GAP = PseudoClass.getPseudoClass("gap");
    private static final PseudoClass NONE = PseudoClass.getPseudoClass("no-counterpart");
    private static final Map<String, String> SOURCE_NAMES = Map.of("cfr-part11", "21 CFR Part 11",
            "eu-gmp-annex11-2011", "EU GMP Annex 11 (2011)");

    private CrosswalkPane() {
    }

    static Node build(CrosswalkViewModel vm) {
        ComboBox<String> source = new ComboBox<>();
        source.setId("crosswalkSourceCombo");
        source.getItems().setAll(CrosswalkViewModel.SOURCES);
        source.setConverter(SystemsPane.converter(id -> SOURCE_NAMES.getOrDefault(id, id)));
        source.valueProperty().bindBidirectional(vm.source);
        Label against = new Label("against ISO/IEC 27001:2022");
        against.setMinWidth(Region.USE_PREF_SIZE);
        TextField filter = new TextField();
        filter.setId("crosswalkFilterField");
        filter.setPromptText("Filter by ID, title or ISO control");
        filter.textProperty().bindBidirectional(vm.filter);
        filter.setPrefWidth(240);
        HBox.setHgrow(filter, Priority.SOMETIMES);
        CheckBox gaps = new CheckBox("Only items without an ISO link");
        gaps.setMinWidth(Region.USE_PREF_SIZE);
        gaps.setId("gapsOnlyCheck");
        gaps.selectedProperty().bindBidirectional(vm.gapsOnly);
        HBox bar = new HBox(10, source, against, filter, gaps);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label summary = Views.bound("crosswalkSummary", vm.summary);
        summary.getStyleClass().add(Styles.TEXT_MUTED);

        TableView<CoverageRow> table = new TableView<>(vm.rows);
        table.setId("coverageTable");
        table.getColumns().add(Views.column("Item", CoverageRow::itemId, 120));
        table.getColumns().add(Views.wrapping("Title", CoverageRow::title, 300));
        table.getColumns().add(Views.column("Coverage", CoverageRow::statusLabel, 190));
        table.getColumns().add(Views.wrapping("ISO/IEC 27001 controls", CoverageRow::targets, 220));
        Ui.fill(table);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CoverageRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(GAP, !empty && item != null && item.status() == CoverageStatus.GAP);
                pseudoClassStateChanged(NONE, !empty && item != null
                        && item.status() == CoverageStatus.NO_COUNTERPART);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selected.set(b));
        vm.selected.addListener((o, a, b) -> {
            if (b != table.getSelectionModel().getSelectedItem()) {
                if (b == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(b);
                }
            }
        });

        TableView<LinkRow> links = new TableView<>(vm.links);
        links.setId("crosswalkLinksTable");
        links.setPlaceholder(Views.muted("Choose an item above to see and edit its links."));
        links.getColumns().add(Views.column("", r -> r.outgoing() ? "→" : "←", 34));
        links.getColumns().add(Views.wrapping("Other item", LinkRow::other, 300));
        links.getColumns().add(Views.column("Relationship", LinkRow::relationship, 110));
        links.getColumns().add(Views.column("Confidence", LinkRow::confidence, 100));
        links.getColumns().forEach(c -> c.setMinWidth(Math.min(c.getPrefWidth(), 110)));
        links.getColumns().add(Views.wrapping("Rationale", LinkRow::rationale, 380));
        Ui.fill(links);

        Button openItem = new Button("Open item in browser");
        openItem.setId("openItemButton");
        openItem.disableProperty().bind(vm.selected.isNull());
        openItem.setOnAction(e -> vm.open(vm.selected.get().coverage().item().ref()));
        Button openLinked = new Button("Open linked item");
        openLinked.setId("openLinkedButton");
        openLinked.disableProperty().bind(links.getSelectionModel().selectedItemProperty().isNull());
        openLinked.setOnAction(e -> vm.openOther(links.getSelectionModel().getSelectedItem()));
        Button add = new Button("Add link…");
        add.setId("addLinkButton");
        add.disableProperty().bind(vm.selected.isNull().or(vm.busy));
        add.setOnAction(e -> {
            vm.startAdd();
            showDialog(vm, table);
        });
        Button change = new Button("Change…");
        change.setId("changeLinkButton");
        change.disableProperty().bind(links.getSelectionModel().selectedItemProperty().isNull().or(vm.busy));
        change.setOnAction(e -> {
            vm.startChange(links.getSelectionModel().getSelectedItem());
            showDialog(vm, table);
        });
        Button retire = new Button("Retire…");
        retire.setId("retireLinkButton");
        retire.getStyleClass().add(Styles.DANGER);
        retire.disableProperty().bind(links.getSelectionModel().selectedItemProperty().isNull().or(vm.busy));
        retire.setOnAction(e -> vm.retire(links.getSelectionModel().getSelectedItem()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox linkBar = new HBox(8, Views.heading("Links of the selected item"), grow, openItem, openLinked, add, change,
                retire);
        linkBar.setAlignment(Pos.CENTER_LEFT);
        VBox lower = new VBox(8, linkBar, links);
        VBox.setVgrow(links, Priority.ALWAYS);
        lower.setPadding(new Insets(8, 0, 0, 0));

        SplitPane split = new SplitPane(table, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label legend = Views.muted("Red rows: no ISO/IEC 27001 link and no justification (a gap to look at). Grey rows:"
                + " justified as having no ISMS counterpart. Relationships read \"source … target\": subset = the"
                + " source is narrower.");
        legend.getStyleClass().add(Styles.TEXT_SMALL);
        VBox box = new VBox(10, bar, summary, split, legend);
        box.setPadding(new Insets(16, 20, 16, 20));
        box.setId("crosswalkPage");
        return box;
    }

    private static void showDialog(CrosswalkViewModel vm, Node owner) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner.getScene().getWindow());
        d.setTitle(vm.formTitle.get());
        d.setHeaderText(vm.formTitle.get());
        GridPane g = Forms.grid();
        ComboBox<String> targetFw = new ComboBox<>();
        targetFw.setId("linkTargetFrameworkCombo");
        targetFw.getItems().setAll(vm.targetFrameworks());
        targetFw.valueProperty().bindBidirectional(vm.targetFramework);
        ComboBox<String> targetId = new ComboBox<>();
        targetId.setId("linkTargetIdField");
        targetId.setEditable(true);
        targetId.getItems().setAll(vm.targetIds());
        targetId.getEditor().textProperty().bindBidirectional(vm.targetId);
        targetFw.valueProperty().addListener((o, a, b) -> targetId.getItems().setAll(vm.targetIds()));
        ComboBox<Relationship> rel = new ComboBox<>();
        rel.setId("linkRelationshipCombo");
        rel.getItems().setAll(Relationship.values());
        rel.setConverter(SystemsPane.converter(r -> r.code() + " — source " + r.phrase() + (r == Relationship.NONE
                ? " (justification)" : " target")));
        rel.valueProperty().bindBidirectional(vm.relationship);
        ComboBox<Confidence> conf = new ComboBox<>();
        conf.setId("linkConfidenceCombo");
        conf.getItems().setAll(Confidence.values());
        conf.setConverter(SystemsPane.converter(Confidence::code));
        conf.valueProperty().bindBidirectional(vm.confidence);
        boolean changing = vm.changing.get();
        targetFw.disableProperty().bind(vm.relationship.isEqualTo(Relationship.NONE).or(vm.changing));
        targetId.disableProperty().bind(vm.relationship.isEqualTo(Relationship.NONE).or(vm.changing));
        Forms.row(g, "Target framework", targetFw, null);
        Forms.row(g, "Target item", targetId, null);
        Forms.row(g, "Relationship", rel, null);
        Forms.row(g, "Confidence", conf, null);
        TextArea rationale = new TextArea();
        rationale.setId("linkRationaleField");
        rationale.setPrefRowCount(2);
        rationale.setWrapText(true);
        rationale.setPromptText("one sentence: why the items relate this way (our words; never quote ISO text)");
        rationale.textProperty().bindBidirectional(vm.rationale);
        Forms.row(g, "Rationale", rationale, null);
        TextArea reason = new TextArea();
        reason.setId("linkReasonField");
        reason.setPrefRowCount(2);
        reason.setWrapText(true);
        reason.setPromptText("why you are changing the crosswalk (recorded in the audit trail)");
        reason.textProperty().bindBidirectional(vm.reason);
        Forms.row(g, "Reason for change", reason, null);
        Label problem = new Label();
        problem.setId("linkFormProblem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.formProblem);
        problem.getStyleClass().add(Styles.DANGER);
        VBox content = new VBox(10, g, problem);
        content.setPrefWidth(600);
        d.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(changing ? "Save change" : "Add link", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ok);
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.setId("confirmLinkButton");
        okButton.disableProperty().bind(vm.busy);
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.saveLink(() -> d.setResult(ok));
        });
        d.showAndWait();
    }
}
