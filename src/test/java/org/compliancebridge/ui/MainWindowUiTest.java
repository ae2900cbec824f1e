package org.compliancebridge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.compliancebridge.app.AppServices;
import org.compliancebridge.app.UiAssembly;
import org.compliancebridge.domain.KdfParams;
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

/** Drives the real window headless: create a workspace, lock and unlock, add a person, switch to them. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {
    /** Made at run time, so no source or class file can contain it: any file that does, leaked it. */
    private static final String CANARY = "Cnry" + Long.toString(new java.security.SecureRandom().nextLong()
            & Long.MAX_VALUE, 36);
    private static final String PASSWORD = "a long and private passphrase";
    @TempDir
    static Path tmp;
    private Preferences prefsNode;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        prefsNode = Preferences.userRoot().node("org/compliancebridge/test/" + System.nanoTime());
        AppServices services = AppServices.forTests(Clock.systemUTC());
        window = UiAssembly.assemble(stage, services, new FxTaskRunner(), new UiPreferences(prefsNode));
        window.show();
    }

    @AfterEach
    void cleanUp() throws Exception {
        window.closeSessionNow();
        prefsNode.removeNode();
    }

    private void waitUntil(FxRobot robot, String query) {
        for (int i = 0; i < 200; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            if (robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false)) {
                return;
            }
            robot.sleep(50);
        }
        throw new AssertionError("Timed out waiting for " + query);
    }

    private void type(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.write(text);
    }

    @Test
    void createLockUnlockAddAccountAndSwitchUser(FxRobot robot) throws Exception {
        Path ws = tmp.resolve("workspace-" + System.nanoTime());
        waitUntil(robot, "#createTab");
        Screenshots.save(stage.getScene(), "01-welcome");
        robot.clickOn("#createTab");
        type(robot, "#createFolderField", ws.toString());
        type(robot, "#orgNameField", "Acme " + CANARY);
        type(robot, "#adminIdField", "alice");
        type(robot, "#adminNameField", "Alice " + CANARY);
        type(robot, "#createPasswordField", "short");
        WaitForAsyncUtils.waitForFxEvents();
        // inline validation next to the field, no dialog
        assertThat(robot.lookup("#createPasswordFieldMessage").queryAs(Label.class).getText())
                .contains("at least 12 characters");
        Screenshots.save(stage.getScene(), "02-create-validation");
        robot.doubleClickOn("#createPasswordField").eraseText(5);
        robot.write(PASSWORD);
        type(robot, "#createRepeatField", PASSWORD);
        robot.clickOn("#createButton");

        waitUntil(robot, "#recoveryKeyLabel");
        assertThat(robot.lookup("#recoveryKeyLabel").queryAs(Label.class).getText())
                .matches("([0-9A-F]{4}-){9}[0-9A-F]{4}");
        Label keyLabel = robot.lookup("#recoveryKeyLabel").queryAs(Label.class);
        // What is drawn, not just the label's text: the key must never be cut to "…".
        assertThat(((Text) keyLabel.lookup(".text")).getText()).as("recovery key shown in full")
                .isEqualTo(keyLabel.getText());
        Screenshots.save(robot.window(1).getScene(), "03-recovery-key");
        robot.clickOn("#recoveryStoredCheck");
        robot.clickOn("#recoveryContinueButton");

        waitUntil(robot, "#dashboardView");
        waitUntil(robot, "#dashboardOrganisation");
        for (int i = 0; i < 100 && !robot.lookup("#dashboardOrganisation").queryAs(Label.class).getText()
                .contains("Acme"); i++) {
            robot.sleep(50);
        }
        assertThat(robot.lookup("#dashboardOrganisation").queryAs(Label.class).getText()).contains("Acme");
        assertThat(robot.lookup("#statusUser").queryAs(Label.class).getText()).contains("alice");
        Screenshots.save(stage.getScene(), "04-dashboard");

        // Keyboard navigation: Ctrl+4 is step 3, integrated strategy, honestly marked as planned.
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        waitUntil(robot, "#plannedLabel");
        Screenshots.save(stage.getScene(), "05-planned-step");

        // Ctrl+L locks; a wrong password is refused with a message; the right one unlocks.
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(robot, "#lockScreen");
        robot.clickOn("#unlockPasswordField").write("not the password");
        robot.type(KeyCode.ENTER);
        for (int i = 0; i < 100 && robot.lookup("#unlockProblemLabel").queryAs(Label.class).getText().isEmpty(); i++) {
            robot.sleep(50);
        }
        assertThat(robot.lookup("#unlockProblemLabel").queryAs(Label.class).getText()).contains("not correct");
        Screenshots.save(stage.getScene(), "06-locked");
        robot.clickOn("#unlockPasswordField").write(PASSWORD);
        robot.type(KeyCode.ENTER);
        for (int i = 0; i < 100 && window.shell().locked.get(); i++) {
            robot.sleep(50);
        }
        assertThat(window.shell().locked.get()).isFalse();

        // Settings: add a contributor.
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        waitUntil(robot, "#settingsView");
        robot.clickOn("#addAccountButton");
        type(robot, "#newUserIdField", "bob");
        type(robot, "#newFullNameField", "Bob Brown");
        type(robot, "#newPasswordField", "initial secret phrase");
        robot.clickOn("#confirmAddAccountButton");
        TableView<?> accounts = robot.lookup("#accountsTable").queryAs(TableView.class);
        for (int i = 0; i < 100 && accounts.getItems().size() < 2; i++) {
            robot.sleep(50);
        }
        assertThat(accounts.getItems()).hasSize(2);
        Screenshots.save(stage.getScene(), "07-settings-accounts");

        // Sign out, sign in as Bob, who must choose his own password first.
        robot.clickOn("#signOutButton");
        waitUntil(robot, "#welcomeView");
        waitUntil(robot, "#openTab");
        robot.clickOn("#openTab");
        waitUntil(robot, "#openUserField");
        robot.doubleClickOn("#openUserField").write("bob");
        robot.clickOn("#openPasswordField").write("initial secret phrase");
        robot.type(KeyCode.ENTER);
        waitUntil(robot, "#currentPasswordField");
        robot.clickOn("#currentPasswordField").write("initial secret phrase");
        robot.clickOn("#changedPasswordField").write("my very own choice here");
        robot.clickOn("#changedRepeatField").write("my very own choice here");
        robot.clickOn("#confirmChangePasswordButton");
        waitUntil(robot, "#dashboardView");
        assertThat(robot.lookup("#statusUser").queryAs(Label.class).getText()).contains("Bob Brown");
        window.closeSessionNow();

        // Nothing readable: the canary typed into the app appears in no file of the workspace or temp folder.
        List<Path> leaks = new ArrayList<>();
        for (Path root : List.of(ws, Path.of(System.getProperty("java.io.tmpdir")))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).filter(Files::isReadable).toList()) {
                    if (f.toString().contains("screenshots") || Files.size(f) > 200_000_000) {
                        continue;
                    }
                    byte[] content;
                    try {
                        content = Files.readAllBytes(f);
                    } catch (java.io.IOException unreadable) {
                        continue;
                    }
                    if (contains(content, CANARY.getBytes(StandardCharsets.UTF_8))
                            || contains(content, CANARY.getBytes(StandardCharsets.UTF_16LE))
                            || contains(content, CANARY.getBytes(StandardCharsets.UTF_16BE))) {
                        leaks.add(f);
                    }
                }
            } catch (java.io.UncheckedIOException ignored) {
                // files vanishing while walking the shared temp folder
            }
        }
        assertThat(leaks).as("files containing the canary").isEmpty();
        assertThat(Files.list(ws).map(p -> p.getFileName().toString()).toList())
                .contains("workspace.mv.db", "workspace.keys").doesNotContain("workspace.trace.db");
    }

    static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
