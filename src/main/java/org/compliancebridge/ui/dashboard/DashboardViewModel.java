package org.compliancebridge.ui.dashboard;

import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.compliancebridge.domain.Account;
import org.compliancebridge.domain.gap.GapSummary;
import org.compliancebridge.service.GapServices;
import org.compliancebridge.service.LandscapeService;
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
    /** Step 1's real progress (profile, systems, frameworks), or the planned note when not wired. */
    public final StringProperty landscapeState = new SimpleStringProperty("Planned — not built yet");
    public final javafx.beans.property.BooleanProperty landscapeDone = new javafx.beans.property
            .SimpleBooleanProperty();
    private final LandscapeService landscape;
    private final GapServices gap;
    /** Step 2's figures (per framework, per scope, heat map, actions); null until loaded or when not wired. */
    public final javafx.beans.property.ObjectProperty<GapSummary> gapSummary = new javafx.beans.property
            .SimpleObjectProperty<>();
    public final StringProperty gapState = new SimpleStringProperty("Planned — not built yet");

    public DashboardViewModel(Session session, TaskRunner tasks, DialogService dialogs) {
        this(session, tasks, dialogs, null);
    }

    public DashboardViewModel(Session session, TaskRunner tasks, DialogService dialogs, LandscapeService landscape) {
        this(session, tasks, dialogs, landscape, null);
    }

    public DashboardViewModel(Session session, TaskRunner tasks, DialogService dialogs, LandscapeService landscape,
            GapServices gap) {
        this.gap = gap;
        if (gap != null) {
            gapState.set("…");
        }
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.landscape = landscape;
        if (landscape != null) {
            landscapeState.set("…");
        }
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
        if (landscape != null) {
            tasks.run("Loading step 1 progress", landscape::progress, p -> {
                landscapeState.set((p.done() ? "Done — " : "In progress — ") + p.summary());
                landscapeDone.set(p.done());
            }, t -> ErrorMessages.report(dialogs, "Loading the dashboard", t));
        }
        if (gap != null) {
            tasks.run("Loading gap figures", () -> gap.gaps().summary(gap.actions().actions()), s -> {
                gapSummary.set(s);
                GapSummary.Counts all = GapSummary.Counts.ZERO;
                for (GapSummary.Cell c : s.byFrameworkAndScope()) {
                    all = all.plus(c.counts());
                }
                int gaps = all.partial() + all.notCompliant();
                gapState.set(all.total() == 0 ? "Not started — confirm frameworks in step 1" : (all.assessed()
                        == all.total() ? "Done — " : "In progress — ") + all.assessed() + " / " + all.total()
                        + " assessed · " + gaps + (gaps == 1 ? " gap" : " gaps"));
            }, t -> ErrorMessages.report(dialogs, "Loading the dashboard", t));
        }
    }
}
