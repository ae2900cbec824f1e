package org.compliancebridge.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.compliancebridge.service.LoginThrottle;
import org.compliancebridge.service.Session;
import org.compliancebridge.ui.common.DialogService;
import org.compliancebridge.ui.common.ErrorMessages;
import org.compliancebridge.ui.common.TaskRunner;

/** Navigation, lock state and status bar of the main window for one signed-in session. */
public final class ShellViewModel {
    private final Session session;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final LoginThrottle.Sleeper sleeper;
    private final Runnable onSignedOut;

    public final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.DASHBOARD);
    public final BooleanProperty locked = new SimpleBooleanProperty();
    public final BooleanProperty busy = new SimpleBooleanProperty();
    public final StringProperty unlockPassword = new SimpleStringProperty("");
    public final StringProperty unlockProblem = new SimpleStringProperty("");

    public ShellViewModel(Session session, TaskRunner tasks, DialogService dialogs, LoginThrottle.Sleeper sleeper,
            Runnable onSignedOut) {
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.sleeper = sleeper;
        this.onSignedOut = onSignedOut;
    }

    public Session session() {
        return session;
    }

    public String workspaceLabel() {
        return session.folder().toString();
    }

    public String userLabel() {
        return session.account().fullName() + " (" + session.account().userId() + ", "
                + session.account().role().label() + ")";
    }

    public void navigate(Section s) {
        if (!locked.get()) {
            section.set(s);
        }
    }

    /** Locks now (Ctrl+L or inactivity). The screen is covered at once; the audit entry is written in background. */
    public void lock(String why) {
        if (locked.get()) {
            return;
        }
        locked.set(true);
        unlockPassword.set("");
        unlockProblem.set("");
        tasks.run("Locking", () -> {
            session.lock(why);
            return null;
        }, ok -> { }, t -> ErrorMessages.report(dialogs, "Locking the session", t));
    }

    public void unlock() {
        char[] pw = unlockPassword.get().toCharArray();
        unlockPassword.set("");
        busy.set(true);
        tasks.run("Unlocking", () -> {
            session.unlock(pw, sleeper);
            return null;
        }, ok -> {
            busy.set(false);
            unlockProblem.set("");
            locked.set(false);
        }, t -> {
            busy.set(false);
            if (ErrorMessages.isExpected(t)) {
                unlockProblem.set(t.getMessage());
            } else {
                ErrorMessages.report(dialogs, "Unlocking", t);
            }
        });
    }

    /** Ends the session (audited) and returns to the welcome screen. */
    public void signOut() {
        busy.set(true);
        tasks.run("Signing out", () -> {
            session.close();
            return null;
        }, ok -> {
            busy.set(false);
            onSignedOut.run();
        }, t -> {
            busy.set(false);
            ErrorMessages.report(dialogs, "Signing out", t);
            onSignedOut.run();
        });
    }
}
