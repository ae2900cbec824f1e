package org.compliancebridge.ui.step.gap;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compliancebridge.domain.gap.Assessment;
import org.compliancebridge.domain.gap.AssessmentChange;
import org.compliancebridge.domain.gap.AssessmentKey;
import org.compliancebridge.domain.gap.AssessmentStatus;
import org.compliancebridge.domain.gap.EvidenceFile;
import org.compliancebridge.domain.gap.GapRow;
import org.compliancebridge.domain.gap.Priority;
import org.compliancebridge.service.GapService;
import org.compliancebridge.ui.common.DialogService;
import org.compliancebridge.ui.common.ErrorMessages;
import org.compliancebridge.ui.common.TaskRunner;

/**
 * The detail pane of the selected row: requirement, guidance and links to read; every field of the assessment to edit,
 * with inline messages next to the fields; evidence files to attach, remove (with a reason) and export.
 */
public final class DetailViewModel {
    private final GapService gaps;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final AssessViewModel grid;
    private GapRowViewModel row;
    /** The fields as shown for the row, to tell unsaved edits when the person moves on. */
    private AssessmentChange shown;

    public final BooleanProperty hasRow = new SimpleBooleanProperty();
    public final StringProperty heading = new SimpleStringProperty("Select a requirement");
    public final StringProperty title = new SimpleStringProperty("");
    public final StringProperty requirement = new SimpleStringProperty("");
    public final StringProperty guidance = new SimpleStringProperty("");
    public final StringProperty links = new SimpleStringProperty("");
    public final StringProperty derivedText = new SimpleStringProperty("");
    public final BooleanProperty derived = new SimpleBooleanProperty();

    public final ObjectProperty<AssessmentStatus> status = new SimpleObjectProperty<>();
    public final StringProperty evidence = new SimpleStringProperty("");
    public final StringProperty owner = new SimpleStringProperty("");
    public final ObjectProperty<Priority> priority = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    public final StringProperty notes = new SimpleStringProperty("");

    public final StringProperty notesMessage = new SimpleStringProperty("");
    public final StringProperty dueMessage = new SimpleStringProperty("");
    public final StringProperty saveMessage = new SimpleStringProperty("");
    public final BooleanProperty busy = new SimpleBooleanProperty();
    public final ObservableList<EvidenceFile> files = FXCollections.observableArrayList();
    public final ObjectProperty<EvidenceFile> selectedFile = new SimpleObjectProperty<>();

    DetailViewModel(GapService gaps, TaskRunner tasks, DialogService dialogs, AssessViewModel grid) {
        this.gaps = gaps;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.grid = grid;
        status.addListener(o -> validate());
        notes.addListener(o -> validate());
        due.addListener(o -> validate());
    }

    /**
     * Shows a row (or nothing). Edits of the previous row that were not saved are saved now, as a spreadsheet keeps
     * what was typed when you move on; edits that cannot be saved (e.g. "Not applicable" without a justification)
     * are named in the grid's message bar, never dropped silently.
     */
    void show(GapRowViewModel r) {
        boolean dirty = row != null && shown != null && !change().equals(shown);
        if (dirty && row != r) {
            keepEditsOf(row);
        }
        // The same row refreshed (e.g. a digit set its status in the grid): fields the person edited stay edited.
        AssessmentChange before = dirty && row == r ? shown : null;
        AssessmentChange edits = dirty && row == r ? change() : null;
        row = r;
        hasRow.set(r != null);
        saveMessage.set("");
        if (r == null) {
            heading.set("Select a requirement");
            title.set("");
            requirement.set("");
            guidance.set("");
            links.set("");
            derived.set(false);
            derivedText.set("");
            files.clear();
            return;
        }
        GapRow g = r.get();
        Assessment a = g.assessment();
        heading.set(r.label() + (g.section().isBlank() ? "" : "  ·  " + g.section()));
        title.set(g.item().title());
        requirement.set(g.item().statement());
        guidance.set(r.guidanceText());
        StringBuilder l = new StringBuilder();
        for (GapRow.LinkedItem li : g.links()) {
            l.append(l.length() == 0 ? "" : "\n").append(li.label()).append(" — ").append(li.title()).append(" (")
                    .append(li.relationship().phrase()).append(')');
        }
        links.set(l.length() == 0 ? "No crosswalk links." : l.toString());
        derived.set(a.needsReview());
        derivedText.set(a.derivedFrom().map(f -> "Derived from " + f.itemId() + " through the crosswalk — needs"
                + " review. Confirm it, or change it.").orElse(""));
        status.set(a.status());
        evidence.set(a.evidence());
        owner.set(a.owner());
        priority.set(a.priority().orElse(null));
        due.set(a.due().orElse(null));
        notes.set(a.notes());
        shown = change();
        if (edits != null) {
            if (!edits.evidence().equals(before.evidence())) {
                evidence.set(edits.evidence());
            }
            if (!edits.owner().equals(before.owner())) {
                owner.set(edits.owner());
            }
            if (!edits.priority().equals(before.priority())) {
                priority.set(edits.priority().orElse(null));
            }
            if (!edits.due().equals(before.due())) {
                due.set(edits.due().orElse(null));
            }
            if (!edits.notes().equals(before.notes())) {
                notes.set(edits.notes());
            }
        }
        validate();
        loadFiles();
    }

    private void keepEditsOf(GapRowViewModel previous) {
        AssessmentChange c = change();
        if (!validate()) {
            grid.problem.set("Your edits to " + previous.label() + " were not saved: " + (notesMessage.get().isEmpty()
                    ? dueMessage.get() : notesMessage.get()) + " Go back to it to complete them.");
            return;
        }
        AssessmentKey key = previous.key();
        long version = previous.assessment().version();
        tasks.run("Saving the assessment", () -> gaps.record(key, c, version), a -> {
            grid.stored(previous, a);
            grid.changedAfterSave(previous, a);
        }, t -> grid.failed("Saving your edits to " + previous.label(), t));
    }

    /** Inline checks, next to the fields; the same rules the service applies. */
    public boolean validate() {
        boolean ok = true;
        if (status.get() == AssessmentStatus.NOT_APPLICABLE && (notes.get() == null || notes.get().isBlank())) {
            notesMessage.set("\"Not applicable\" needs a justification: write why in Notes.");
            ok = false;
        } else {
            notesMessage.set("");
        }
        LocalDate d = due.get();
        if (d != null && (d.getYear() < 2000 || d.getYear() > 2100)) {
            dueMessage.set("Use a date between 2000 and 2100.");
            ok = false;
        } else {
            dueMessage.set("");
        }
        return ok;
    }

    AssessmentChange change() {
        return new AssessmentChange(status.get(), evidence.get(), owner.get(), Optional.ofNullable(priority.get()),
                Optional.ofNullable(due.get()), notes.get());
    }

    /** Saves every field; refused changes keep the fields as typed and say why next to Save. */
    public void save() {
        GapRowViewModel r = row;
        if (r == null || !validate()) {
            return;
        }
        AssessmentChange c = change();
        AssessmentKey key = r.key();
        long version = r.assessment().version();
        busy.set(true);
        tasks.run("Saving the assessment", () -> gaps.record(key, c, version), a -> {
            busy.set(false);
            if (row == r) {
                shown = c;
            }
            grid.stored(r, a);
            saveMessage.set("Saved.");
            grid.changedAfterSave(r, a);
        }, t -> {
            busy.set(false);
            if (ErrorMessages.isExpected(t)) {
                saveMessage.set(t.getMessage());
            } else {
                ErrorMessages.report(dialogs, "Saving the assessment", t);
            }
        });
    }

    /** Confirms a result carried over through the crosswalk, as it is. */
    public void confirmDerived() {
        GapRowViewModel r = row;
        if (r == null || !r.assessment().needsReview()) {
            return;
        }
        AssessmentKey key = r.key();
        long version = r.assessment().version();
        tasks.run("Confirming", () -> gaps.confirmDerived(key, version), a -> {
            grid.stored(r, a);
            saveMessage.set("Confirmed.");
            grid.changedAfterSave(r, a);
        }, t -> grid.failed("Confirming the derived result", t));
    }

    private void loadFiles() {
        GapRowViewModel r = row;
        AssessmentKey key = r.key();
        tasks.run("Loading evidence files", () -> gaps.evidenceFiles(key), list -> {
            if (row == r) {
                files.setAll(list.stream().filter(EvidenceFile::active).toList());
            }
        }, t -> ErrorMessages.report(dialogs, "Loading evidence files", t));
    }

    public void attachFile() {
        GapRowViewModel r = row;
        if (r == null) {
            return;
        }
        Optional<Path> file = dialogs.chooseOpenFile("Attach evidence to " + r.label(), "All files", "*");
        file.ifPresent(f -> tasks.run("Attaching evidence", () -> gaps.attachEvidence(r.key(), f), ef -> {
            saveMessage.set("Attached " + ef.fileName() + " (SHA-256 " + ef.sha256().substring(0, 12) + "…).");
            grid.reload(r);
        }, t -> report("Attaching evidence", t)));
    }

    public void removeFile() {
        EvidenceFile f = selectedFile.get();
        GapRowViewModel r = row;
        if (f == null || r == null) {
            return;
        }
        dialogs.askReason("Remove " + f.fileName(), "Why is this evidence file removed? It stays in the workspace"
                + " and the audit trail, marked removed.").ifPresent(reason -> tasks.run("Removing evidence", () -> {
                    gaps.removeEvidence(f.fileId(), reason);
                    return null;
                }, ok -> {
                    saveMessage.set("Removed " + f.fileName() + ".");
                    grid.reload(r);
                }, t -> report("Removing evidence", t)));
    }

    public void exportFile() {
        EvidenceFile f = selectedFile.get();
        if (f == null) {
            return;
        }
        String ext = f.fileName().contains(".") ? f.fileName().substring(f.fileName().lastIndexOf('.') + 1) : "*";
        dialogs.chooseSaveFile("Export evidence file", f.fileName(), "Evidence file", ext).ifPresent(target ->
                tasks.run("Exporting evidence", () -> gaps.exportEvidence(f.fileId(), target),
                        p -> saveMessage.set("Exported to " + p + "."), t -> report("Exporting evidence", t)));
    }

    private void report(String what, Throwable t) {
        if (ErrorMessages.isExpected(t)) {
            saveMessage.set(t.getMessage());
        } else {
            ErrorMessages.report(dialogs, what, t);
        }
    }

    List<EvidenceFile> filesNow() {
        return List.copyOf(files);
    }
}
