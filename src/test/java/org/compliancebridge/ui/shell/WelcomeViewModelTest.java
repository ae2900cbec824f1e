package org.compliancebridge.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.compliancebridge.testsupport.TestWorkspaces;
import org.compliancebridge.ui.common.DialogService;
import org.compliancebridge.ui.common.ImmediateTaskRunner;
import org.compliancebridge.ui.common.UiPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The welcome screen's logic, without a stage: validation, create, sign in, failures. */
class WelcomeViewModelTest {
    private final TestWorkspaces ws = new TestWorkspaces();
    private final Preferences node = Preferences.userRoot().node("org/compliancebridge/test/vm" + System.nanoTime());
    private final UiPreferences prefs = new UiPreferences(node);
    private final List<SignedIn> signedIn = new ArrayList<>();
    private final List<String> dialogs = new ArrayList<>();
    @TempDir
    Path tmp;

    private WelcomeViewModel vm() {
        return new WelcomeViewModel(ws.service, org.compliancebridge.service.PasswordPolicy.bundled(),
                new ImmediateTaskRunner(), recordingDialogs(), prefs, signedIn::add);
    }

    @AfterEach
    void cleanUp() throws Exception {
        signedIn.forEach(s -> s.session().close());
        node.removeNode();
    }

    @Test
    void fieldsShowInlineMessagesOnlyOnceTouchedOrSubmitted() {
        WelcomeViewModel vm = vm();
        assertThat(vm.mode.get()).isEqualTo(WelcomeViewModel.Mode.CREATE);
        assertThat(vm.orgNameError.get()).isEmpty();
        vm.createPassword.set("short");
        assertThat(vm.createPasswordError.get()).contains("12 characters");
        vm.adminId.set("Bad Id!");
        assertThat(vm.adminIdError.get()).contains("2 to 32 characters");
        vm.create();
        assertThat(vm.orgNameError.get()).contains("organisation");
        assertThat(vm.problemProperty().get()).contains("correct the fields");
        assertThat(signedIn).isEmpty();
    }

    @Test
    void createsTheDemoWorkspaceAndSignsInAsItsAdministrator() {
        var app = org.compliancebridge.app.AppServices.forTests(java.time.Clock.systemUTC());
        WelcomeViewModel vm = new WelcomeViewModel(app.workspaces(), app.passwordPolicy(), new ImmediateTaskRunner(),
                recordingDialogs(), prefs, signedIn::add);
        assertThat(vm.demoAvailable()).isFalse();
        vm.setDemo(app.demo(), Runnable::run);
        assertThat(vm.demoAvailable()).isTrue();
        Path dir = tmp.resolve("demo");
        vm.demoFolder.set(dir.toString());
        vm.demoPassword.set("short");
        vm.createDemo();
        assertThat(vm.demoPasswordError.get()).contains("12 characters");
        assertThat(signedIn).isEmpty();
        vm.demoPassword.set("demo workspace password");
        vm.demoRepeat.set("demo workspace password");
        vm.createDemo();
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(signedIn).singleElement().satisfies(s -> {
            assertThat(s.session().account().userId().value()).isEqualTo("admin");
            assertThat(s.recoveryKey()).isPresent();
        });
        assertThat(vm.demoProgress.get()).isEqualTo(1.0);
        assertThat(vm.demoPassword.get()).as("password not kept").isEmpty();
        assertThat(prefs.recentWorkspaces()).contains(signedIn.get(0).session().folder());
    }

    @Test
    void createsAWorkspaceRemembersItAndHandsOverTheRecoveryKey() {
        WelcomeViewModel vm = vm();
        Path dir = tmp.resolve("new");
        vm.createFolder.set(dir.toString());
        vm.orgName.set("Acme");
        vm.adminId.set("alice");
        vm.adminName.set("Alice Admin");
        vm.createPassword.set(TestWorkspaces.ADMIN_PASSWORD);
        vm.createRepeat.set(TestWorkspaces.ADMIN_PASSWORD);
        vm.create();
        assertThat(signedIn).hasSize(1);
        assertThat(signedIn.get(0).recoveryKey()).isPresent();
        assertThat(vm.createPassword.get()).as("secrets cleared").isEmpty();
        assertThat(prefs.recentWorkspaces()).containsExactly(dir.toAbsolutePath());
        assertThat(vm().mode.get()).as("with a recent workspace, start on Open").isEqualTo(WelcomeViewModel.Mode.OPEN);
    }

    @Test
    void wrongPasswordShowsASpecificMessageAndClearsThePassword() {
        Path dir = tmp.resolve("ws");
        ws.create(dir).session().close();
        WelcomeViewModel vm = vm();
        vm.openFolder.set(dir.toString());
        vm.openUser.set("alice");
        vm.openPassword.set("wrong password");
        assertThat(vm.canOpen().get()).isTrue();
        vm.open();
        assertThat(signedIn).isEmpty();
        assertThat(vm.problemProperty().get()).contains("not correct");
        assertThat(vm.openPassword.get()).isEmpty();
        assertThat(vm.busy.get()).isFalse();
        vm.openPassword.set(TestWorkspaces.ADMIN_PASSWORD);
        vm.open();
        assertThat(signedIn).hasSize(1);
        assertThat(signedIn.get(0).session().account().userId().value()).isEqualTo("alice");
        assertThat(dialogs).isEmpty();
    }

    @Test
    void missingFolderAndNotAWorkspaceHaveTheirOwnMessages() throws Exception {
        WelcomeViewModel vm = vm();
        vm.openFolder.set(tmp.resolve("gone").toString());
        vm.openUser.set("alice");
        vm.openPassword.set("whatever it is");
        vm.open();
        assertThat(vm.problemProperty().get()).contains("does not exist");
        vm.openFolder.set(java.nio.file.Files.createDirectories(tmp.resolve("plain")).toString());
        vm.openPassword.set("whatever it is");
        vm.open();
        assertThat(vm.problemProperty().get()).contains("not a ComplianceBridge workspace");
    }

    private DialogService recordingDialogs() {
        return new DialogService() {
            @Override
            public void showProblem(String title, String message) {
                dialogs.add(message);
            }

            @Override
            public void showInfo(String title, String message) {
                dialogs.add(message);
            }

            @Override
            public void showInternalError(String code, String summary, String details) {
                dialogs.add(code + details);
            }

            @Override
            public boolean confirm(String title, String message, String confirmLabel) {
                return true;
            }

            @Override
            public Optional<String> askReason(String title, String prompt) {
                return Optional.of("test");
            }

            @Override
            public Optional<Path> chooseFolder(String title, Path initial) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseSaveFile(String title, String name, String description, String extension) {
                return Optional.empty();
            }
        };
    }
}
