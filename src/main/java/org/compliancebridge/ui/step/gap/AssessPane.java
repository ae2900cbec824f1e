package org.compliancebridge.ui.step.gap;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.compliancebridge.domain.gap.AssessmentStatus;
import org.compliancebridge.domain.gap.EvidenceFile;
import org.compliancebridge.domain.gap.Scope;
import org.compliancebridge.ui.common.SignaturePanel;
import org.compliancebridge.ui.common.Views;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The Assess tab: scope and filters on top, the grid (keyboard: arrows, digits 1-5 set the status, Enter edits the
 * notes) and the detail pane of the selected row, the carry-over offer as a non-modal bar.
 */
final class AssessPane {
    private final GapAnalysisViewModel parent;
    private final AssessViewModel vm;
    final TableView<GapRowViewModel> table = new TableView<>();
    final TextField search = new TextField();
    private final TextArea notes = new TextArea();
    private final BorderPane root = new BorderPane();
    /**
     * A digit or Enter that moves the focus into Notes must not also type its character there: the platform sends
     * KEY_TYPED to the new focus owner after the KEY_PRESSED handled in the grid.
     */
    private boolean swallowTyped;

    AssessPane(GapAnalysisViewModel parent, Runnable openWorkshop) {
        this.parent = parent;
        this.vm = parent.assess;
        root.setId("assessPage");
        root.setTop(new VBox(toolbar(openWorkshop), bars()));
        SplitPane split = new SplitPane(gridSide(), detail());
        split.setDividerPositions(0.70);
        root.setCenter(split);
        vm.focusNotesRequests.addListener((o, a, b) -> notes.requestFocus());
    }

    Node root() {
        return root;
    }

    private Node toolbar(Runnable openWorkshop) {
        ComboBox<Scope> scope = new ComboBox<>(parent.scopes);
        scope.setId("scopeCombo");
        scope.valueProperty().bindBidirectional(parent.scope);
        scope.setPrefWidth(200);
        ComboBox<String> fw = new ComboBox<>(vm.frameworkChoices);
        fw.setId("frameworkFilter");
        fw.valueProperty().bindBidirectional(vm.frameworkFilter);
        Fx.labels(fw, s -> AssessViewModel.ALL.equals(s) ? "All frameworks" : s);
        List<AssessmentStatus> st = new ArrayList<>();
        st.add(null);
        st.addAll(List.of(AssessmentStatus.values()));
        ComboBox<AssessmentStatus> status = new ComboBox<>(FXCollections.observableArrayList(st));
        status.setId("statusFilter");
        status.valueProperty().bindBidirectional(vm.statusFilter);
        Fx.labels(status, s -> s == null ? "All statuses" : s.label());
        ComboBox<String> owner = new ComboBox<>(vm.ownerChoices);
        owner.setId("ownerFilter");
        owner.valueProperty().bindBidirectional(vm.ownerFilter);
        Fx.labels(owner, s -> AssessViewModel.ALL.equals(s) ? "All owners" : s);
        List<org.compliancebridge.domain.gap.Priority> pr = new ArrayList<>();
        pr.add(null);
        pr.addAll(List.of(org.compliancebridge.domain.gap.Priority.values()));
        ComboBox<org.compliancebridge.domain.gap.Priority> prio = new ComboBox<>(FXCollections.observableArrayList(
                pr));
        prio.setId("priorityFilter");
        prio.valueProperty().bindBidirectional(vm.priorityFilter);
        Fx.labels(prio, p -> p == null ? "All priorities" : p.label());
        search.setId("gridSearchField");
        search.setPromptText("Search ID, title, text, notes, evidence (Ctrl+F)");
        search.textProperty().bindBidirectional(vm.searchText);
        search.setPrefWidth(300);
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DOWN) {
                if (e.getCode() == KeyCode.ESCAPE) {
                    vm.searchText.set("");
                }
                focusGrid();
                e.consume();
            }
        });
        Button clear = new Button("Clear filters");
        clear.setId("clearFiltersButton");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> vm.clearFilters());
        Button workshop = new Button("Workshop mode", new FontIcon(MaterialDesignP.PROJECTOR_SCREEN_OUTLINE));
        workshop.setId("workshopButton");
        workshop.getStyleClass().add(Styles.ACCENT);
        workshop.setTooltip(new Tooltip("One requirement at a time, full screen, for the projector (F11)"));
        workshop.setOnAction(e -> openWorkshop.run());
        workshop.disableProperty().bind(Bindings.isEmpty(vm.filtered));
        FlowPane bar = new FlowPane(8, 8, new Label("Scope"), scope, fw, status, owner, prio, search, clear,
                workshop);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 6, 16));
        return bar;
    }

    private Node bars() {
        Label problem = Views.bound("gridProblem", vm.problem);
        problem.getStyleClass().add("problem-bar");
        problem.setMaxWidth(Double.MAX_VALUE);
        problem.managedProperty().bind(vm.problem.isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());

        Label text = Views.bound("carryOverText", vm.carryOverText);
        text.getStyleClass().add(Styles.TEXT_BOLD);
        VBox boxes = new VBox(4);
        vm.carryOver.addListener((ListChangeListener<AssessViewModel.CarryOverChoice>) c -> {
            boxes.getChildren().clear();
            int i = 0;
            for (AssessViewModel.CarryOverChoice ch : vm.carryOver) {
                CheckBox cb = new CheckBox(ch.label());
                cb.setId("carryOverCheck" + i++);
                cb.selectedProperty().bindBidirectional(ch.selected());
                boxes.getChildren().add(cb);
            }
        });
        Button apply = new Button("Carry over (derived — needs review)");
        apply.setId("carryOverApply");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.setOnAction(e -> {
            vm.applyCarryOver();
            focusGrid();
        });
        Button dismiss = new Button("Not now");
        dismiss.setId("carryOverDismiss");
        dismiss.setOnAction(e -> {
            vm.clearCarryOver();
            focusGrid();
        });
        HBox buttons = new HBox(8, apply, dismiss);
        VBox bar = new VBox(6, text, boxes, buttons);
        bar.setId("carryOverBar");
        bar.getStyleClass().add("carry-over-bar");
        bar.managedProperty().bind(Bindings.isNotEmpty(vm.carryOver));
        bar.visibleProperty().bind(bar.managedProperty());
        VBox out = new VBox(4, problem, bar);
        out.setPadding(new Insets(0, 16, 4, 16));
        return out;
    }

    private Node gridSide() {
        table.setId("gapGrid");
        table.setPlaceholder(new Label("No requirement matches the filters."));
        TableColumn<GapRowViewModel, String> fw = Views.column("Framework", GapRowViewModel::frameworkName, 80);
        TableColumn<GapRowViewModel, String> section = Views.column("Section", GapRowViewModel::section, 100);
        TableColumn<GapRowViewModel, String> id = Views.column("ID", GapRowViewModel::itemId, 75);
        TableColumn<GapRowViewModel, String> title = Views.column("Title", GapRowViewModel::title, 200);
        TableColumn<GapRowViewModel, AssessmentStatus> status = new TableColumn<>("Status");
        status.setId("statusColumn");
        status.setCellValueFactory(d -> d.getValue().row.map(r -> r.assessment().status()));
        status.setCellFactory(c -> StatusStyles.cell());
        status.setPrefWidth(170);
        status.setMinWidth(165);  // "Partially compliant" must never be cut to "Partially comp…"
        TableColumn<GapRowViewModel, String> prio = new TableColumn<>("Priority");
        prio.setCellValueFactory(d -> d.getValue().row.map(r -> r.assessment().priority()
                .map(org.compliancebridge.domain.gap.Priority::label).orElse("")));
        prio.setPrefWidth(75);
        TableColumn<GapRowViewModel, String> owner = new TableColumn<>("Owner");
        owner.setCellValueFactory(d -> d.getValue().row.map(r -> r.assessment().owner()));
        owner.setPrefWidth(100);
        TableColumn<GapRowViewModel, LocalDate> due = new TableColumn<>("Due");
        due.setCellValueFactory(d -> d.getValue().row.map(r -> r.assessment().due().orElse(null)));
        due.setPrefWidth(95);
        TableColumn<GapRowViewModel, String> evidence = new TableColumn<>("Evidence");
        evidence.setCellValueFactory(d -> d.getValue().row.map(r -> (r.evidenceFiles() > 0 ? "\uD83D\uDCCE "
                + r.evidenceFiles() + "  " : "") + r.assessment().evidence().replace('\n', ' ')));
        evidence.setPrefWidth(150);
        TableColumn<GapRowViewModel, String> review = new TableColumn<>("Review");
        review.setCellValueFactory(d -> d.getValue().row.map(r -> r.assessment().needsReview()
                ? "Derived — needs review" : ""));
        review.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                getStyleClass().remove("derived-marker");
                if (!empty && s != null && !s.isEmpty()) {
                    getStyleClass().add("derived-marker");
                }
            }
        });
        review.setPrefWidth(165);
        TableColumn<GapRowViewModel, String> linked = new TableColumn<>("Linked");
        linked.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().get().linkedLabels()));
        linked.setPrefWidth(200);
        table.getColumns().setAll(List.of(fw, section, id, title, status, prio, owner, due, evidence, review,
                linked));
        SortedList<GapRowViewModel> sorted = new SortedList<>(vm.filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selected.set(b);
            }
        });
        vm.selected.addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
                table.scrollTo(b);
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::gridKey);

        Label shown = Views.bound("gridShown", vm.shownText);
        shown.getStyleClass().add(Styles.TEXT_MUTED);
        Label progress = Views.bound("gridProgress", vm.progressText);
        progress.getStyleClass().add(Styles.TEXT_BOLD);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label keys = Views.muted("Keys: ↑↓ move · 1 Not assessed · 2 Compliant · 3 Partially · 4 Not compliant · 5 N/A"
                + " · Enter notes");
        HBox foot = new HBox(12, progress, shown, grow);
        foot.setAlignment(Pos.CENTER_LEFT);
        TitledPane sign = new TitledPane("Signatures of this scope's gap assessment", new SignaturePanel(
                parent.scopeSignatures, "scope").root());
        sign.setId("scopeSignatureSection");
        sign.setExpanded(false);
        VBox side = new VBox(6, table, foot, keys, sign);
        VBox.setVgrow(table, Priority.ALWAYS);
        side.setPadding(new Insets(0, 6, 8, 16));
        return side;
    }

    private void gridKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        String ch = switch (e.getCode()) {
            case DIGIT1, NUMPAD1 -> "1";
            case DIGIT2, NUMPAD2 -> "2";
            case DIGIT3, NUMPAD3 -> "3";
            case DIGIT4, NUMPAD4 -> "4";
            case DIGIT5, NUMPAD5 -> "5";
            default -> null;
        };
        if (ch != null) {
            swallowTyped = true;
            AssessmentStatus.ofKey(ch.charAt(0)).ifPresent(s -> vm.setStatus(vm.selected.get(), s));
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            swallowTyped = true;
            vm.editNotes();
            e.consume();
        }
    }

    void focusGrid() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
        table.getFocusModel().focus(table.getSelectionModel().getSelectedIndex());
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private Node detail() {
        DetailViewModel d = vm.detail;
        Label heading = Views.bound("detailHeading", d.heading);
        heading.getStyleClass().add(Styles.TITLE_4);
        Label title = Views.bound("detailTitle", d.title);
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label derived = Views.bound("detailDerived", d.derivedText);
        derived.getStyleClass().add("derived-marker");
        Button confirm = new Button("Confirm derived", new FontIcon(MaterialDesignC.CHECK_DECAGRAM_OUTLINE));
        confirm.setId("confirmDerivedButton");
        confirm.setOnAction(e -> d.confirmDerived());
        HBox derivedBox = new HBox(8, derived, confirm);
        derivedBox.setAlignment(Pos.CENTER_LEFT);
        derivedBox.managedProperty().bind(d.derived);
        derivedBox.visibleProperty().bind(d.derived);
        Label req = Views.bound("detailRequirement", d.requirement);
        req.getStyleClass().add("detail-text");
        Label guidance = Views.bound("detailGuidance", d.guidance);
        guidance.getStyleClass().add(Styles.TEXT_MUTED);
        guidance.managedProperty().bind(d.guidance.isNotEmpty());
        guidance.visibleProperty().bind(guidance.managedProperty());
        Label links = Views.bound("detailLinks", d.links);

        ComboBox<AssessmentStatus> status = new ComboBox<>(FXCollections.observableArrayList(AssessmentStatus
                .values()));
        status.setId("detailStatus");
        status.valueProperty().bindBidirectional(d.status);
        Fx.labels(status, s -> s == null ? "" : s.key() + "  " + s.label());
        TextArea evidence = new TextArea();
        evidence.setId("detailEvidence");
        evidence.setPrefRowCount(2);
        evidence.setWrapText(true);
        evidence.textProperty().bindBidirectional(d.evidence);
        TextField owner = new TextField();
        owner.setId("detailOwner");
        owner.textProperty().bindBidirectional(d.owner);
        List<org.compliancebridge.domain.gap.Priority> pr = new ArrayList<>();
        pr.add(null);
        pr.addAll(List.of(org.compliancebridge.domain.gap.Priority.values()));
        ComboBox<org.compliancebridge.domain.gap.Priority> prio = new ComboBox<>(FXCollections.observableArrayList(
                pr));
        prio.setId("detailPriority");
        prio.valueProperty().bindBidirectional(d.priority);
        Fx.labels(prio, p -> p == null ? "—" : p.label());
        DatePicker due = Views.isoDatePicker();
        due.setId("detailDue");
        due.valueProperty().bindBidirectional(d.due);
        notes.setId("detailNotes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(d.notes);
        notes.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
        table.addEventFilter(KeyEvent.KEY_TYPED, e -> swallowTyped = false);
        notes.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            swallowTyped = false;
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                d.save();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                focusGrid();
                e.consume();
            }
        });
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        int r = 0;
        // Notes directly under Status: "Not applicable" needs its justification there, and the message must be
        // visible without scrolling on a laptop screen.
        form.addRow(r++, new Label("Status"), status);
        form.addRow(r++, new Label("Notes"), notes);
        form.add(Fx.message("detailNotesMessage", d.notesMessage), 1, r++);
        form.addRow(r++, new Label("Evidence"), evidence);
        form.addRow(r++, new Label("Owner"), owner);
        form.addRow(r++, new Label("Priority"), prio);
        form.addRow(r++, new Label("Due"), due);
        form.add(Fx.message("detailDueMessage", d.dueMessage), 1, r++);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        form.getColumnConstraints().addAll(labels, new javafx.scene.layout.ColumnConstraints());
        GridPane.setHgrow(evidence, Priority.ALWAYS);
        GridPane.setHgrow(notes, Priority.ALWAYS);

        Button save = new Button("Save", new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        save.setId("saveAssessmentButton");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.setTooltip(new Tooltip("Save (Ctrl+Enter in Notes)"));
        save.disableProperty().bind(d.busy.or(d.hasRow.not()));
        save.setOnAction(e -> d.save());
        Label saveMessage = Views.bound("detailSaveMessage", d.saveMessage);
        HBox saveRow = new HBox(10, save, saveMessage);
        saveRow.setAlignment(Pos.CENTER_LEFT);

        ListView<EvidenceFile> files = new ListView<>(d.files);
        files.setId("evidenceFiles");
        files.setPrefHeight(80);
        files.setPlaceholder(new Label("No files attached."));
        files.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(EvidenceFile f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.fileName() + "  (" + Math.max(1, f.size() / 1024)
                        + " KB, SHA-256 " + f.sha256().substring(0, 12) + "…)");
            }
        });
        d.selectedFile.bind(files.getSelectionModel().selectedItemProperty());
        Button attach = new Button("Attach…", new FontIcon(MaterialDesignP.PAPERCLIP));
        attach.setId("attachEvidenceButton");
        attach.setOnAction(e -> d.attachFile());
        attach.disableProperty().bind(d.hasRow.not());
        Button remove = new Button("Remove…", new FontIcon(MaterialDesignT.TRASH_CAN_OUTLINE));
        remove.setId("removeEvidenceButton");
        remove.disableProperty().bind(d.selectedFile.isNull());
        remove.setOnAction(e -> d.removeFile());
        Button export = new Button("Export…", new FontIcon(MaterialDesignE.EXPORT));
        export.setId("exportEvidenceButton");
        export.disableProperty().bind(d.selectedFile.isNull());
        export.setOnAction(e -> d.exportFile());
        HBox fileButtons = new HBox(6, attach, remove, export);

        // The fields come before the (often long) guidance, so focusing Notes never lands below the fold.
        VBox box = new VBox(8, heading, title, derivedBox, req, Views.heading("Assessment"), form, saveRow,
                Views.heading("Evidence files"), files, fileButtons, Views.heading("Guidance"), guidance,
                Views.heading("Crosswalk links"), links);
        box.getStyleClass().add("detail-pane");
        box.disableProperty().bind(d.hasRow.not());
        ScrollPane sp = new ScrollPane(box);
        sp.setId("gapDetail");
        sp.setFitToWidth(true);
        sp.setMinWidth(300);
        return sp;
    }

    static FontIcon icon() {
        return new FontIcon(MaterialDesignF.FILTER_OUTLINE);
    }
}
