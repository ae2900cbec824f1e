package org.compliancebridge.ui.step.landscape;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compliancebridge.domain.landscape.Catalogue;
import org.compliancebridge.domain.landscape.CatalogueExistsException;
import org.compliancebridge.domain.landscape.CatalogueItem;
import org.compliancebridge.domain.landscape.CrosswalkLink;
import org.compliancebridge.domain.landscape.CrosswalkMapping;
import org.compliancebridge.domain.landscape.ImportCancelledException;
import org.compliancebridge.domain.landscape.ItemKind;
import org.compliancebridge.domain.landscape.ItemRef;
import org.compliancebridge.domain.landscape.Origin;
import org.compliancebridge.domain.landscape.Relationship;
import org.compliancebridge.service.CatalogueIndex;
import org.compliancebridge.service.CrosswalkService;
import org.compliancebridge.service.LandscapeServices;
import org.compliancebridge.ui.common.DialogService;
import org.compliancebridge.ui.common.ErrorMessages;
import org.compliancebridge.ui.common.TaskRunner;
import org.compliancebridge.ui.common.UiProgress;

/**
 * The catalogue browser: one tree per framework, search across all catalogues as you type (in memory, a few
 * milliseconds per keystroke), item detail with source and the crosswalk links in both directions, following a link,
 * and importing OSCAL catalogues with progress and cancel.
 */
public final class CatalogueBrowserViewModel {
    static final int MAX_RESULTS = 300;
    private final LandscapeServices services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Executor uiThread;
    private final Runnable onChanged;

    /** A crosswalk link seen from the selected item: the other item, and how the selected item relates to it. */
    public record LinkRow(CrosswalkLink link, boolean outgoing, ItemRef other, String otherTitle, String relation,
            String confidence, String rationale, String origin) {
        public String otherLabel() {
            return other == null ? "—" : other.frameworkId() + "  " + other.itemId();
        }
    }

    /** A search hit. */
    public record ResultRow(CatalogueItem item, String framework) {
        public String label() {
            return item.itemId() + "  " + item.title();
        }
    }

    public final ObservableList<Catalogue> catalogues = FXCollections.observableArrayList();
    /** Incremented when the catalogues were (re)loaded, so the view rebuilds its tree. */
    public final IntegerProperty loadedVersion = new SimpleIntegerProperty();
    public final StringProperty query = new SimpleStringProperty("");
    public final ObjectProperty<String> scope = new SimpleObjectProperty<>();
    public final ObservableList<ResultRow> results = FXCollections.observableArrayList();
    public final StringProperty resultText = new SimpleStringProperty("");
    public final BooleanProperty searching = new SimpleBooleanProperty();
    public final StringProperty loadText = new SimpleStringProperty("Loading catalogues…");

    public final ObjectProperty<CatalogueItem> selected = new SimpleObjectProperty<>();
    public final StringProperty detailId = new SimpleStringProperty("");
    public final StringProperty detailTitle = new SimpleStringProperty("");
    public final StringProperty detailFramework = new SimpleStringProperty("");
    public final StringProperty detailFacts = new SimpleStringProperty("");
    public final StringProperty detailStatement = new SimpleStringProperty("");
    public final StringProperty detailGuidance = new SimpleStringProperty("");
    public final StringProperty detailSource = new SimpleStringProperty("");
    public final StringProperty detailNotice = new SimpleStringProperty("");
    public final ObservableList<LinkRow> links = FXCollections.observableArrayList();
    public final BooleanProperty canGoBack = new SimpleBooleanProperty();

    public final BooleanProperty importing = new SimpleBooleanProperty();
    public final DoubleProperty importProgress = new SimpleDoubleProperty();
    public final StringProperty importMessage = new SimpleStringProperty("");

    private CatalogueIndex index;
    private List<CrosswalkLink> activeLinks = List.of();
    private final Map<String, Catalogue> byId = new LinkedHashMap<>();
    private final Deque<ItemRef> history = new ArrayDeque<>();
    private UiProgress currentImport;
    private ItemRef pendingSelection;
    private String selectFirstOf;

    CatalogueBrowserViewModel(LandscapeServices services, TaskRunner tasks, DialogService dialogs, Executor uiThread,
            Runnable onChanged) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.uiThread = uiThread;
        this.onChanged = onChanged;
        query.addListener((o, a, b) -> search());
        scope.addListener((o, a, b) -> search());
    }

    private record Loaded(CatalogueIndex index, List<Catalogue> catalogues, List<CrosswalkLink> links) {
    }

    public void load() {
        tasks.run("Loading catalogues", () -> new Loaded(services.catalogues().index(),
                services.catalogues().orderedCatalogues(), services.crosswalk().activeLinks()), l -> {
                    index = l.index();
                    activeLinks = l.links();
                    byId.clear();
                    l.catalogues().forEach(c -> byId.put(c.frameworkId(), c));
                    catalogues.setAll(l.catalogues());
                    loadText.set(String.format(Locale.ROOT, "%d catalogues, %,d items", l.catalogues().size(),
                            l.index().size()));
                    loadedVersion.set(loadedVersion.get() + 1);
                    search();
                    if (selectFirstOf != null) {
                        String fid = selectFirstOf;
                        selectFirstOf = null;
                        itemsOf(fid).stream().filter(i -> i.kind() == ItemKind.CONTROL).findFirst()
                                .ifPresent(i -> show(i.ref(), true));
                    } else if (pendingSelection != null) {
                        ItemRef p = pendingSelection;
                        pendingSelection = null;
                        show(p, false);
                    } else if (selected.get() != null) {
                        show(selected.get().ref(), false);
                    }
                }, t -> ErrorMessages.report(dialogs, "Loading the catalogues", t));
    }

    /** Whether the catalogues are loaded (index built). */
    public boolean loaded() {
        return index != null;
    }

    /** Items of one framework in document order (for the tree). */
    public List<CatalogueItem> itemsOf(String frameworkId) {
        if (index == null) {
            return List.of();
        }
        return index.items().stream().filter(i -> i.frameworkId().equals(frameworkId)).toList();
    }

    /** Runs the query against the in-memory index (fast enough for every keystroke). */
    void search() {
        if (index == null) {
            return;
        }
        String q = query.get() == null ? "" : query.get().strip();
        if (q.isEmpty()) {
            results.clear();
            resultText.set("");
            searching.set(false);
            return;
        }
        long t0 = System.nanoTime();
        CatalogueIndex.Result r = index.search(q, scope.get() == null ? Set.of() : Set.of(scope.get()), MAX_RESULTS);
        double ms = (System.nanoTime() - t0) / 1e6;
        results.setAll(r.hits().stream().map(h -> new ResultRow(h.item(), index.frameworkTitle(h.item()
                .frameworkId()))).toList());
        searching.set(true);
        resultText.set(r.total() == 0 ? "No item matches \u201c" + q + "\u201d." : String.format(Locale.ROOT,
                "%,d match%s%s · %.1f ms", r.total(), r.total() == 1 ? "" : "es", r.total() > MAX_RESULTS
                        ? " (first " + MAX_RESULTS + " shown)" : "", ms));
    }

    /** Shows an item (from the tree, a search hit or a link). */
    public void select(CatalogueItem item) {
        if (item == null) {
            return;
        }
        show(item.ref(), true);
    }

    /** Shows an item by reference; if the catalogues are not loaded yet, as soon as they are. */
    public void show(ItemRef ref) {
        if (index == null) {
            pendingSelection = ref;
            return;
        }
        show(ref, true);
    }

    private void show(ItemRef ref, boolean remember) {
        Optional<CatalogueItem> found = index.find(ref);
        if (found.isEmpty()) {
            dialogs.showProblem("Item not found", "The item " + ref.itemId() + " is not in the catalogue "
                    + ref.frameworkId() + " of this workspace.");
            return;
        }
        CatalogueItem it = found.get();
        if (remember && selected.get() != null && !selected.get().ref().equals(ref)) {
            history.push(selected.get().ref());
        }
        canGoBack.set(!history.isEmpty());
        selected.set(it);
        Catalogue c = byId.get(it.frameworkId());
        detailId.set(it.itemId());
        detailTitle.set(it.title());
        detailFramework.set(c == null ? it.frameworkId() : c.title() + " (" + c.frameworkId() + ")");
        List<String> facts = new ArrayList<>();
        facts.add(it.kind() == ItemKind.GROUP ? "Group" : it.assessable() ? "Assessable requirement"
                : "Not assessable (heading, lead-in or guidance)");
        if (!it.textKind().isEmpty()) {
            facts.add(it.quoted() ? "Text quoted from the source" : "Text is a paraphrase (not the official wording)");
        }
        if (!it.implementation().isEmpty()) {
            facts.add("Implementation: " + it.implementation());
        }
        if (it.withdrawn()) {
            facts.add("Withdrawn");
        }
        it.parentId().ifPresent(p -> facts.add("Part of " + p));
        if (c != null) {
            facts.add((c.info().draft() ? "DRAFT, not in force · " : "") + "Version " + c.info().version());
        }
        detailFacts.set(String.join(" · ", facts));
        detailStatement.set(it.statement().isBlank() ? "(no text)" : it.statement());
        detailGuidance.set(it.guidance().stream().map(g -> g.title() + ": " + g.prose())
                .collect(Collectors.joining("\n\n")));
        detailSource.set(it.sourceUrl());
        detailNotice.set(c == null ? "" : c.info().notice());
        links.setAll(linkRows(it.ref()));
    }

    private List<LinkRow> linkRows(ItemRef ref) {
        List<LinkRow> out = new ArrayList<>();
        for (CrosswalkLink l : CrosswalkService.linksOf(activeLinks, ref)) {
            CrosswalkMapping m = l.mapping();
            boolean outgoing = m.source().equals(ref);
            ItemRef other = outgoing ? m.target() : m.source();
            Relationship rel = outgoing ? m.relationship() : m.relationship().inverse();
            String otherTitle = other == null ? "" : index.find(other).map(CatalogueItem::title).orElse("(missing)");
            out.add(new LinkRow(l, outgoing, other, otherTitle, rel == Relationship.NONE ? "no counterpart"
                    : rel.phrase(), m.confidence().code(), m.rationale(), l.origin() == Origin.BUNDLED
                    ? (l.userModified() ? "bundled, changed" : "bundled") : "added in this workspace"));
        }
        return out;
    }

    /** Follows a link to the item at its other end. */
    public void follow(LinkRow row) {
        if (row != null && row.other() != null) {
            show(row.other(), true);
        }
    }

    public void back() {
        if (!history.isEmpty()) {
            ItemRef prev = history.pop();
            canGoBack.set(!history.isEmpty());
            show(prev, false);
        }
    }

    /** Imports an OSCAL catalog file in the background, with progress and cancel. */
    public void importCatalogue(Path file) {
        runImport(file, false, null);
    }

    private void runImport(Path file, boolean replace, String reason) {
        UiProgress progress = new UiProgress(uiThread, (f, m) -> {
            importProgress.set(f);
            importMessage.set(m);
        });
        currentImport = progress;
        importing.set(true);
        importProgress.set(0);
        importMessage.set("Reading " + file.getFileName());
        long t0 = System.nanoTime();
        tasks.run("Importing a catalogue", () -> services.catalogues().importFile(file, Optional.empty(), replace,
                reason, progress), c -> {
                    importing.set(false);
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    importMessage.set(String.format(Locale.ROOT, "Imported %s: %,d items in %,d ms.", c.title(),
                            c.itemCount(), ms));
                    selectFirstOf = c.frameworkId();
                    load();
                    onChanged.run();
                }, t -> {
                    importing.set(false);
                    importProgress.set(0);
                    if (t instanceof CatalogueExistsException exists) {
                        importMessage.set("");
                        if (dialogs.confirm("Replace catalogue", exists.getMessage(), "Replace...")) {
                            dialogs.askReason("Replace " + exists.frameworkId(), "Why is the catalogue being"
                                    + " replaced? The reason is recorded in the audit trail.").ifPresent(r ->
                                            runImport(file, true, r));
                        }
                    } else if (t instanceof ImportCancelledException) {
                        importMessage.set("Import cancelled. Nothing was imported.");
                    } else {
                        importMessage.set("Import refused. Nothing was imported.");
                        ErrorMessages.report(dialogs, "Importing " + file.getFileName(), t);
                    }
                });
    }

    public void cancelImport() {
        UiProgress p = currentImport;
        if (p != null) {
            p.cancel();
            importMessage.set("Cancelling…");
        }
    }
}
