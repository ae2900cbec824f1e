package org.compliancebridge.ui.audit;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.compliancebridge.domain.port.AuditTrailWriter;
import org.compliancebridge.ui.common.DialogService;
import org.compliancebridge.ui.common.Views;

/** The audit trail: filter bar, virtualised table of entries (newest first), details with old → new side by side. */
public final class AuditTrailView {
    private final AuditTrailViewModel vm;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final VBox actionsBox = new VBox(6);

    public AuditTrailView(AuditTrailViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        root.setId("auditTrailView");
        root.setPadding(new Insets(16, 20, 8, 20));
        root.setTop(header());
        root.setCenter(body());
        vm.loadChoices();
        vm.refresh();
    }

    public Parent root() {
        return root;
    }

    /** Extra controls (e.g. chain verification) go under the filter bar. */
    public VBox actions() {
        return actionsBox;
    }

    private VBox header() {
        Label title = new Label("Audit trail");
        title.getStyleClass().add(Styles.TITLE_2);
        Label count = new Label();
        count.setId("auditCount");
        count.textProperty().bind(vm.countText);
        count.getStyleClass().add(Styles.TEXT_MUTED);
        HBox titleRow = new HBox(16, title, count);
        titleRow.setAlignment(Pos.BASELINE_LEFT);

        ComboBox<String> user = new ComboBox<>(vm.users);
        user.setId("auditUserFilter");
        user.valueProperty().bindBidirectional(vm.user);
        user.setPromptText("User");
        ComboBox<String> event = new ComboBox<>(vm.events);
        event.setId("auditEventFilter");
        event.valueProperty().bindBidirectional(vm.event);
        TextField record = new TextField();
        record.setId("auditRecordFilter");
        record.setPromptText("Record ID contains");
        record.textProperty().bindBidirectional(vm.record);
        DatePicker from = Views.isoDatePicker();
        from.setId("auditFromFilter");
        from.setPromptText("From");
        from.valueProperty().bindBidirectional(vm.from);
        from.setPrefWidth(150);
        DatePicker to = Views.isoDatePicker();
        to.setId("auditToFilter");
        to.setPromptText("To");
        to.valueProperty().bindBidirectional(vm.to);
        to.setPrefWidth(150);
        TextField search = new TextField();
        search.setId("auditSearch");
        search.setPromptText("Search values and reasons (Ctrl+F)");
        search.textProperty().bindBidirectional(vm.search);
        HBox.setHgrow(search, Priority.ALWAYS);
        Button clear = new Button("Clear");
        clear.setId("auditClearFilters");
        clear.setOnAction(e -> vm.clearFilters());
        user.setPrefWidth(150);
        event.setPrefWidth(230);
        record.setPrefWidth(200);
        clear.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox filterRow1 = new HBox(8, new Label("User"), user, new Label("Event"), event, record);
        filterRow1.setAlignment(Pos.CENTER_LEFT);
        HBox filterRow2 = new HBox(8, new Label("Between"), from, new Label("and"), to, search, clear);
        filterRow2.setAlignment(Pos.CENTER_LEFT);
        VBox filters = new VBox(6, filterRow1, filterRow2);

        PauseTransition debounce = new PauseTransition(Duration.millis(250));
        debounce.setOnFinished(e -> vm.refresh());
        vm.search.addListener((o, a, b) -> debounce.playFromStart());
        vm.record.addListener((o, a, b) -> debounce.playFromStart());
        vm.user.addListener((o, a, b) -> vm.refresh());
        vm.event.addListener((o, a, b) -> vm.refresh());
        vm.from.addListener((o, a, b) -> vm.refresh());
        vm.to.addListener((o, a, b) -> vm.refresh());
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        search::requestFocus);
            }
        });

        Button csv = new Button("Export CSV…");
        csv.setId("auditExportCsv");
        csv.setOnAction(e -> dialogs.chooseSaveFile("Export audit trail", "audit-trail.csv", "CSV", "csv")
                .ifPresent(p -> vm.export(p, AuditTrailWriter.Format.CSV)));
        Button xlsx = new Button("Export Excel…");
        xlsx.setId("auditExportXlsx");
        xlsx.setOnAction(e -> dialogs.chooseSaveFile("Export audit trail", "audit-trail.xlsx", "Excel workbook",
                "xlsx").ifPresent(p -> vm.export(p, AuditTrailWriter.Format.XLSX)));
        csv.disableProperty().bind(vm.busy);
        xlsx.disableProperty().bind(vm.busy);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progress);
        bar.visibleProperty().bind(vm.busy);
        bar.setPrefWidth(200);
        Button cancel = new Button("Cancel");
        cancel.setId("auditCancel");
        cancel.visibleProperty().bind(vm.busy);
        cancel.setOnAction(e -> vm.cancel());
        Label status = new Label();
        status.setId("auditStatus");
        status.textProperty().bind(vm.status);
        status.setWrapText(true);
        Button portable = new Button("Export for inspectors…");
        portable.setId("auditExportPortable");
        portable.disableProperty().bind(vm.busy);
        portable.setOnAction(e -> dialogs.chooseSaveFile("Export sealed audit trail", "audit-trail.jsonl",
                "Sealed audit trail (JSON Lines)", "jsonl").ifPresent(vm::exportPortable));
        Button verify = new Button("Verify chain");
        verify.setId("auditVerify");
        verify.getStyleClass().add(Styles.ACCENT);
        verify.disableProperty().bind(vm.busy);
        verify.setOnAction(e -> vm.verify());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox actions = new HBox(8, verify, csv, xlsx, portable, bar, cancel, grow);
        actions.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.control.ListView<String> findings = new javafx.scene.control.ListView<>(vm.verification);
        findings.setId("auditFindings");
        findings.setPrefHeight(90);
        findings.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.verification)
                .and(vm.verificationIntact.not()));
        findings.managedProperty().bind(findings.visibleProperty());
        vm.verificationIntact.addListener((o, a, b) -> status.pseudoClassStateChanged(Styles.STATE_SUCCESS, b));
        actionsBox.getChildren().addAll(actions, status, findings);
        VBox top = new VBox(10, titleRow, filters, actionsBox);
        top.setPadding(new Insets(0, 0, 10, 0));
        return top;
    }

    private SplitPane body() {
        TableView<AuditRow> table = new TableView<>();
        table.setId("auditTable");
        table.setPlaceholder(new Label("No entries match the filter."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        vm.rows.addListener((o, a, b) -> table.setItems(b));
        table.getColumns().add(col("#", r -> r.seq() < 0 ? "" : Long.toString(r.seq()), 70));
        table.getColumns().add(col("When", AuditRow::time, 190));
        table.getColumns().add(col("User", AuditRow::user, 100));
        table.getColumns().add(col("Event", AuditRow::event, 190));
        table.getColumns().add(col("Record", AuditRow::record, 230));
        table.getColumns().add(col("Reason", AuditRow::reason, 260));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AuditRow r, boolean empty) {
                super.updateItem(r, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("loading"), r != null && !r.loaded());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selected.set(b));
        // a page loading under the selection replaces the placeholder: keep the details in step
        table.itemsProperty().addListener((o, a, b) -> vm.selected.set(null));

        TextArea oldValue = area("auditOldValue");
        TextArea newValue = area("auditNewValue");
        Label meta = new Label();
        meta.setId("auditDetailMeta");
        meta.setWrapText(true);
        meta.setMinHeight(Region.USE_PREF_SIZE);
        vm.selected.addListener((o, a, r) -> {
            if (r == null || !r.loaded()) {
                meta.setText("Select an entry to see its details.");
                oldValue.setText("");
                newValue.setText("");
                return;
            }
            meta.setText("Entry " + r.seq() + " — " + r.event() + " by " + r.user() + " at " + r.time() + " — "
                    + r.record() + (r.reason().isEmpty() ? "" : "\nReason: " + r.reason()) + "\nHash " + r.hash()
                    + "\nPrevious " + r.prevHash());
            oldValue.setText(pretty(r.oldValue()));
            newValue.setText(pretty(r.newValue()));
        });
        meta.setText("Select an entry to see its details.");
        GridPane values = new GridPane();
        values.setHgap(10);
        values.setVgap(4);
        Label ol = new Label("Old value");
        Label nl = new Label("New value");
        ol.getStyleClass().add(Styles.TEXT_BOLD);
        nl.getStyleClass().add(Styles.TEXT_BOLD);
        values.addRow(0, ol, nl);
        values.addRow(1, oldValue, newValue);
        GridPane.setHgrow(oldValue, Priority.ALWAYS);
        GridPane.setHgrow(newValue, Priority.ALWAYS);
        VBox details = new VBox(8, meta, values);
        details.setPadding(new Insets(8, 0, 0, 0));
        SplitPane split = new SplitPane(table, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        return split;
    }

    private static TextArea area(String id) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setEditable(false);
        a.setWrapText(true);
        a.setPrefRowCount(6);
        a.getStyleClass().add("monospace");
        return a;
    }

    /** JSON objects one field per line for reading; anything else as it is. */
    static String pretty(String json) {
        if (json == null || !json.startsWith("{") || !json.endsWith("}")) {
            return json == null ? "" : json;
        }
        try {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(json));
        } catch (java.io.IOException e) {
            return json;
        }
    }

    private static TableColumn<AuditRow, String> col(String name, Function<AuditRow, String> f, double w) {
        TableColumn<AuditRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(w);
        c.setSortable(false);
        return c;
    }
}
