package org.compliancebridge.ui.step.landscape;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.compliancebridge.domain.landscape.ImportCancelledException;
import org.compliancebridge.service.LandscapeService;
import org.compliancebridge.service.LandscapeServices;
import org.compliancebridge.ui.common.DialogService;
import org.compliancebridge.ui.common.ErrorMessages;
import org.compliancebridge.ui.common.TaskRunner;
import org.compliancebridge.ui.common.UiProgress;

/** The regulatory landscape document: what it will contain, and exporting it as Word or PDF. */
public final class DocumentViewModel {
    private final LandscapeServices services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Executor uiThread;
    private final Runnable onChanged;
    public final StringProperty readiness = new SimpleStringProperty("");
    public final BooleanProperty busy = new SimpleBooleanProperty();
    public final DoubleProperty progress = new SimpleDoubleProperty();
    public final StringProperty status = new SimpleStringProperty("");
    private UiProgress current;

    DocumentViewModel(LandscapeServices services, TaskRunner tasks, DialogService dialogs, Executor uiThread,
            Runnable onChanged) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.uiThread = uiThread;
        this.onChanged = onChanged;
    }

    void showProgress(LandscapeService.Progress p) {
        readiness.set(p.done() ? "Ready: the profile is complete, the inventory lists " + p.activeSystems()
                + " system(s) and the framework selection is confirmed."
                : "You can export now; the document will say what is still open: " + p.summary() + ".");
    }

    /** Asks where to save, then exports. */
    public void chooseAndExport(String extension) {
        String name = "regulatory-landscape." + extension;
        dialogs.chooseSaveFile("Save the regulatory landscape", name, extension.equals("pdf") ? "PDF document"
                : "Word document", extension).ifPresent(this::exportTo);
    }

    public void exportTo(Path file) {
        UiProgress p = new UiProgress(uiThread, (f, m) -> {
            progress.set(f);
            status.set(m + "…");
        });
        current = p;
        busy.set(true);
        progress.set(0);
        status.set("Collecting…");
        tasks.run("Exporting the landscape", () -> services.landscape().export(file, p), e -> {
            busy.set(false);
            progress.set(1);
            status.set(String.format(Locale.ROOT, "Wrote %s (revision %d, %,d KB, SHA-256 %s…). The export is"
                    + " recorded in the audit trail.", e.file().getFileName(), e.revision(), (e.bytes() + 1023) / 1024,
                    e.sha256().substring(0, 16)));
            onChanged.run();
        }, t -> {
            busy.set(false);
            progress.set(0);
            if (t instanceof ImportCancelledException) {
                status.set(t.getMessage());
            } else {
                status.set("");
                ErrorMessages.report(dialogs, "Exporting the landscape document", t);
            }
        });
    }

    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }
}
