package org.compliancebridge.ui.step.gap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compliancebridge.domain.Account;
import org.compliancebridge.domain.RecordRef;
import org.compliancebridge.domain.gap.Action;
import org.compliancebridge.domain.gap.ActionDraft;
import org.compliancebridge.domain.gap.ActionStatus;
import org.compliancebridge.domain.gap.AssessmentKey;
import org.compliancebridge.domain.gap.GapRow;
import org.compliancebridge.domain.gap.MergedGap;
import org.compliancebridge.domain.gap.Priority;
import org.compliancebridge.service.ActionService;
import org.compliancebridge.service.GapServices;
import org.compliancebridge.ui.common.DialogService;
import org.compliancebridge.ui.common.ErrorMessages;
import org.compliancebridge.ui.common.SignaturesViewModel;
import org.compliancebridge.ui.common.TaskRunner;

/**
 * The action plan: actions with owner, due date, priority and status; the editor for new and changed actions; status
 * moves (start, close with evidence, verify by someone else, reopen with a reason). Refusals of the service are shown
 * as its message.
 */
public final class ActionPlanViewModel {
    private final GapServices services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Runnable changed;
    public final ObservableList<Action> actions = FXCollections.observableArrayList();
    public final ObservableList<Account> owners = FXCollections.observableArrayList();
    public final ObjectProperty<Action> selected = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(LocalDate.now());
    public final StringProperty summary = new SimpleStringProperty("");
    public final StringProperty problem = new SimpleStringProperty("");
    public final SignaturesViewModel signatures;
    /** The open editor, or null; the view shows a dialog while it is set. */
    public final ObjectProperty<Editor> editor = new SimpleObjectProperty<>();
    private final Map<AssessmentKey, String> gapLabels = new LinkedHashMap<>();

    ActionPlanViewModel(GapServices services, TaskRunner tasks, DialogService dialogs, Runnable changed) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.changed = changed;
        this.signatures = new SignaturesViewModel(services.signatures(), () -> Optional.of(new RecordRef(
                ActionService.PLAN_RECORD_TYPE, ActionService.PLAN_ID)), tasks, dialogs);
    }

    private record Loaded(List<Action> actions, List<Account> owners, LocalDate today,
            Map<AssessmentKey, String> gaps) {
    }

    public void load() {
        tasks.run("Loading the action plan", () -> {
            Map<AssessmentKey, String> labels = new LinkedHashMap<>();
            for (MergedGap g : services.gaps().mergedGaps(Optional.empty(), List.of())) {
                for (GapRow r : g.all()) {
                    labels.put(r.key(), gapLabel(r));
                }
            }
            return new Loaded(services.actions().actions(), services.actions().owners(), services.actions().today(),
                    labels);
        }, l -> {
            Action was = selected.get();
            today.set(l.today());
            owners.setAll(l.owners());
            gapLabels.clear();
            gapLabels.putAll(l.gaps());
            actions.setAll(l.actions());
            if (was != null) {
                actions.stream().filter(a -> a.actionId().equals(was.actionId())).findFirst().ifPresent(selected::set);
            }
            long open = l.actions().stream().filter(a -> !a.status().isClosed()).count();
            long overdue = l.actions().stream().filter(a -> a.overdue(l.today())).count();
            summary.set(l.actions().size() + " actions · " + open + " open · " + overdue + " overdue");
        }, t -> ErrorMessages.report(dialogs, "Loading the action plan", t));
        signatures.refresh();
    }

    static String gapLabel(GapRow r) {
        return r.frameworkName() + " " + r.item().itemId() + " — " + r.item().title() + " [" + r.scope().name() + ", "
                + r.assessment().status().label() + "]";
    }

    public boolean overdue(Action a) {
        return a != null && a.overdue(today.get());
    }

    public String ownerName(Action a) {
        return owners.stream().filter(o -> o.userId().equals(a.owner())).map(Account::fullName).findFirst()
                .orElse(a.owner().value());
    }

    // ---- editor ----

    /** A linked gap offered in the editor, ticked when linked. */
    public record GapChoice(AssessmentKey key, String label, BooleanProperty linked) {
    }

    /** State of the create/edit dialog; {@link #problem} shows a refusal inline, the dialog stays open. */
    public final class Editor {
        final Action editing;
        public final StringProperty heading = new SimpleStringProperty();
        public final StringProperty title = new SimpleStringProperty("");
        public final StringProperty description = new SimpleStringProperty("");
        public final ObjectProperty<Account> owner = new SimpleObjectProperty<>();
        public final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
        public final ObjectProperty<Priority> priority = new SimpleObjectProperty<>(Priority.MEDIUM);
        public final ObservableList<GapChoice> gaps = FXCollections.observableArrayList();
        public final StringProperty problem = new SimpleStringProperty("");
        public final BooleanProperty busy = new SimpleBooleanProperty();

        Editor(Action editing, List<AssessmentKey> linked) {
            this.editing = editing;
            Map<AssessmentKey, String> labels = new LinkedHashMap<>();
            for (AssessmentKey k : linked) {
                labels.put(k, gapLabels.getOrDefault(k, k.item().toString() + " [" + k.scopeKey() + "]"));
            }
            gapLabels.forEach(labels::putIfAbsent);
            labels.forEach((k, l) -> gaps.add(new GapChoice(k, l, new SimpleBooleanProperty(linked.contains(k)))));
        }

        public List<AssessmentKey> linkedGaps() {
            return gaps.stream().filter(g -> g.linked().get()).map(GapChoice::key).toList();
        }

        public void save(Runnable onSaved) {
            if (title.get() == null || title.get().isBlank()) {
                problem.set("Enter a title: what will be done.");
                return;
            }
            if (owner.get() == null) {
                problem.set("Choose the owner of the action.");
                return;
            }
            if (due.get() == null) {
                problem.set("Enter the due date.");
                return;
            }
            if (linkedGaps().isEmpty()) {
                problem.set("Tick at least one gap this action closes.");
                return;
            }
            ActionDraft d = new ActionDraft(title.get(), description.get(), owner.get().userId(), due.get(),
                    priority.get(), linkedGaps());
            busy.set(true);
            tasks.run("Saving the action", () -> editing == null ? services.actions().create(d)
                    : services.actions().change(editing.actionId(), d, editing.version()), a -> {
                        busy.set(false);
                        editor.set(null);
                        selected.set(a);
                        load();
                        changed.run();
                        onSaved.run();
                    }, t -> {
                        busy.set(false);
                        if (ErrorMessages.isExpected(t)) {
                            problem.set(t.getMessage());
                        } else {
                            ErrorMessages.report(dialogs, "Saving the action", t);
                        }
                    });
        }

        public void cancel() {
            editor.set(null);
        }
    }

    /** Opens the editor for a new action; {@code gap} (from the gap view) prefills the title and linked gaps. */
    public Editor create(Optional<MergedGap> gap) {
        List<AssessmentKey> linked = new ArrayList<>();
        gap.ifPresent(g -> {
            for (GapRow r : g.all()) {
                linked.add(r.key());
                gapLabels.putIfAbsent(r.key(), gapLabel(r));
            }
        });
        Editor e = new Editor(null, linked);
        e.heading.set("New action");
        gap.ifPresent(g -> {
            e.title.set("Close the gap at " + g.anchor().frameworkName() + " " + g.anchor().item().itemId() + " ("
                    + g.anchor().item().title() + ")");
            e.description.set(g.sentence());
            g.priority().ifPresent(e.priority::set);
            g.due().ifPresent(e.due::set);
        });
        if (e.due.get() == null) {
            e.due.set(today.get().plusDays(30));
        }
        owners.stream().filter(o -> o.userId().equals(services.session().account().userId())).findFirst()
                .ifPresent(e.owner::set);
        editor.set(e);
        return e;
    }

    public Editor edit() {
        Action a = selected.get();
        if (a == null) {
            return null;
        }
        Editor e = new Editor(a, a.gaps());
        e.heading.set("Change " + a.reference());
        e.title.set(a.title());
        e.description.set(a.description());
        owners.stream().filter(o -> o.userId().equals(a.owner())).findFirst().ifPresent(e.owner::set);
        e.due.set(a.due());
        e.priority.set(a.priority());
        editor.set(e);
        return e;
    }

    // ---- status moves ----

    public void start() {
        move(ActionStatus.IN_PROGRESS, null, null);
    }

    /** Close: asks what shows the gap is closed (mandatory, kept with the action). */
    public void close() {
        Action a = selected.get();
        if (a == null) {
            return;
        }
        dialogs.askReason("Close " + a.reference(), "Closure evidence: what shows the gap is closed? (e.g. SOP"
                + " number and effective date, validation report, screenshot name)")
                .ifPresent(ev -> move(ActionStatus.DONE, ev, null));
    }

    public void verify() {
        move(ActionStatus.VERIFIED, null, null);
    }

    public void reopen() {
        Action a = selected.get();
        if (a == null) {
            return;
        }
        dialogs.askReason("Reopen " + a.reference(), "Why is " + a.reference() + " reopened? The reason is recorded"
                + " in the audit trail.").ifPresent(r -> move(ActionStatus.OPEN, null, r));
    }

    private void move(ActionStatus target, String evidence, String reason) {
        Action a = selected.get();
        if (a == null) {
            return;
        }
        problem.set("");
        tasks.run("Changing the action's status", () -> services.actions().changeStatus(a.actionId(), target,
                evidence, reason, a.version()), after -> {
                    selected.set(after);
                    load();
                    changed.run();
                }, t -> {
                    if (ErrorMessages.isExpected(t)) {
                        problem.set(t.getMessage());
                    } else {
                        ErrorMessages.report(dialogs, "Changing the action's status", t);
                    }
                });
    }
}
