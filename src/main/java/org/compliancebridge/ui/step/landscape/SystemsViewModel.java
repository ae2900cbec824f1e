package org.compliancebridge.ui.step.landscape;

import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.landscape.ComputerisedSystem;
import org.compliancebridge.domain.landscape.GxpImpact;
import org.compliancebridge.domain.landscape.Hosting;
import org.compliancebridge.domain.landscape.SystemDraft;
import org.compliancebridge.service.LandscapeServices;
import org.compliancebridge.service.SystemInventoryService;
import org.compliancebridge.ui.common.DialogService;
import org.compliancebridge.ui.common.ErrorMessages;
import org.compliancebridge.ui.common.TaskRunner;

/** The computerised-system inventory: table, add/edit form, retire. */
public final class SystemsViewModel {
    private final LandscapeServices services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Runnable onChanged;

    /** One row of the inventory table. */
    public record SystemRow(ComputerisedSystem system) {
        public String name() {
            return system.name();
        }

        public String purpose() {
            return system.purpose();
        }

        public String gxp() {
            return system.gxpImpact().label();
        }

        public String part11() {
            return system.part11Relevant() ? "Yes" : "No";
        }

        public String supplier() {
            return system.supplier();
        }

        public String hosting() {
            return system.hosting().label();
        }

        public String owner() {
            return system.owner();
        }

        public String state() {
            return system.active() ? "Active" : "Retired";
        }
    }

    public final ObservableList<SystemRow> rows = FXCollections.observableArrayList();
    public final BooleanProperty showRetired = new SimpleBooleanProperty();
    public final StringProperty summary = new SimpleStringProperty("");
    public final BooleanProperty busy = new SimpleBooleanProperty();

    // The add / edit form
    public final StringProperty formTitle = new SimpleStringProperty("");
    public final StringProperty name = new SimpleStringProperty("");
    public final StringProperty purpose = new SimpleStringProperty("");
    public final ObjectProperty<GxpImpact> gxpImpact = new SimpleObjectProperty<>();
    public final BooleanProperty part11Relevant = new SimpleBooleanProperty();
    public final StringProperty supplier = new SimpleStringProperty("");
    public final ObjectProperty<Hosting> hosting = new SimpleObjectProperty<>();
    public final StringProperty owner = new SimpleStringProperty("");
    public final StringProperty formProblem = new SimpleStringProperty("");
    private UUID editing;
    private List<ComputerisedSystem> all = List.of();

    SystemsViewModel(LandscapeServices services, TaskRunner tasks, DialogService dialogs, Runnable onChanged) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.onChanged = onChanged;
        showRetired.addListener((o, a, b) -> show());
    }

    public void load() {
        tasks.run("Loading systems", () -> services.systems().systems(), list -> {
            all = list;
            show();
        }, t -> ErrorMessages.report(dialogs, "Loading the system inventory", t));
    }

    private void show() {
        rows.setAll(all.stream().filter(s -> showRetired.get() || s.active()).map(SystemRow::new).toList());
        long active = all.stream().filter(ComputerisedSystem::active).count();
        long p11 = all.stream().filter(s -> s.active() && s.part11Relevant()).count();
        long high = all.stream().filter(s -> s.active() && s.gxpImpact() == GxpImpact.HIGH).count();
        summary.set(active + " active system" + (active == 1 ? "" : "s") + " · " + p11 + " Part 11 relevant · " + high
                + " with high GxP impact" + (all.size() > active ? " · " + (all.size() - active) + " retired" : ""));
    }

    public void startAdd() {
        editing = null;
        formTitle.set("Add a computerised system");
        name.set("");
        purpose.set("");
        gxpImpact.set(null);
        part11Relevant.set(false);
        supplier.set("");
        hosting.set(null);
        owner.set("");
        formProblem.set("");
    }

    public void startEdit(SystemRow row) {
        ComputerisedSystem s = row.system();
        editing = s.systemId();
        formTitle.set("Change " + s.name());
        name.set(s.name());
        purpose.set(s.purpose());
        gxpImpact.set(s.gxpImpact());
        part11Relevant.set(s.part11Relevant());
        supplier.set(s.supplier());
        hosting.set(s.hosting());
        owner.set(s.owner());
        formProblem.set("");
    }

    public boolean isEditing() {
        return editing != null;
    }

    /** Saves the form (a change asks for the reason); {@code onDone} runs when saved. */
    public void save(Runnable onDone) {
        formProblem.set("");
        SystemDraft draft = new SystemDraft(name.get(), purpose.get(), gxpImpact.get(), part11Relevant.get(),
                supplier.get(), hosting.get(), owner.get());
        try {
            SystemInventoryService.validated(draft);
        } catch (InvalidInputException e) {
            formProblem.set(e.getMessage());
            return;
        }
        UUID id = editing;
        String reason = null;
        if (id != null) {
            var r = dialogs.askReason("Change " + name.get(), "Why is this system's entry being changed? The reason"
                    + " is recorded in the audit trail with the old and new values.");
            if (r.isEmpty()) {
                return;
            }
            reason = r.get();
        }
        String why = reason;
        busy.set(true);
        tasks.run("Saving the system", () -> id == null ? services.systems().add(draft)
                : services.systems().change(id, draft, why), s -> {
                    busy.set(false);
                    load();
                    onChanged.run();
                    onDone.run();
                }, t -> {
                    busy.set(false);
                    if (ErrorMessages.isExpected(t)) {
                        formProblem.set(t.getMessage());
                    } else {
                        ErrorMessages.report(dialogs, "Saving the system", t);
                    }
                });
    }

    public void retire(SystemRow row) {
        if (row == null || !row.system().active()) {
            return;
        }
        dialogs.askReason("Retire " + row.name(), "Why is " + row.name() + " being retired (decommissioned, replaced,"
                + " out of scope)? It stays in the inventory marked retired; the reason is recorded in the audit"
                + " trail.").ifPresent(reason -> {
                    busy.set(true);
                    tasks.run("Retiring", () -> services.systems().retire(row.system().systemId(), reason), s -> {
                        busy.set(false);
                        load();
                        onChanged.run();
                    }, t -> {
                        busy.set(false);
                        ErrorMessages.report(dialogs, "Retiring the system", t);
                    });
                });
    }
}
