package org.compliancebridge.app;

import java.util.Map;
import java.util.WeakHashMap;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.compliancebridge.export.PoiAuditTrailWriter;
import org.compliancebridge.export.JsonlPortableTrail;
import org.compliancebridge.service.AuditTrailService;
import org.compliancebridge.service.PortableTrailService;
import org.compliancebridge.service.VerificationService;
import org.compliancebridge.store.JsonWorkspaceFiles;
import org.compliancebridge.ui.audit.AuditTrailView;
import org.compliancebridge.ui.audit.AuditTrailViewModel;
import org.compliancebridge.service.LandscapeServices;
import org.compliancebridge.service.Session;
import org.compliancebridge.ui.common.TaskRunner;
import org.compliancebridge.ui.common.UiPreferences;
import org.compliancebridge.ui.dashboard.DashboardView;
import org.compliancebridge.ui.dashboard.DashboardViewModel;
import org.compliancebridge.ui.settings.SettingsView;
import org.compliancebridge.ui.settings.SettingsViewModel;
import org.compliancebridge.ui.shell.MainWindow;
import org.compliancebridge.ui.shell.PlannedView;
import org.compliancebridge.ui.step.gap.GapAnalysisView;
import org.compliancebridge.ui.step.gap.GapAnalysisViewModel;
import org.compliancebridge.ui.step.landscape.LandscapeView;
import org.compliancebridge.ui.step.landscape.LandscapeViewModel;

/** Builds the window and decides which view serves which section. Used by the app and by the UI tests. */
public final class UiAssembly {
    private UiAssembly() {
    }

    public static MainWindow assemble(Stage stage, AppServices services, TaskRunner tasks, UiPreferences prefs) {
        MainWindow[] window = new MainWindow[1];
        // One set of step-1 services per session, so the catalogue search index is built once per sign-in.
        Map<Session, LandscapeServices> landscape = new WeakHashMap<>();
        window[0] = new MainWindow(stage, services.workspaces(), services.passwordPolicy(), tasks, prefs,
                (section, shell) -> switch (section) {
                    case DASHBOARD -> {
                        LandscapeServices l = landscape.computeIfAbsent(shell.session(), services::landscape);
                        yield new DashboardView(new DashboardViewModel(shell.session(), tasks, window[0].dialogs(),
                                l.landscape(), services.gap(l))).root();
                    }
                    case LANDSCAPE -> new LandscapeView(new LandscapeViewModel(landscape.computeIfAbsent(
                            shell.session(), services::landscape), tasks, window[0].dialogs(), Platform::runLater),
                            window[0].dialogs()).root();
                    case SETTINGS -> {
                        SettingsViewModel vm = new SettingsViewModel(shell.session(), tasks, window[0].dialogs());
                        vm.darkTheme.set(prefs.darkTheme());
                        vm.lockMinutes.addListener((o, a, b) -> window[0].lockAfterMinutes.set(b.intValue()));
                        yield new SettingsView(vm, window[0]::applyTheme).root();
                    }
                    case AUDIT_TRAIL -> {
                        var session = shell.session();
                        var vm = new AuditTrailViewModel(new AuditTrailService(session, new PoiAuditTrailWriter()),
                                tasks, window[0].dialogs(), session.zone());
                        var verification = new VerificationService(services.signing(), new JsonWorkspaceFiles());
                        vm.setActions((progress, cancelled) -> verification.verify(session,
                                java.util.Optional.empty(), progress, cancelled), target -> new PortableTrailService(
                                        session, new JsonlPortableTrail(services.signing())).export(target));
                        yield new AuditTrailView(vm, window[0].dialogs()).root();
                    }
                    case GAP_ANALYSIS -> new GapAnalysisView(new GapAnalysisViewModel(services.gap(landscape
                            .computeIfAbsent(shell.session(), services::landscape)), tasks, window[0].dialogs(),
                            Platform::runLater),
                            shell.locked).root();
                    default -> PlannedView.of(section);
                }, services.sleeper());
        window[0].enableDemo(services.demo());
        return window[0];
    }
}
