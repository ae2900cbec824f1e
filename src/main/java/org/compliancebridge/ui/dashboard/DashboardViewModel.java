package org.compliancebridge.ui.dashboard;

import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.compliancebridge.domain.Account;
import org.compliancebridge.service.Session;
import org.compliancebridge.ui.common.DialogService;
import org.compliancebridge.ui.common.ErrorMessages;
import org.compliancebridge.ui.common.TaskRunner;

/** Figures about the workspace, loaded in the background. */
public final class DashboardViewModel {
    private final Session session;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    public final StringProperty organisation = new SimpleStringProperty("…");
    public final StringProperty created = new SimpleStringProperty("…");
    public final LongProperty activeAccounts = new SimpleLongProperty();
    public final LongProperty auditEntries = new SimpleLongProperty();
    public final StringProperty schema = new SimpleStringProperty("");

    public DashboardViewModel(Session session, TaskRunner tasks, DialogService dialogs) {
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    record Figures(String org, String created, long accounts, long audit, String schema) {
    }

    public void refresh() {
        tasks.run("Loading dashboard", () -> {
            var info = session.info();
            long active = session.accounts().stream().filter(Account::active).count();
            return new Figures(info.organisationName(), info.createdAt().atZone(session.zone()).toLocalDate()
                    + " by " + info.createdBy(), active, session.auditEntryCount(), session.schemaVersion());
        }, f -> {
            organisation.set(f.org());
            created.set(f.created());
            activeAccounts.set(f.accounts());
            auditEntries.set(f.audit());
            schema.set(f.schema());
        }, t -> ErrorMessages.report(dialogs, "Loading the dashboard", t));
    }
}
