package org.compliancebridge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.compliancebridge.app.AppServices;
import org.compliancebridge.app.UiAssembly;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.service.SignatureStatus;
import org.compliancebridge.ui.common.FxTaskRunner;
import org.compliancebridge.ui.common.UiPreferences;
import org.compliancebridge.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Signs the organisation profile through the real dialog, then browses and verifies the audit trail. */
@ExtendWith(ApplicationExtension.class)
class TrustUiTest {
    private static final String PASSWORD = "a long and private passphrase";
    @TempDir
    static Path tmp;
    private Preferences prefsNode;
    private MainWindow window;
    private Stage stage;
    private Path workspace;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        prefsNode = Preferences.userRoot().node("org/compliancebridge/test/" + System.nanoTime());
        AppServices services = AppServices.forTests(Clock.systemUTC());
        workspace = tmp.resolve("ws-" + System.nanoTime());
        services.workspaces().create(workspace, "Acme Devices GmbH", UserId.of("alice"), "Alice Admin",
                PASSWORD.toCharArray()).session().close();
        UiPreferences prefs = new UiPreferences(prefsNode);
        prefs.rememberWorkspace(workspace);
        window = UiAssembly.assemble(stage, services, new FxTaskRunner(), prefs);
        window.show();
    }

    @AfterEach
    void cleanUp() throws Exception {
        window.closeSessionNow();
        prefsNode.removeNode();
    }

    private void waitFor(FxRobot robot, String query, java.util.function.Predicate<Node> condition) {
        for (int i = 0; i < 300; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            var node = robot.lookup(query).tryQuery();
            if (node.isPresent() && node.get().isVisible() && condition.test(node.get())) {
                return;
            }
            robot.sleep(50);
        }
        throw new AssertionError("Timed out waiting for " + query);
    }

    @Test
    void signProfileThenBrowseFilterAndVerifyTheAuditTrail(FxRobot robot) {
        robot.clickOn("#openUserField").write("alice");
        robot.clickOn("#openPasswordField").write(PASSWORD);
        robot.type(KeyCode.ENTER);
        waitFor(robot, "#dashboardView", n -> true);

        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        waitFor(robot, "#organisationSummary", n -> ((Label) n).getText().contains("Acme"));
        robot.clickOn("#organisationSignButton");
        waitFor(robot, "#signUserId", n -> true);
        robot.clickOn("#signUserId").write("alice");
        robot.clickOn("#signPassword").write("wrong password!");
        robot.clickOn("#signConfirm");
        waitFor(robot, "#signProblem", n -> !((Label) n).getText().isEmpty());
        assertThat(robot.lookup("#signProblem").queryAs(Label.class).getText()).contains("not correct");
        robot.clickOn("#signPassword").write(PASSWORD);
        robot.clickOn("#signConfirm");
        @SuppressWarnings("unchecked")
        ListView<SignatureStatus> sigs = robot.lookup("#organisationSignatures").queryAs(ListView.class);
        waitFor(robot, "#organisationSignatures", n -> !sigs.getItems().isEmpty());
        assertThat(sigs.getItems().get(0).valid()).isTrue();
        assertThat(sigs.getItems().get(0).manifestation()).contains("Alice Admin (alice)").contains("Authored");
        Screenshots.save(stage.getScene(), "10-settings-signed-profile");

        // Step 1's profile page shows the same signature; changing the profile (with a reason) invalidates it.
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        ListView<SignatureStatus> profileSigs = robot.lookup("#profileSignatures").queryAs(ListView.class);
        waitFor(robot, "#profileSignatures", n -> !profileSigs.getItems().isEmpty()
                && profileSigs.getItems().get(0).valid());
        robot.clickOn("#profileNameField").press(KeyCode.END).release(KeyCode.END).write(" & Co. KG");
        robot.clickOn("#sectorDevice");
        robot.clickOn("#marketEu");
        robot.clickOn("#saveProfileButton");
        waitFor(robot, "#reasonField", n -> true);
        robot.clickOn("#reasonField").write("legal form changed");
        robot.type(KeyCode.TAB).type(KeyCode.TAB);
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup(".dialog-pane .button").queryAll()
                .stream().filter(b -> ((javafx.scene.control.Button) b).isDefaultButton()).findFirst().orElseThrow())
                .fire());
        waitFor(robot, "#profileSignatures", n -> !profileSigs.getItems().isEmpty()
                && !profileSigs.getItems().get(0).valid());
        assertThat(profileSigs.getItems().get(0).explanation())
                .startsWith("signature no longer valid — record changed by alice at");
        Screenshots.save(stage.getScene(), "14-profile-signature-invalidated");

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        waitFor(robot, "#auditTable", n -> ((TableView<?>) n).getItems() != null
                && ((TableView<?>) n).getItems().size() > 5);
        TableView<?> table = robot.lookup("#auditTable").queryAs(TableView.class);
        int all = table.getItems().size();
        robot.clickOn("#auditSearch").write("RECORD_SIGNED");
        waitFor(robot, "#auditCount", n -> ((Label) n).getText().contains("match"));
        waitFor(robot, "#auditTable", n -> ((TableView<?>) n).getItems().size() < all);
        assertThat(robot.lookup("#auditCount").queryAs(Label.class).getText()).startsWith("1 entry");
        waitFor(robot, "#auditTable", n -> ((TableView<?>) n).getItems().get(0).toString().contains("loaded=true"));
        robot.interact(() -> table.getSelectionModel().select(0));
        waitFor(robot, "#auditNewValue", n -> ((javafx.scene.control.TextArea) n).getText().contains("Authored"));
        assertThat(robot.lookup("#auditDetailMeta").queryAs(Label.class).getText()).contains("RECORD_SIGNED by alice");
        // Dates are typed and shown as ISO dates, whatever the machine's locale.
        javafx.scene.control.DatePicker from = robot.lookup("#auditFromFilter").queryAs(
                javafx.scene.control.DatePicker.class);
        String today = java.time.LocalDate.now().toString();
        robot.clickOn(from.getEditor()).write(today).type(KeyCode.ENTER);
        waitFor(robot, "#auditFromFilter", n -> today.equals(String.valueOf(((javafx.scene.control.DatePicker) n)
                .getValue())));
        assertThat(from.getEditor().getText()).isEqualTo(today);
        waitFor(robot, "#auditCount", n -> ((Label) n).getText().startsWith("1 entry"));
        Screenshots.save(stage.getScene(), "11-audit-trail-filtered");
        robot.clickOn("#auditClearFilters");
        robot.clickOn("#auditVerify");
        waitFor(robot, "#auditStatus", n -> ((Label) n).getText().startsWith("Intact"));
        Screenshots.save(stage.getScene(), "12-audit-trail-verified");

        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        waitFor(robot, "#darkThemeCheck", n -> true);
        javafx.scene.control.CheckBox dark = robot.lookup("#darkThemeCheck").queryAs(javafx.scene.control.CheckBox.class);
        robot.interact(() -> dark.setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "13-settings-dark");
        robot.interact(() -> dark.setSelected(false));
        WaitForAsyncUtils.waitForFxEvents();

        // No input for the idle delay: the session locks by itself and needs the password again.
        robot.interact(() -> window.overrideIdleDelay(java.time.Duration.ofMillis(800)));
        waitFor(robot, "#lockScreen", n -> window.shell().locked.get());
        robot.clickOn("#unlockPasswordField").write(PASSWORD);
        robot.type(KeyCode.ENTER);
        waitFor(robot, "#shellView", n -> !window.shell().locked.get());
        robot.interact(() -> window.overrideIdleDelay(java.time.Duration.ofMinutes(15)));
        java.util.List<org.compliancebridge.domain.AuditEntry> locks = window.shell().session().writes().read(tx ->
                tx.audit().findByEventType("SESSION_LOCKED", 0, 99));
        assertThat(locks).extracting(org.compliancebridge.domain.AuditEntry::reason).contains("inactivity");
    }
}
