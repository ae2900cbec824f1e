package org.compliancebridge.ui.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
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
import org.compliancebridge.domain.AuditQuery;
import org.compliancebridge.domain.port.AuditTrailWriter;
import org.compliancebridge.service.AuditTrailService;
import org.compliancebridge.ui.common.DialogService;
import org.compliancebridge.ui.common.ErrorMessages;
import org.compliancebridge.ui.common.TaskRunner;

/** The audit trail screen: filters, a paged view of matching entries (newest first), details, export. */
public final class AuditTrailViewModel {
    public static final String ALL = "(all)";
    static final int PAGE = 200;
    private final AuditTrailService trail;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ZoneId zone;

    public final ObservableList<String> users = FXCollections.observableArrayList(ALL);
    public final ObservableList<String> events = FXCollections.observableArrayList(ALL);
    public final StringProperty user = new SimpleStringProperty(ALL);
    public final StringProperty event = new SimpleStringProperty(ALL);
    public final StringProperty record = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    public final StringProperty search = new SimpleStringProperty("");

    public final ObjectProperty<PagedList<AuditRow>> rows = new SimpleObjectProperty<>();
    public final StringProperty countText = new SimpleStringProperty("");
    public final ObjectProperty<AuditRow> selected = new SimpleObjectProperty<>();
    public final BooleanProperty busy = new SimpleBooleanProperty();
    public final DoubleProperty progress = new SimpleDoubleProperty(-1);
    public final StringProperty status = new SimpleStringProperty("");
    private final AtomicBoolean cancel = new AtomicBoolean();
    private long generation;

    /** Runs the chain verification with progress and a cancel flag. */
    public interface Verifier {
        org.compliancebridge.service.VerificationService.Result verify(java.util.function.LongConsumer progress,
                java.util.function.BooleanSupplier cancelled);
    }

    /** Writes the sealed portable trail; returns the number of entries. */
    public interface PortableExport {
        long export(Path target);
    }

    private Verifier verifier;
    private PortableExport portable;
    public final javafx.collections.ObservableList<String> verification = FXCollections.observableArrayList();
    public final BooleanProperty verificationIntact = new SimpleBooleanProperty();

    public void setActions(Verifier verifier, PortableExport portable) {
        this.verifier = verifier;
        this.portable = portable;
    }

    public AuditTrailViewModel(AuditTrailService trail, TaskRunner tasks, DialogService dialogs, ZoneId zone) {
        this.trail = trail;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.zone = zone;
    }

    public void loadChoices() {
        tasks.run("Loading filter choices", () -> new String[][] {trail.users().toArray(String[]::new),
            trail.eventTypes().toArray(String[]::new)}, c -> {
                // keep the "(all)" item (and so the current selection) in place; replace only the choices after it
                users.remove(1, users.size());
                users.addAll(c[0]);
                events.remove(1, events.size());
                events.addAll(c[1]);
            }, t -> ErrorMessages.report(dialogs, "Loading the audit trail", t));
    }

    public AuditQuery query() {
        return new AuditQuery(choice(user.get()), choice(event.get()), Optional.empty(), text(record.get()),
                Optional.ofNullable(from.get()).map(d -> d.atStartOfDay(zone).toInstant()),
                Optional.ofNullable(to.get()).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()),
                text(search.get()));
    }

    /** Counts the matching entries in the background, then shows a fresh paged view of them. */
    public void refresh() {
        AuditQuery q = query();
        long gen = ++generation;
        countText.set("Counting…");
        tasks.run("Counting audit entries", () -> trail.count(q), n -> {
            if (gen != generation) {
                return;
            }
            PagedList<AuditRow> old = rows.get();
            if (old != null) {
                old.dispose();
            }
            int size = (int) Math.min(Integer.MAX_VALUE, n);
            rows.set(new PagedList<>(size, PAGE, 50, (offset, limit) -> trail.page(q, offset, limit).stream()
                    .map(AuditRow::of).toList(), AuditRow::loading, tasks));
            countText.set(String.format("%,d %s", n, n == 1 ? "entry" : "entries") + (q.isEmpty() ? ""
                    : n == 1 ? " matches the filter" : " match the filter"));
        }, t -> ErrorMessages.report(dialogs, "Filtering the audit trail", t));
    }

    public void clearFilters() {
        user.set(ALL);
        event.set(ALL);
        record.set("");
        from.set(null);
        to.set(null);
        search.set("");
        refresh();
    }

    public void export(Path target, AuditTrailWriter.Format format) {
        AuditQuery q = query();
        cancel.set(false);
        busy.set(true);
        progress.set(-1);
        status.set("Exporting to " + target.getFileName() + "…");
        tasks.run("Exporting the audit trail", () -> trail.export(q, target, format, cancel::get), r -> {
            busy.set(false);
            status.set(r.rows() < 0 ? "Export cancelled; no file was written."
                    : String.format("Exported %,d entries to %s (SHA-256 %s…). The export is recorded in the audit"
                            + " trail.", r.rows(), r.file().getFileName(), r.sha256().substring(0, 16)));
            refresh();
        }, t -> {
            busy.set(false);
            status.set("");
            ErrorMessages.report(dialogs, "Exporting the audit trail", t);
        });
    }

    /** Recomputes the whole chain against every checkpoint; progress shows entries checked of the total. */
    public void verify() {
        cancel.set(false);
        busy.set(true);
        progress.set(0);
        verification.clear();
        status.set("Verifying the audit chain…");
        tasks.run("Counting", () -> trail.count(AuditQuery.all()), total -> tasks.run("Verifying", () ->
                verifier.verify(n -> javafx.application.Platform.runLater(() -> progress.set(total == 0 ? 1
                        : (double) n / total)), cancel::get), r -> {
                            busy.set(false);
                            verificationIntact.set(r.intact());
                            verification.setAll(r.lines());
                            status.set(r.intact() ? "Intact: every entry recomputes and agrees with the newest"
                                    + " signed checkpoint. The verification is recorded in the audit trail."
                                    : r.lines().size() + " problem(s) found — see below. The verification is recorded"
                                    + " in the audit trail.");
                            refresh();
                        }, t -> {
                            busy.set(false);
                            if (t instanceof java.util.concurrent.CancellationException) {
                                status.set("Verification cancelled.");
                            } else {
                                status.set("");
                                ErrorMessages.report(dialogs, "Verifying the audit trail", t);
                            }
                        }), t -> {
                            busy.set(false);
                            ErrorMessages.report(dialogs, "Verifying the audit trail", t);
                        });
    }

    public void exportPortable(Path target) {
        busy.set(true);
        progress.set(-1);
        status.set("Writing the sealed audit trail…");
        tasks.run("Exporting the sealed trail", () -> portable.export(target), n -> {
            busy.set(false);
            status.set(String.format("Wrote %,d entries to %s, sealed with your signature. Inspectors check it with"
                    + " 'compliance-bridge audit verify %s' (no workspace or password needed).", n,
                    target.getFileName(), target.getFileName()));
            refresh();
        }, t -> {
            busy.set(false);
            status.set("");
            ErrorMessages.report(dialogs, "Exporting the audit trail", t);
        });
    }

    public void cancel() {
        cancel.set(true);
    }

    AtomicBoolean cancelFlag() {
        return cancel;
    }

    private static Optional<String> choice(String s) {
        return s == null || s.equals(ALL) ? Optional.empty() : Optional.of(s);
    }

    private static Optional<String> text(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
