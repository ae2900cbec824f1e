package org.compliancebridge.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compliancebridge.ui.UiWaits.text;
import static org.compliancebridge.ui.UiWaits.waitFor;
import static org.compliancebridge.ui.UiWaits.waitForText;
import static org.compliancebridge.ui.UiWaits.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.compliancebridge.app.AppServices;
import org.compliancebridge.app.UiAssembly;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.gap.ActionDraft;
import org.compliancebridge.domain.gap.AssessmentStatus;
import org.compliancebridge.domain.gap.GapRow;
import org.compliancebridge.domain.gap.Priority;
import org.compliancebridge.domain.gap.Scope;
import org.compliancebridge.service.GapServices;
import org.compliancebridge.service.LandscapeServices;
import org.compliancebridge.service.Session;
import org.compliancebridge.testsupport.GapWorkspaces;
import org.compliancebridge.ui.common.FxTaskRunner;
import org.compliancebridge.ui.common.UiPreferences;
import org.compliancebridge.ui.shell.MainWindow;
import org.compliancebridge.ui.step.gap.GapRowViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Step 2 in the real window, headless, with the keyboard: Ctrl+3 → the grid → arrows and digits set statuses → the
 * N/A justification message → Ctrl+F filter → workshop mode (keys move and set, the counter follows, Esc leaves) →
 * Ctrl+1 dashboard with the new figures. Then the gaps and the action plan (with an overdue action). Screenshots go to
 * target/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class GapAnalysisUiTest {
    private static final String PASSWORD = "a long and private passphrase";
    @TempDir
    static Path tmp;
    private Preferences prefsNode;
    private MainWindow window;
    private Stage stage;
    private AppServices services;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        prefsNode = Preferences.userRoot().node("org/compliancebridge/test/" + System.nanoTime());
        services = AppServices.forTests(Clock.systemUTC());
        window = UiAssembly.assemble(stage, services, new FxTaskRunner(), new UiPreferences(prefsNode));
        window.show();
    }

    @AfterEach
    void cleanUp() throws Exception {
        window.closeSessionNow();
        prefsNode.removeNode();
    }

    private void ctrl(FxRobot robot, KeyCode k) {
        robot.press(KeyCode.CONTROL).type(k).release(KeyCode.CONTROL);
    }

    /** Frameworks confirmed in step 1; one gap with an action that is overdue. */
    private Path prepare() {
        Path ws = tmp.resolve("ws-" + System.nanoTime());
        try (Session s = services.workspaces().create(ws, "Acme Devices GmbH", UserId.of("alice"), "Alice Admin",
                PASSWORD.toCharArray()).session()) {
            LandscapeServices l = services.landscape(s);
            GapWorkspaces.prepare(l);
            GapServices g = services.gap(l);
            Scope org = Scope.organisation();
            GapRow a815 = g.gaps().rows(org).stream().filter(r -> r.item().itemId().equals("A.8.15")).findFirst()
                    .orElseThrow();
            g.gaps().setStatus(a815.key(), AssessmentStatus.NOT_COMPLIANT, 0);
            g.actions().create(new ActionDraft("Central log collection with tamper-evident storage", "SIEM",
                    UserId.of("alice"), LocalDate.of(2025, 1, 15), Priority.HIGH, List.of(a815.key())));
        }
        return ws;
    }

    @Test
    @SuppressWarnings("unchecked")
    void assessWithTheKeyboardRunAWorkshopAndSeeTheDashboard(FxRobot robot) {
        Path ws = prepare();
        waitUntil(robot, "#openTab");
        robot.clickOn("#openTab");
        waitUntil(robot, "#openUserField");
        robot.clickOn("#openFolderField").write(ws.toString());
        robot.doubleClickOn("#openUserField").write("alice");
        robot.clickOn("#openPasswordField").write(PASSWORD);
        robot.type(KeyCode.ENTER);
        waitUntil(robot, "#dashboardView");

        // Ctrl+3: the grid, focused, first row selected
        ctrl(robot, KeyCode.DIGIT3);
        waitUntil(robot, "#gapGrid");
        TableView<GapRowViewModel> grid = robot.lookup("#gapGrid").queryAs(TableView.class);
        waitFor(() -> grid.getItems().size() > 100 && grid.isFocused()
                && grid.getSelectionModel().getSelectedIndex() == 0, "the grid, focused");
        int total = grid.getItems().size();
        robot.type(KeyCode.DOWN).type(KeyCode.DIGIT2);
        GapRowViewModel second = grid.getItems().get(1);
        waitFor(() -> second.status() == AssessmentStatus.COMPLIANT && second.assessment().version() == 1,
                "row 2 stored as compliant");
        robot.type(KeyCode.DOWN).type(KeyCode.DIGIT4);
        GapRowViewModel third = grid.getItems().get(2);
        waitFor(() -> third.status() == AssessmentStatus.NOT_COMPLIANT && third.assessment().version() == 1,
                "row 3 stored as not compliant");
        assertThat(grid.getSelectionModel().getSelectedItem()).as("selection stays").isSameAs(third);
        assertThat(grid.getItems().get(2)).as("updated in place").isSameAs(third);
        waitForText(robot, "#gridProgress", "3 / " + total + " assessed · 2 gaps");
        Screenshots.save(stage.getScene(), "gap-01-grid");

        // 5 without a justification: the inline message next to Notes, focus in Notes
        robot.type(KeyCode.DOWN).type(KeyCode.DIGIT5);
        WaitForAsyncUtils.waitForFxEvents();
        waitForText(robot, "#detailNotesMessage", "needs a justification");
        waitFor(() -> robot.lookup("#detailNotes").query().isFocused(), "notes focused");
        Screenshots.save(stage.getScene(), "gap-02-detail-validation");
        robot.write("Not used: no open systems");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        GapRowViewModel fourth = grid.getItems().get(3);
        waitFor(() -> fourth.status() == AssessmentStatus.NOT_APPLICABLE, "row 4 not applicable");
        robot.type(KeyCode.ESCAPE);
        waitFor(grid::isFocused, "back in the grid");

        // Ctrl+F: filter as you type
        ctrl(robot, KeyCode.F);
        waitFor(() -> robot.lookup("#gridSearchField").query().isFocused(), "search focused");
        robot.write("audit trail");
        waitFor(() -> grid.getItems().size() < total && !grid.getItems().isEmpty(), "filtered grid");
        Screenshots.save(stage.getScene(), "gap-03-grid-filtered");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> grid.getItems().size() == total && grid.isFocused(), "filter cleared, grid focused");

        // Workshop mode: F11, digits set and move, the counter follows, Esc leaves
        robot.interact(() -> grid.getSelectionModel().select(4));
        robot.type(KeyCode.F11);
        waitUntil(robot, "#workshopView");
        Window workshop = robot.lookup("#workshopView").query().getScene().getWindow();
        waitForText(robot, "#workshopPosition", "5 of " + total);
        String first = text(robot, "#workshopHeading");
        robot.type(KeyCode.DIGIT3);
        waitForText(robot, "#workshopPosition", "6 of " + total);
        assertThat(text(robot, "#workshopHeading")).isNotEqualTo(first);
        robot.type(KeyCode.DIGIT2);
        waitForText(robot, "#workshopCounter", "6 / " + total + " assessed · 3 gaps");
        robot.type(KeyCode.RIGHT).type(KeyCode.LEFT).type(KeyCode.LEFT);
        waitForText(robot, "#workshopPosition", "6 of " + total);
        assertThat(text(robot, "#workshopAnswer")).startsWith("Compliant");
        Screenshots.save(robot.lookup("#workshopView").query().getScene(), "gap-04-workshop");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !workshop.isShowing(), "workshop closed");
        waitFor(grid::isFocused, "grid focused after the workshop");
        assertThat(grid.getSelectionModel().getSelectedIndex()).isEqualTo(5);

        // Ctrl+1: the dashboard shows the new figures
        ctrl(robot, KeyCode.DIGIT1);
        waitUntil(robot, "#dashboardGapFigures");
        waitForText(robot, "#dashboardGapState", "6 / ");
        assertThat(text(robot, "#dashboardGapState")).contains("3 gaps");
        assertThat(text(robot, "#dashboardOverdueActions")).isEqualTo("1");
        Screenshots.save(stage.getScene(), "gap-07-dashboard");

        // The gaps and the action plan (overdue action in red)
        ctrl(robot, KeyCode.DIGIT3);
        waitUntil(robot, "#gapTabs");
        robot.clickOn("#gapsTab");
        TableView<?> gaps = robot.lookup("#gapsTable").queryAs(TableView.class);
        waitFor(() -> gaps.getItems().size() >= 2, "merged gaps");
        Screenshots.save(stage.getScene(), "gap-05-gaps");
        robot.clickOn("#actionsTab");
        TableView<?> actions = robot.lookup("#actionsTable").queryAs(TableView.class);
        waitFor(() -> actions.getItems().size() == 1, "the action");
        waitFor(() -> robot.lookup(".overdue-row").tryQuery().isPresent(), "overdue row styled");
        Screenshots.save(stage.getScene(), "gap-06-action-plan");

        // The action editor is as wide as its form (the theme caps dialogs at 600 px otherwise).
        robot.clickOn("#newActionButton");
        waitUntil(robot, "#actionTitleField");
        javafx.scene.Scene editor = robot.lookup("#actionTitleField").query().getScene();
        assertThat(editor.getWindow().getWidth()).isGreaterThanOrEqualTo(760);
        // Dates read the same everywhere: ISO, as in the tables and exports, not the locale's 12/31/2026.
        assertThat(robot.lookup("#actionDuePicker").queryAs(javafx.scene.control.DatePicker.class).getEditor()
                .getText()).matches("\\d{4}-\\d{2}-\\d{2}");
        Screenshots.save(editor, "gap-10-action-editor");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }
}
