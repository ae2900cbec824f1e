package org.compliancebridge.ui.step.gap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.compliancebridge.domain.gap.Assessment;
import org.compliancebridge.domain.gap.AssessmentKey;
import org.compliancebridge.domain.gap.AssessmentStatus;
import org.compliancebridge.domain.gap.CarryOverCandidate;
import org.compliancebridge.domain.gap.GapRow;
import org.compliancebridge.domain.gap.Priority;
import org.compliancebridge.domain.gap.Scope;
import org.compliancebridge.service.GapService;
import org.compliancebridge.ui.common.DialogService;
import org.compliancebridge.ui.common.ErrorMessages;
import org.compliancebridge.ui.common.TaskRunner;

/**
 * The assessment grid of one scope: rows, filters, the selected row, setting a status with a digit (saved in the
 * background, shown at once) and the carry-over offer that follows a status when linked requirements could take it.
 */
public final class AssessViewModel {
    /** Shown in the filter choosers for "no filter". */
    public static final String ALL = "All";

    private final GapService gaps;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Runnable changed;

    /** Every row of the scope; an update of a row re-runs the filter for that row only. */
    public final ObservableList<GapRowViewModel> rows = FXCollections.observableArrayList(
            r -> new Observable[] {r.row});
    public final FilteredList<GapRowViewModel> filtered = new FilteredList<>(rows);
    public final ObservableList<String> frameworkChoices = FXCollections.observableArrayList(ALL);
    public final ObservableList<String> ownerChoices = FXCollections.observableArrayList(ALL);
    public final StringProperty frameworkFilter = new SimpleStringProperty(ALL);
    public final ObjectProperty<AssessmentStatus> statusFilter = new SimpleObjectProperty<>();
    public final StringProperty ownerFilter = new SimpleStringProperty(ALL);
    public final ObjectProperty<Priority> priorityFilter = new SimpleObjectProperty<>();
    public final StringProperty searchText = new SimpleStringProperty("");
    public final ObjectProperty<GapRowViewModel> selected = new SimpleObjectProperty<>();
    public final StringProperty shownText = new SimpleStringProperty("");
    public final StringProperty progressText = new SimpleStringProperty("");
    public final IntegerProperty assessedCount = new SimpleIntegerProperty();
    public final IntegerProperty gapCount = new SimpleIntegerProperty();
    /** An expected failure of the last status change, shown in a banner above the grid (no dialog mid-workshop). */
    public final StringProperty problem = new SimpleStringProperty("");
    public final BooleanProperty loading = new SimpleBooleanProperty();

    /** The carry-over offer after a status was set: the source row and its candidates (empty: no offer). */
    public final ObservableList<CarryOverChoice> carryOver = FXCollections.observableArrayList();
    public final StringProperty carryOverText = new SimpleStringProperty("");
    private AssessmentKey carryOverSource;

    /** The detail pane asks to focus the notes field (Enter, or "Not applicable" without a justification). */
    public final IntegerProperty focusNotesRequests = new SimpleIntegerProperty();

    public final DetailViewModel detail;
    private Scope scope;

    /** One linked requirement the result could be carried over to, ticked by default; nothing happens until Apply. */
    public record CarryOverChoice(CarryOverCandidate candidate, BooleanProperty selected) {
        public String label() {
            return candidate.frameworkName() + " " + candidate.target().item().itemId() + " — " + candidate.title()
                    + " (now " + candidate.current().status().label() + ")";
        }
    }

    AssessViewModel(GapService gaps, TaskRunner tasks, DialogService dialogs, Runnable changed) {
        this.gaps = gaps;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.changed = changed;
        this.detail = new DetailViewModel(gaps, tasks, dialogs, this);
        frameworkFilter.addListener(o -> refilter());
        statusFilter.addListener(o -> refilter());
        ownerFilter.addListener(o -> refilter());
        priorityFilter.addListener(o -> refilter());
        searchText.addListener(o -> refilter());
        filtered.addListener((ListChangeListener<GapRowViewModel>) c -> updateShown());
        rows.addListener((ListChangeListener<GapRowViewModel>) c -> updateCounts());
        selected.addListener((o, a, b) -> detail.show(b));
    }

    /** For benchmarks and tests: a grid over given rows, without a service behind it. */
    public static AssessViewModel detached(List<GapRow> rows) {
        AssessViewModel vm = new AssessViewModel(null, null, null, () -> { });
        vm.setRows(rows);
        return vm;
    }

    public Scope scope() {
        return scope;
    }

    /** Loads the rows of a scope in the background; keeps the filters. */
    public void load(Scope s) {
        if (s == null) {
            return;
        }
        this.scope = s;
        loading.set(true);
        clearCarryOver();
        tasks.run("Loading the assessment grid", () -> gaps.rows(s), r -> {
            loading.set(false);
            if (Objects.equals(scope, s)) {
                setRows(r);
            }
        }, t -> {
            loading.set(false);
            ErrorMessages.report(dialogs, "Loading the assessment grid", t);
        });
    }

    public void setRows(List<GapRow> list) {
        GapRowViewModel was = selected.get();
        List<GapRowViewModel> vms = new ArrayList<>(list.size());
        TreeSet<String> fw = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        TreeSet<String> owners = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<String> fwOrdered = new ArrayList<>();
        GapRowViewModel reselect = null;
        for (GapRow r : list) {
            GapRowViewModel vm = new GapRowViewModel(r);
            vms.add(vm);
            if (fw.add(r.frameworkName())) {
                fwOrdered.add(r.frameworkName());
            }
            if (!r.assessment().owner().isBlank()) {
                owners.add(r.assessment().owner());
            }
            if (was != null && was.key().item().equals(r.key().item())) {
                reselect = vm;
            }
        }
        rows.setAll(vms);
        List<String> f = new ArrayList<>(List.of(ALL));
        f.addAll(fwOrdered);
        frameworkChoices.setAll(f);
        List<String> o = new ArrayList<>(List.of(ALL));
        o.addAll(owners);
        ownerChoices.setAll(o);
        if (!frameworkChoices.contains(frameworkFilter.get())) {
            frameworkFilter.set(ALL);
        }
        if (!ownerChoices.contains(ownerFilter.get())) {
            ownerFilter.set(ALL);
        }
        selected.set(reselect);
        updateCounts();
    }

    private void refilter() {
        filtered.setPredicate(predicate());
    }

    /** Built once per filter change; the text test is a plain contains() on the precomputed lower-case text. */
    Predicate<GapRowViewModel> predicate() {
        String fw = ALL.equals(frameworkFilter.get()) ? null : frameworkFilter.get();
        AssessmentStatus st = statusFilter.get();
        String owner = ALL.equals(ownerFilter.get()) ? null : ownerFilter.get();
        Priority prio = priorityFilter.get();
        String q = searchText.get() == null ? "" : searchText.get().strip().toLowerCase(Locale.ROOT);
        if (fw == null && st == null && owner == null && prio == null && q.isEmpty()) {
            return null;
        }
        return r -> (fw == null || fw.equals(r.frameworkName())) && (st == null || st == r.status())
                && (owner == null || owner.equalsIgnoreCase(r.owner()))
                && (prio == null || r.priority().orElse(null) == prio)
                && (q.isEmpty() || r.searchText().contains(q));
    }

    public void clearFilters() {
        frameworkFilter.set(ALL);
        statusFilter.set(null);
        ownerFilter.set(ALL);
        priorityFilter.set(null);
        searchText.set("");
    }

    private void updateShown() {
        shownText.set(filtered.size() == rows.size() ? rows.size() + " requirements"
                : filtered.size() + " of " + rows.size() + " requirements shown");
    }

    private void updateCounts() {
        int assessed = 0;
        int gapsNow = 0;
        for (GapRowViewModel r : rows) {
            if (r.status().isAssessed()) {
                assessed++;
            }
            if (r.status().isGap()) {
                gapsNow++;
            }
        }
        assessedCount.set(assessed);
        gapCount.set(gapsNow);
        progressText.set(assessed + " / " + rows.size() + " assessed · " + gapsNow + (gapsNow == 1 ? " gap" : " gaps"));
        updateShown();
    }

    public double progress() {
        return rows.isEmpty() ? 0 : (double) assessedCount.get() / rows.size();
    }

    /**
     * Sets the status of a row (digit keys). The row shows it at once; the service stores it in the background with
     * the version the person saw. "Not applicable" without a justification opens the notes with the inline message
     * instead, because the service would refuse it.
     *
     * @return false when the status needs more input (the notes) before it can be stored
     */
    public boolean setStatus(GapRowViewModel r, AssessmentStatus s) {
        if (r == null || s == null) {
            return false;
        }
        problem.set("");
        if (s == AssessmentStatus.NOT_APPLICABLE && r.assessment().notes().isBlank()) {
            selected.set(r);
            detail.status.set(s);
            detail.validate();
            focusNotesRequests.set(focusNotesRequests.get() + 1);
            return false;
        }
        if (s == r.status() && r.pendingStatus == null) {
            return true;
        }
        r.showStatus(s);
        r.pendingStatus = s;
        if (selected.get() == r) {
            detail.status.set(s);
        }
        if (!r.saving) {
            send(r);
        }
        return true;
    }

    private record Stored(Assessment assessment, List<CarryOverCandidate> candidates) {
    }

    private void send(GapRowViewModel r) {
        AssessmentStatus s = r.pendingStatus;
        r.pendingStatus = null;
        r.saving = true;
        AssessmentKey key = r.key();
        long version = r.assessment().version();
        tasks.run("Setting the status", () -> {
            Assessment a = gaps.setStatus(key, s, version);
            return new Stored(a, gaps.carryOverCandidates(key));
        }, st -> {
            r.saving = false;
            if (r.pendingStatus != null) {
                r.set(GapRowViewModel.with(r.get(), st.assessment()));
                r.showStatus(r.pendingStatus);
                send(r);
                return;
            }
            stored(r, st.assessment());
            offerCarryOver(key, st.assessment().status(), st.candidates());
            changed.run();
        }, t -> {
            r.saving = false;
            r.pendingStatus = null;
            failed("Setting the status", t);
            reload(r);
        });
    }

    /** Puts a stored assessment into its row (in place) and into the detail pane when it shows that row. */
    void stored(GapRowViewModel r, Assessment a) {
        r.set(GapRowViewModel.with(r.get(), a));
        if (!a.owner().isBlank() && !ownerChoices.contains(a.owner())) {
            ownerChoices.add(a.owner());
        }
        if (selected.get() == r) {
            detail.show(r);
        }
    }

    /** Reads one row fresh (after a refusal, or to pick up an evidence file count). */
    void reload(GapRowViewModel r) {
        AssessmentKey key = r.key();
        tasks.run("Reloading the row", () -> gaps.row(key), fresh -> {
            r.set(fresh);
            if (selected.get() == r) {
                detail.show(r);
            }
        }, t -> ErrorMessages.report(dialogs, "Reloading the row", t));
    }

    void failed(String what, Throwable t) {
        if (ErrorMessages.isExpected(t)) {
            problem.set(t.getMessage());
        } else {
            ErrorMessages.report(dialogs, what, t);
        }
    }

    private void offerCarryOver(AssessmentKey source, AssessmentStatus s, List<CarryOverCandidate> candidates) {
        if (candidates.isEmpty()) {
            return;
        }
        carryOverSource = source;
        carryOver.setAll(candidates.stream().map(c -> new CarryOverChoice(c, new SimpleBooleanProperty(true)))
                .toList());
        carryOverText.set(source.item().itemId() + " is now " + s.label() + ". Also mark " + (candidates.size() == 1
                ? "this linked requirement" : "these " + candidates.size() + " linked requirements") + " as "
                + s.label() + " (derived — needs review)?");
    }

    public void clearCarryOver() {
        carryOverSource = null;
        carryOver.clear();
        carryOverText.set("");
    }

    /** Carries the result over to the ticked candidates; they are marked "derived — needs review". */
    public void applyCarryOver() {
        AssessmentKey source = carryOverSource;
        List<AssessmentKey> targets = carryOver.stream().filter(c -> c.selected().get())
                .map(c -> c.candidate().target()).toList();
        if (source == null || targets.isEmpty()) {
            clearCarryOver();
            return;
        }
        clearCarryOver();
        tasks.run("Carrying the result over", () -> gaps.carryOver(source, targets), list -> {
            for (Assessment a : list) {
                for (GapRowViewModel r : rows) {
                    if (r.key().equals(a.key())) {
                        stored(r, a);
                    }
                }
            }
            changed.run();
        }, t -> failed("Carrying the result over", t));
    }

    /** After a save from the detail pane: offer carry-over like a digit key does, tell the parent. */
    void changedAfterSave(GapRowViewModel r, Assessment a) {
        AssessmentKey key = r.key();
        tasks.run("Finding linked requirements", () -> gaps.carryOverCandidates(key),
                c -> offerCarryOver(key, a.status(), c), t -> failed("Finding linked requirements", t));
        changed.run();
    }

    /** Asks the view to focus the notes of the selected row (Enter in the grid). */
    public void editNotes() {
        if (selected.get() != null) {
            focusNotesRequests.set(focusNotesRequests.get() + 1);
        }
    }

    public static String statusLabel(AssessmentStatus s) {
        return s == null ? ALL : s.label();
    }
}
