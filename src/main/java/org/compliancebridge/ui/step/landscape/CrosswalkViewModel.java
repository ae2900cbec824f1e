package org.compliancebridge.ui.step.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compliancebridge.domain.landscape.CatalogueItem;
import org.compliancebridge.domain.landscape.Confidence;
import org.compliancebridge.domain.landscape.CoverageStatus;
import org.compliancebridge.domain.landscape.CrosswalkLink;
import org.compliancebridge.domain.landscape.CrosswalkMapping;
import org.compliancebridge.domain.landscape.ItemCoverage;
import org.compliancebridge.domain.landscape.ItemRef;
import org.compliancebridge.domain.landscape.Relationship;
import org.compliancebridge.service.CatalogueIndex;
import org.compliancebridge.service.CrosswalkService;
import org.compliancebridge.service.LandscapeServices;
import org.compliancebridge.ui.common.DialogService;
import org.compliancebridge.ui.common.ErrorMessages;
import org.compliancebridge.ui.common.TaskRunner;

/**
 * Part 11 / Annex 11 against ISO/IEC 27001: every assessable item with its coverage (covered, justified as having no
 * counterpart, or a gap), filterable; the selected item's links in both directions; adding, changing and retiring
 * links with a mandatory reason.
 */
public final class CrosswalkViewModel {
    public static final List<String> SOURCES = List.of(CrosswalkService.PART11, CrosswalkService.ANNEX11);
    private final LandscapeServices services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Consumer<ItemRef> openInBrowser;
    private final Runnable onChanged;

    /** One assessable item and its coverage by ISO/IEC 27001. */
    public record CoverageRow(ItemCoverage coverage) {
        public String itemId() {
            return coverage.item().itemId();
        }

        public String title() {
            return coverage.item().title();
        }

        public CoverageStatus status() {
            return coverage.status();
        }

        public String statusLabel() {
            return coverage.status().label();
        }

        public String targets() {
            return coverage.links().stream().map(l -> l.mapping().relationship() == Relationship.NONE ? "none"
                    : l.mapping().targetId()).collect(Collectors.joining(", "));
        }
    }

    /** A link of the selected item, in either direction. */
    public record LinkRow(CrosswalkLink link, boolean outgoing, String other, String relationship,
            String confidence, String rationale) {
    }

    public final ObjectProperty<String> source = new SimpleObjectProperty<>(CrosswalkService.PART11);
    public final StringProperty filter = new SimpleStringProperty("");
    public final BooleanProperty gapsOnly = new SimpleBooleanProperty();
    public final ObservableList<CoverageRow> rows = FXCollections.observableArrayList();
    public final StringProperty summary = new SimpleStringProperty("");
    public final ObjectProperty<CoverageRow> selected = new SimpleObjectProperty<>();
    public final ObservableList<LinkRow> links = FXCollections.observableArrayList();
    public final BooleanProperty busy = new SimpleBooleanProperty();

    // The add / change form
    public final StringProperty formTitle = new SimpleStringProperty("");
    public final ObjectProperty<String> targetFramework = new SimpleObjectProperty<>(CrosswalkService.ISO27001);
    public final StringProperty targetId = new SimpleStringProperty("");
    public final ObjectProperty<Relationship> relationship = new SimpleObjectProperty<>(Relationship.INTERSECTS);
    public final ObjectProperty<Confidence> confidence = new SimpleObjectProperty<>(Confidence.MEDIUM);
    public final StringProperty rationale = new SimpleStringProperty("");
    public final StringProperty reason = new SimpleStringProperty("");
    public final StringProperty formProblem = new SimpleStringProperty("");
    public final BooleanProperty changing = new SimpleBooleanProperty();
    private CrosswalkLink editing;

    private CatalogueIndex index;
    private List<CrosswalkLink> active = List.of();
    private List<ItemCoverage> coverage = List.of();

    CrosswalkViewModel(LandscapeServices services, TaskRunner tasks, DialogService dialogs,
            Consumer<ItemRef> openInBrowser, Runnable onChanged) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.openInBrowser = openInBrowser;
        this.onChanged = onChanged;
        source.addListener((o, a, b) -> recompute());
        filter.addListener((o, a, b) -> show());
        gapsOnly.addListener((o, a, b) -> show());
        selected.addListener((o, a, b) -> showLinks());
    }

    private record Loaded(CatalogueIndex index, List<CrosswalkLink> links) {
    }

    public void load() {
        tasks.run("Loading the crosswalk", () -> new Loaded(services.catalogues().index(),
                services.crosswalk().activeLinks()), l -> {
                    index = l.index();
                    active = l.links();
                    recompute();
                }, t -> ErrorMessages.report(dialogs, "Loading the crosswalk", t));
    }

    private void recompute() {
        if (index == null) {
            return;
        }
        List<CatalogueItem> items = index.items().stream().filter(i -> i.frameworkId().equals(source.get()))
                .toList();
        coverage = CrosswalkService.coverage(items, active, CrosswalkService.ISO27001);
        long covered = coverage.stream().filter(c -> c.status() == CoverageStatus.COVERED).count();
        long none = coverage.stream().filter(c -> c.status() == CoverageStatus.NO_COUNTERPART).count();
        long gaps = coverage.stream().filter(c -> c.status() == CoverageStatus.GAP).count();
        summary.set(String.format(Locale.ROOT, "%d assessable items · %d covered by ISO/IEC 27001 · %d without ISMS"
                + " counterpart (justified) · %d gap%s", coverage.size(), covered, none, gaps, gaps == 1 ? "" : "s"));
        show();
    }

    private void show() {
        ItemRef keep = selected.get() == null ? null : selected.get().coverage().item().ref();
        String f = CatalogueIndex.normalise(filter.get());
        List<CoverageRow> out = new ArrayList<>();
        for (ItemCoverage c : coverage) {
            if (gapsOnly.get() && c.status() == CoverageStatus.COVERED) {
                continue;
            }
            if (!f.isEmpty()) {
                String hay = CatalogueIndex.normalise(c.item().itemId() + " " + c.item().title() + " "
                        + c.links().stream().map(l -> l.mapping().targetId()).collect(Collectors.joining(" ")));
                if (!hay.contains(f)) {
                    continue;
                }
            }
            out.add(new CoverageRow(c));
        }
        rows.setAll(out);
        selected.set(keep == null ? null : out.stream().filter(r -> r.coverage().item().ref().equals(keep))
                .findFirst().orElse(null));
        showLinks();
    }

    private void showLinks() {
        CoverageRow r = selected.get();
        if (r == null) {
            links.clear();
            return;
        }
        ItemRef ref = r.coverage().item().ref();
        List<LinkRow> out = new ArrayList<>();
        for (CrosswalkLink l : CrosswalkService.linksOf(active, ref)) {
            CrosswalkMapping m = l.mapping();
            boolean outgoing = m.source().equals(ref);
            ItemRef other = outgoing ? m.target() : m.source();
            Relationship rel = outgoing ? m.relationship() : m.relationship().inverse();
            out.add(new LinkRow(l, outgoing, other == null ? "(no counterpart)" : other.frameworkId() + " "
                    + other.itemId() + " — " + index.find(other).map(CatalogueItem::title).orElse("?"),
                    rel.code(), m.confidence().code(), m.rationale()));
        }
        links.setAll(out);
    }

    /** Opens the selected item, or a link's other end, in the catalogue browser. */
    public void open(ItemRef ref) {
        if (ref != null) {
            openInBrowser.accept(ref);
        }
    }

    public void openOther(LinkRow row) {
        if (row == null) {
            return;
        }
        CrosswalkMapping m = row.link().mapping();
        open(row.outgoing() ? m.target() : m.source());
    }

    public void startAdd() {
        editing = null;
        changing.set(false);
        CoverageRow r = selected.get();
        formTitle.set(r == null ? "" : "Link " + r.itemId() + " to …");
        targetFramework.set(CrosswalkService.ISO27001);
        targetId.set("");
        relationship.set(Relationship.INTERSECTS);
        confidence.set(Confidence.MEDIUM);
        rationale.set("");
        reason.set("");
        formProblem.set("");
    }

    public void startChange(LinkRow row) {
        editing = row.link();
        changing.set(true);
        CrosswalkMapping m = row.link().mapping();
        formTitle.set("Change " + m.sourceId() + (m.relationship() == Relationship.NONE ? " (no counterpart)"
                : " → " + m.targetId()));
        targetFramework.set(m.targetFramework());
        targetId.set(m.targetId());
        relationship.set(m.relationship());
        confidence.set(m.confidence());
        rationale.set(m.rationale());
        reason.set("");
        formProblem.set("");
    }

    /** Target IDs the user may choose from, for the chosen target framework. */
    public List<String> targetIds() {
        if (index == null || targetFramework.get() == null) {
            return List.of();
        }
        return index.items().stream().filter(i -> i.frameworkId().equals(targetFramework.get()))
                .filter(CatalogueItem::assessable).map(CatalogueItem::itemId).toList();
    }

    public void saveLink(Runnable onDone) {
        formProblem.set("");
        CoverageRow r = selected.get();
        if (r == null && editing == null) {
            formProblem.set("Choose an item first.");
            return;
        }
        if (reason.get().isBlank()) {
            formProblem.set("Give the reason for this change; it is recorded in the audit trail.");
            return;
        }
        CrosswalkLink e = editing;
        String why = reason.get();
        busy.set(true);
        tasks.run("Saving the link", () -> {
            if (e != null) {
                return services.crosswalk().change(e.linkId(), relationship.get(), confidence.get(), rationale.get(),
                        why);
            }
            ItemRef src = r.coverage().item().ref();
            boolean none = relationship.get() == Relationship.NONE;
            return services.crosswalk().add(new CrosswalkMapping(src.frameworkId(), src.itemId(), none ? ""
                    : targetFramework.get(), none ? "" : targetId.get().strip(), relationship.get(), confidence.get(),
                    rationale.get()), why);
        }, l -> {
            busy.set(false);
            onDone.run();
            load();
            onChanged.run();
        }, t -> {
            busy.set(false);
            if (ErrorMessages.isExpected(t)) {
                formProblem.set(t.getMessage());
            } else {
                ErrorMessages.report(dialogs, "Saving the crosswalk link", t);
            }
        });
    }

    public void retire(LinkRow row) {
        if (row == null) {
            return;
        }
        CrosswalkMapping m = row.link().mapping();
        dialogs.askReason("Retire link", "Why is the link " + m.sourceId() + (m.relationship() == Relationship.NONE
                ? " (no counterpart)" : " → " + m.targetId()) + " being retired? It stays in the workspace, inactive;"
                + " the reason is recorded in the audit trail.").ifPresent(why -> {
                    busy.set(true);
                    tasks.run("Retiring the link", () -> services.crosswalk().retire(row.link().linkId(), why), l -> {
                        busy.set(false);
                        load();
                        onChanged.run();
                    }, t -> {
                        busy.set(false);
                        ErrorMessages.report(dialogs, "Retiring the link", t);
                    });
                });
    }

    /** Frameworks a link can point to (everything but the source). */
    public List<String> targetFrameworks() {
        if (index == null) {
            return List.of(CrosswalkService.ISO27001);
        }
        return index.items().stream().map(CatalogueItem::frameworkId).distinct()
                .filter(f -> !f.equals(source.get())).toList();
    }
}
