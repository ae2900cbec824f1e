package org.compliancebridge.ui.step.landscape;

import atlantafx.base.theme.Styles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.compliancebridge.domain.landscape.Catalogue;
import org.compliancebridge.domain.landscape.CatalogueItem;
import org.compliancebridge.domain.landscape.ItemKind;
import org.compliancebridge.domain.landscape.ItemRef;
import org.compliancebridge.ui.common.DialogService;
import org.compliancebridge.ui.common.Views;
import org.compliancebridge.ui.step.landscape.CatalogueBrowserViewModel.LinkRow;
import org.compliancebridge.ui.step.landscape.CatalogueBrowserViewModel.ResultRow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** Catalogue browser page: tree per framework, search as you type, item detail with links, import. */
final class CataloguePane {
    private final CatalogueBrowserViewModel vm;
    private final DialogService dialogs;
    private final TreeView<Object> tree = new TreeView<>();
    private final Map<ItemRef, TreeItem<Object>> treeItems = new HashMap<>();
    private boolean syncing;

    private CataloguePane(CatalogueBrowserViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
    }

    static Node build(CatalogueBrowserViewModel vm, DialogService dialogs) {
        return new CataloguePane(vm, dialogs).root();
    }

    private Node root() {
        atlantafx.base.controls.CustomTextField search = new atlantafx.base.controls.CustomTextField();
        search.setId("catalogueSearchField");
        search.setPromptText("Search all catalogues: ID, title or words (e.g. 11.10(e), audit trail, A.8.15)");
        search.textProperty().bindBidirectional(vm.query);
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        ComboBox<String> scope = new ComboBox<>();
        scope.setId("searchScopeCombo");
        scope.setPromptText("All catalogues");
        scope.setMaxWidth(Double.MAX_VALUE);
        scope.setConverter(SystemsPane.converter(id -> id == null ? "All catalogues" : id));
        vm.catalogues.addListener((javafx.collections.ListChangeListener<Catalogue>) c -> {
            String keep = scope.getValue();
            scope.getItems().setAll((String) null);
            vm.catalogues.forEach(cat -> scope.getItems().add(cat.frameworkId()));
            scope.setValue(keep);
        });
        scope.valueProperty().bindBidirectional(vm.scope);
        Label resultText = Views.bound("searchResultText", vm.resultText);
        resultText.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label loadText = Views.bound("catalogueLoadText", vm.loadText);
        loadText.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        loadText.visibleProperty().bind(vm.searching.not());
        loadText.managedProperty().bind(loadText.visibleProperty());

        ListView<ResultRow> results = new ListView<>(vm.results);
        results.setId("searchResults");
        results.setCellFactory(l -> new ListCell<>() {
            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ResultRow r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    Label id = new Label(r.item().itemId());
                    id.getStyleClass().add(Styles.TEXT_BOLD);
                    id.setMinWidth(Region.USE_PREF_SIZE);
                    Label title = new Label(r.item().title());
                    title.setMinWidth(0);
                    Label fw = new Label(r.item().frameworkId());
                    fw.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                    fw.setMinWidth(Region.USE_PREF_SIZE);
                    Region grow = new Region();
                    HBox.setHgrow(grow, Priority.ALWAYS);
                    HBox row = new HBox(8, id, title, grow, fw);
                    row.setAlignment(Pos.CENTER_LEFT);
                    setText(null);
                    setGraphic(row);
                }
            }
        });
        results.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.select(b.item());
            }
        });
        results.visibleProperty().bind(vm.searching);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && vm.searching.get() && !vm.results.isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                vm.query.set("");
            }
        });

        tree.setId("catalogueTree");
        tree.setShowRoot(false);
        tree.visibleProperty().bind(vm.searching.not());
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Object o, boolean empty) {
                super.updateItem(o, empty);
                getStyleClass().removeAll("tree-catalogue", "tree-group", "tree-not-assessable");
                if (empty || o == null) {
                    setText(null);
                    setTooltip(null);
                } else if (o instanceof Catalogue c) {
                    setText(c.title() + (c.info().draft() ? "  [DRAFT]" : ""));
                    getStyleClass().add("tree-catalogue");
                    setTooltip(new Tooltip(c.frameworkId() + " · " + c.info().version()));
                } else if (o instanceof CatalogueItem i) {
                    setText(i.itemId().equals(i.oscalId()) && i.kind() == ItemKind.GROUP ? i.title()
                            : i.itemId() + "  " + i.title());
                    if (i.kind() == ItemKind.GROUP) {
                        getStyleClass().add("tree-group");
                    } else if (!i.assessable()) {
                        getStyleClass().add("tree-not-assessable");
                    }
                    setTooltip(null);
                }
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null && b.getValue() instanceof CatalogueItem i) {
                vm.select(i);
            }
        });
        vm.loadedVersion.addListener((o, a, b) -> rebuildTree());
        vm.selected.addListener((o, a, b) -> revealInTree(b));
        StackPane listArea = new StackPane(tree, results);
        VBox.setVgrow(listArea, Priority.ALWAYS);
        VBox left = new VBox(8, search, scope, resultText, loadText, listArea);
        left.setPadding(new Insets(12));
        left.setMinWidth(300);

        Node detail = detail();
        SplitPane split = new SplitPane(left, detail);
        split.setDividerPositions(0.38);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox page = new VBox(split, importBar());
        page.setId("cataloguesPage");
        return page;
    }

    private Node detail() {
        Button back = new Button("Back", new FontIcon(MaterialDesignA.ARROW_LEFT));
        back.setId("backButton");
        back.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        back.disableProperty().bind(vm.canGoBack.not());
        back.setOnAction(e -> vm.back());
        Label id = Views.bound("detailId", vm.detailId);
        id.getStyleClass().add(Styles.TITLE_2);
        Label title = Views.bound("detailTitle", vm.detailTitle);
        title.getStyleClass().add(Styles.TITLE_4);
        Label framework = Views.bound("detailFramework", vm.detailFramework);
        framework.getStyleClass().add(Styles.TEXT_MUTED);
        Label facts = Views.bound("detailFacts", vm.detailFacts);
        facts.getStyleClass().addAll(Styles.TEXT_SMALL);
        Label statement = Views.bound("detailStatement", vm.detailStatement);
        statement.getStyleClass().add("statement-text");
        Label guidanceHead = Views.heading("Guidance and notes");
        Label guidance = Views.bound("detailGuidance", vm.detailGuidance);
        guidance.getStyleClass().add("guidance-text");
        guidanceHead.visibleProperty().bind(vm.detailGuidance.isNotEmpty());
        guidanceHead.managedProperty().bind(guidanceHead.visibleProperty());
        guidance.visibleProperty().bind(vm.detailGuidance.isNotEmpty());
        guidance.managedProperty().bind(guidance.visibleProperty());
        Hyperlink source = new Hyperlink();
        source.setId("detailSource");
        source.textProperty().bind(vm.detailSource);
        source.setTooltip(new Tooltip("Copy the official URL (this app works offline; open it in your browser)"));
        source.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(vm.detailSource.get());
            Clipboard.getSystemClipboard().setContent(c);
            source.setVisited(true);
        });
        Label sourceLabel = new Label("Source:");
        sourceLabel.setMinWidth(Region.USE_PREF_SIZE);
        sourceLabel.getStyleClass().add(Styles.TEXT_MUTED);
        HBox sourceRow = new HBox(4, sourceLabel, source);
        sourceRow.setAlignment(Pos.CENTER_LEFT);
        sourceRow.visibleProperty().bind(vm.detailSource.isNotEmpty());

        ListView<LinkRow> links = new ListView<>(vm.links);
        links.setId("linksTable");
        links.setPlaceholder(Views.muted("No crosswalk links for this item."));
        links.setCellFactory(l -> new ListCell<>() {
            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(LinkRow r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label arrow = new Label(r.outgoing() ? "\u2192" : "\u2190");
                arrow.setTooltip(new Tooltip(r.outgoing() ? "This item is the source of the link"
                        : "This item is the target of the link"));
                Label relation = new Label("this item " + r.relation());
                relation.getStyleClass().add("link-relation");
                relation.setMinWidth(Region.USE_PREF_SIZE);
                javafx.scene.text.Text other = new javafx.scene.text.Text(r.otherLabel() + "  " + r.otherTitle());
                other.getStyleClass().addAll("wrapping-cell-text", "link-other");
                other.wrappingWidthProperty().bind(l.widthProperty().subtract(250));
                HBox head = new HBox(8, arrow, relation, other);
                head.setAlignment(Pos.CENTER_LEFT);
                javafx.scene.text.Text rationale = new javafx.scene.text.Text(r.rationale());
                rationale.getStyleClass().addAll("wrapping-cell-text", "link-rationale");
                rationale.wrappingWidthProperty().bind(l.widthProperty().subtract(40));
                Label meta = new Label("confidence " + r.confidence() + " \u00b7 " + r.origin());
                meta.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                VBox card = new VBox(3, head, rationale, meta);
                card.getStyleClass().add("link-card");
                setText(null);
                setGraphic(card);
            }
        });
        links.setPrefHeight(300);
        links.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.follow(links.getSelectionModel().getSelectedItem());
            }
        });
        links.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.follow(links.getSelectionModel().getSelectedItem());
            }
        });
        Button follow = new Button("Go to linked item", new FontIcon(MaterialDesignA.ARROW_RIGHT));
        follow.setId("followLinkButton");
        follow.disableProperty().bind(links.getSelectionModel().selectedItemProperty().isNull());
        follow.setOnAction(e -> vm.follow(links.getSelectionModel().getSelectedItem()));
        Label linksHead = Views.heading("Crosswalk links (both directions)");
        HBox linksBar = new HBox(10, linksHead, follow);
        linksBar.setAlignment(Pos.CENTER_LEFT);
        Label notice = Views.bound("detailNotice", vm.detailNotice);
        notice.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        VBox box = new VBox(8, back, id, title, framework, facts, statement, sourceRow, linksBar, links,
                guidanceHead, guidance, notice);
        box.setPadding(new Insets(12, 16, 16, 16));
        box.setId("itemDetail");
        Label empty = Views.muted("Choose an item in the tree or search for one.");
        empty.setPadding(new Insets(24));
        box.visibleProperty().bind(vm.selected.isNotNull());
        empty.visibleProperty().bind(vm.selected.isNull());
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        return new StackPane(sp, empty);
    }

    private Node importBar() {
        Button importButton = new Button("Import catalogue…", new FontIcon(MaterialDesignA.APPLICATION_IMPORT));
        importButton.setId("importCatalogueButton");
        importButton.disableProperty().bind(vm.importing);
        importButton.setOnAction(e -> dialogs.chooseOpenFile("Import an OSCAL catalogue", "OSCAL catalog (JSON)",
                "json").ifPresent(vm::importCatalogue));
        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(vm.importProgress);
        bar.visibleProperty().bind(vm.importing);
        Button cancel = new Button("Cancel");
        cancel.setId("cancelImportButton");
        cancel.visibleProperty().bind(vm.importing);
        cancel.setOnAction(e -> vm.cancelImport());
        Label msg = Views.bound("importMessage", vm.importMessage);
        HBox b = new HBox(10, importButton, bar, cancel, msg);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setPadding(new Insets(8, 12, 8, 12));
        b.getStyleClass().add("import-bar");
        return b;
    }

    private void rebuildTree() {
        TreeItem<Object> root = new TreeItem<>("root");
        treeItems.clear();
        for (Catalogue c : vm.catalogues) {
            TreeItem<Object> cat = new TreeItem<>(c);
            root.getChildren().add(cat);
            Map<String, TreeItem<Object>> byId = new HashMap<>();
            List<CatalogueItem> items = vm.itemsOf(c.frameworkId());
            for (CatalogueItem i : items) {
                TreeItem<Object> ti = new TreeItem<>(i);
                byId.put(i.itemId(), ti);
                treeItems.put(i.ref(), ti);
                TreeItem<Object> parent = i.parentId().map(byId::get).orElse(cat);
                (parent == null ? cat : parent).getChildren().add(ti);
            }
        }
        syncing = true;
        try {
            tree.setRoot(root);
        } finally {
            syncing = false;
        }
        revealInTree(vm.selected.get());
    }

    private void revealInTree(CatalogueItem item) {
        if (item == null) {
            return;
        }
        TreeItem<Object> ti = treeItems.get(item.ref());
        if (ti == null) {
            return;
        }
        for (TreeItem<Object> p = ti.getParent(); p != null; p = p.getParent()) {
            p.setExpanded(true);
        }
        syncing = true;
        try {
            tree.getSelectionModel().select(ti);
            int row = tree.getRow(ti);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        } finally {
            syncing = false;
        }
    }
}
