package org.compliancebridge.ui.step.gap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
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
import org.compliancebridge.domain.gap.AssessmentChange;
import org.compliancebridge.domain.gap.AssessmentKey;
import org.compliancebridge.domain.gap.AssessmentStatus;
import org.compliancebridge.service.GapService;
import org.compliancebridge.ui.common.TaskRunner;

/**
 * Workshop mode: one requirement at a time, large, for a projector. Works on the rows the grid showed when it was
 * opened (so setting a status does not make the current row vanish under a status filter). A digit sets the status
 * and moves on at once; the grid stores it in the background.
 */
public final class WorkshopViewModel {
    private final AssessViewModel grid;
    private final GapService gaps;
    private final TaskRunner tasks;
    private final List<GapRowViewModel> rows = new ArrayList<>();
    private final InvalidationListener refresh = o -> refresh();

    public final BooleanProperty open = new SimpleBooleanProperty();
    public final IntegerProperty index = new SimpleIntegerProperty(-1);
    public final ObjectProperty<GapRowViewModel> current = new SimpleObjectProperty<>();
    public final StringProperty position = new SimpleStringProperty("");
    public final StringProperty heading = new SimpleStringProperty("");
    public final StringProperty title = new SimpleStringProperty("");
    public final StringProperty requirement = new SimpleStringProperty("");
    public final StringProperty guidance = new SimpleStringProperty("");
    public final StringProperty links = new SimpleStringProperty("");
    public final ObjectProperty<AssessmentStatus> status = new SimpleObjectProperty<>();
    public final StringProperty answer = new SimpleStringProperty("");
    public final StringProperty counter = new SimpleStringProperty("");
    public final DoubleProperty progress = new SimpleDoubleProperty();
    public final StringProperty message = new SimpleStringProperty("");
    /** Notes editor (N): open, its text, and the status to store with it (Not applicable needs the notes). */
    public final BooleanProperty editingNotes = new SimpleBooleanProperty();
    public final StringProperty notesDraft = new SimpleStringProperty("");
    private AssessmentStatus statusWithNotes;

    WorkshopViewModel(AssessViewModel grid, GapService gaps, TaskRunner tasks) {
        this.grid = grid;
        this.gaps = gaps;
        this.tasks = tasks;
    }

    /** Opens on the grid's visible rows, at the selected one. */
    public boolean start() {
        rows.clear();
        rows.addAll(grid.filtered);
        if (rows.isEmpty()) {
            return false;
        }
        int at = Math.max(0, rows.indexOf(grid.selected.get()));
        grid.rows.addListener(refresh);
        grid.problem.addListener(refresh);
        grid.progressText.addListener(refresh);
        open.set(true);
        go(at);
        return true;
    }

    /** Leaves workshop mode; the grid selects the row the workshop ended on. */
    public void stop() {
        grid.rows.removeListener(refresh);
        grid.problem.removeListener(refresh);
        grid.progressText.removeListener(refresh);
        editingNotes.set(false);
        if (current.get() != null) {
            grid.selected.set(current.get());
        }
        open.set(false);
    }

    public int size() {
        return rows.size();
    }

    public void next() {
        go(index.get() + 1);
    }

    public void previous() {
        go(index.get() - 1);
    }

    public void pageForward() {
        go(index.get() + 10);
    }

    public void pageBack() {
        go(index.get() - 10);
    }

    public void go(int i) {
        if (rows.isEmpty()) {
            return;
        }
        int to = Math.max(0, Math.min(rows.size() - 1, i));
        index.set(to);
        current.set(rows.get(to));
        message.set("");
        editingNotes.set(false);
        refresh();
    }

    /** Digit key: shows the status at once, stores it in the background and moves to the next requirement. */
    public void setStatus(AssessmentStatus s) {
        GapRowViewModel r = current.get();
        if (r == null) {
            return;
        }
        if (s == AssessmentStatus.NOT_APPLICABLE && r.assessment().notes().isBlank()) {
            statusWithNotes = s;
            notesDraft.set("");
            editingNotes.set(true);
            message.set("\"Not applicable\" needs a justification: write why, then Ctrl+Enter.");
            return;
        }
        grid.setStatus(r, s);
        if (index.get() < rows.size() - 1) {
            next();
        } else {
            refresh();
            message.set("That was the last requirement.");
        }
    }

    /** N: edit the notes of the current requirement. */
    public void editNotes() {
        GapRowViewModel r = current.get();
        if (r != null) {
            statusWithNotes = null;
            notesDraft.set(r.assessment().notes());
            editingNotes.set(true);
        }
    }

    public void cancelNotes() {
        editingNotes.set(false);
        statusWithNotes = null;
        message.set("");
    }

    /** Stores the notes (and the pending "Not applicable") in the background; the screen shows them at once. */
    public void saveNotes() {
        GapRowViewModel r = current.get();
        if (r == null) {
            return;
        }
        AssessmentStatus s = Optional.ofNullable(statusWithNotes).orElse(r.status());
        String text = notesDraft.get() == null ? "" : notesDraft.get().strip();
        if (s == AssessmentStatus.NOT_APPLICABLE && text.isEmpty()) {
            message.set("\"Not applicable\" needs a justification: write why, then Ctrl+Enter.");
            return;
        }
        AssessmentChange c = r.assessment().content().withStatus(s).withNotes(text);
        AssessmentKey key = r.key();
        long version = r.assessment().version();
        editingNotes.set(false);
        boolean moveOn = statusWithNotes != null;
        statusWithNotes = null;
        r.showStatus(s);
        tasks.run("Saving notes", () -> gaps.record(key, c, version), a -> {
            grid.stored(r, a);
            grid.changedAfterSave(r, a);
        }, t -> {
            grid.failed("Saving notes", t);
            grid.reload(r);
        });
        if (moveOn && index.get() < rows.size() - 1) {
            next();
        } else {
            refresh();
        }
    }

    private void refresh() {
        GapRowViewModel r = current.get();
        counter.set(grid.progressText.get());
        progress.set(grid.progress());
        if (!grid.problem.get().isEmpty()) {
            message.set(grid.problem.get());
        }
        if (r == null) {
            return;
        }
        position.set((index.get() + 1) + " of " + rows.size());
        heading.set(r.label());
        title.set(r.title());
        requirement.set(r.get().item().statement());
        guidance.set(r.guidanceText());
        links.set(r.get().linkedLabels().isEmpty() ? "" : "Linked: " + r.get().linkedLabels());
        status.set(r.status());
        answer.set(r.status().label() + (r.assessment().needsReview() ? " (derived — needs review)" : "")
                + (r.assessment().notes().isBlank() ? "" : "\nNotes: " + r.assessment().notes()));
    }
}
