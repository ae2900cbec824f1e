package org.compliancebridge.ui.step.gap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compliancebridge.domain.gap.MatrixImportPreview;
import org.compliancebridge.domain.gap.Scope;
import org.compliancebridge.service.GapServices;
import org.compliancebridge.service.MatrixService;
import org.compliancebridge.ui.common.DialogService;
import org.compliancebridge.ui.common.ErrorMessages;
import org.compliancebridge.ui.common.TaskRunner;
import org.compliancebridge.ui.common.UiProgress;

/**
 * The Excel compliance matrix (export, and import through a preview of every changed cell) and the gap report.
 * Export can be cancelled: the flag is checked between rows, nothing is interrupted. Applying an import shows its
 * progress and can be cancelled too: the one transaction is then rolled back.
 */
public final class MatrixViewModel {
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern(
            "yyyy-MM-dd HH:mm z", java.util.Locale.ROOT);
    private final GapServices services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Supplier<Scope> currentScope;
    private final Runnable changed;
    private final Executor uiThread;
    private AtomicBoolean cancelled = new AtomicBoolean();
    private UiProgress applying;

    public final BooleanProperty busy = new SimpleBooleanProperty();
    /** True while the running work can be cancelled (export, apply); reading a file or writing a report cannot. */
    public final BooleanProperty cancellable = new SimpleBooleanProperty();
    /** The value JavaFX's progress bar shows as "working, no figure yet". */
    static final double INDETERMINATE = -1;
    /** Progress of the running import from 0 to 1; indeterminate (-1) for work that does not report it. */
    public final DoubleProperty progress = new SimpleDoubleProperty(INDETERMINATE);
    public final StringProperty status = new SimpleStringProperty("");
    public final BooleanProperty currentScopeOnly = new SimpleBooleanProperty();
    /** The preview of an import, or null; the view shows the preview dialog while it is set. */
    public final ObjectProperty<MatrixImportPreview> preview = new SimpleObjectProperty<>();
    public final ObservableList<CellRow> previewCells = FXCollections.observableArrayList();
    public final BooleanProperty overwriteConflicts = new SimpleBooleanProperty();
    public final StringProperty previewSummary = new SimpleStringProperty("");

    /** One changed cell of the preview, flat for a table. */
    public record CellRow(int sheetRow, String requirement, String column, String oldValue, String newValue,
            boolean conflict) {
    }

    MatrixViewModel(GapServices services, TaskRunner tasks, DialogService dialogs, Executor uiThread,
            Supplier<Scope> currentScope, Runnable changed) {
        this.services = services;
        this.uiThread = uiThread;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.currentScope = currentScope;
        this.changed = changed;
    }

    public void exportMatrix() {
        Optional<Scope> scope = currentScopeOnly.get() ? Optional.ofNullable(currentScope.get()) : Optional.empty();
        String name = "compliance-matrix" + scope.map(s -> "-" + s.name().replaceAll("[^A-Za-z0-9]+", "-"))
                .orElse("") + ".xlsx";
        dialogs.chooseSaveFile("Export the compliance matrix", name, "Excel workbook", "xlsx").ifPresent(p ->
                export(p, scope));
    }

    void export(Path target, Optional<Scope> scope) {
        AtomicBoolean flag = new AtomicBoolean();
        cancelled = flag;
        busy.set(true);
        cancellable.set(true);
        status.set("Exporting the matrix" + scope.map(s -> " of " + s.name()).orElse(" of all scopes") + "…");
        tasks.run("Exporting the matrix", () -> services.matrix().export(target, scope, flag::get), (
                MatrixService.Exported e) -> {
            busy.set(false);
            cancellable.set(false);
            status.set("Exported " + e.rows() + " rows to " + e.file() + " (SHA-256 " + e.sha256().substring(0, 16)
                    + "…).");
        }, t -> {
            busy.set(false);
            cancellable.set(false);
            if (t instanceof CancellationException || flag.get()) {
                status.set("Export cancelled; no file was written.");
            } else {
                report("Exporting the matrix", t);
            }
        });
    }

    /** Cancels the running export, or the running import (which then rolls back entirely). */
    public void cancel() {
        cancelled.set(true);
        UiProgress a = applying;
        if (a != null) {
            a.cancel();
            status.set("Cancelling: undoing the rows applied so far…");
        } else {
            status.set("Cancelling…");
        }
    }

    public void importMatrix() {
        dialogs.chooseOpenFile("Import a returned compliance matrix", "Excel workbook", "xlsx").ifPresent(
                this::previewFile);
    }

    void previewFile(Path file) {
        busy.set(true);
        status.set("Reading " + file.getFileName() + "…");
        tasks.run("Reading the matrix", () -> services.matrix().preview(file), p -> {
            busy.set(false);
            status.set("");
            showPreview(p);
        }, t -> {
            busy.set(false);
            report("Reading the matrix", t);
        });
    }

    void showPreview(MatrixImportPreview p) {
        List<CellRow> cells = new ArrayList<>();
        for (MatrixImportPreview.RowChange r : p.changes()) {
            for (MatrixImportPreview.CellChange c : r.cells()) {
                cells.add(new CellRow(r.sheetRow(), r.label(), c.column().header(), c.oldValue(), c.newValue(),
                        r.conflict()));
            }
        }
        previewCells.setAll(cells);
        overwriteConflicts.set(false);
        previewSummary.set(p.file().getFileName() + ": " + p.rowsRead() + " rows read, " + p.changes().size()
                + " changed (" + p.cellChanges() + " cells), " + p.conflicts().size() + " in conflict with changes"
                + " made in the app since the export, " + p.rowsUnchanged() + " unchanged. Exported "
                + WHEN.format(p.exportedAt().atZone(services.session().zone())) + " by " + p.exportedBy() + ".");
        preview.set(p);
    }

    /** Applies the previewed changes; conflicts only when "overwrite conflicts" is ticked. */
    public void apply() {
        MatrixImportPreview p = preview.get();
        if (p == null) {
            return;
        }
        boolean overwrite = overwriteConflicts.get();
        preview.set(null);
        busy.set(true);
        cancellable.set(true);
        progress.set(0);
        status.set("Applying the matrix…");
        UiProgress monitor = new UiProgress(uiThread, (f, m) -> {
            if (busy.get()) {
                progress.set(f);
                status.set(m);
            }
        });
        applying = monitor;
        tasks.run("Applying the matrix", () -> services.matrix().apply(p, overwrite, monitor), a -> {
            done();
            status.set("Applied: " + a.rowsChanged() + " rows changed, " + a.conflictsOverwritten()
                    + " conflicts overwritten, " + a.conflictsSkipped() + " conflicts kept as they are in the app.");
            changed.run();
        }, t -> {
            done();
            if (t instanceof CancellationException) {
                status.set("Import cancelled; nothing was changed.");
            } else {
                report("Applying the matrix", t);
            }
        });
    }

    private void done() {
        busy.set(false);
        cancellable.set(false);
        applying = null;
        progress.set(INDETERMINATE);
    }

    public void cancelImport() {
        preview.set(null);
        previewCells.clear();
        status.set("Import cancelled; nothing was changed.");
    }

    public void exportReport(String extension) {
        dialogs.chooseSaveFile("Export the gap analysis report", "gap-analysis-report." + extension,
                extension.equals("pdf") ? "PDF document" : "Word document", extension).ifPresent(p -> {
                    busy.set(true);
                    status.set("Writing the report…");
                    tasks.run("Exporting the report", () -> services.report().export(p), e -> {
                        busy.set(false);
                        status.set("Report revision " + e.revision() + " written to " + e.file() + " (SHA-256 "
                                + e.sha256().substring(0, 16) + "…).");
                    }, t -> {
                        busy.set(false);
                        report("Exporting the report", t);
                    });
                });
    }

    private void report(String what, Throwable t) {
        if (ErrorMessages.isExpected(t)) {
            status.set(t.getMessage());
        } else {
            ErrorMessages.report(dialogs, what, t);
        }
    }
}
