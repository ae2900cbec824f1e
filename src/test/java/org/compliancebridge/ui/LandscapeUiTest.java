package org.compliancebridge.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compliancebridge.ui.UiWaits.text;
import static org.compliancebridge.ui.UiWaits.waitFor;
import static org.compliancebridge.ui.UiWaits.waitForText;
import static org.compliancebridge.ui.UiWaits.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.compliancebridge.app.AppServices;
import org.compliancebridge.app.UiAssembly;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.landscape.GxpImpact;
import org.compliancebridge.domain.landscape.Hosting;
import org.compliancebridge.ui.common.FxTaskRunner;
import org.compliancebridge.ui.common.UiPreferences;
import org.compliancebridge.ui.shell.MainWindow;
import org.compliancebridge.ui.step.landscape.CatalogueBrowserViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Step 1 in the real window, headless: company profile → a system → confirm the frameworks → search the
 * catalogues → follow a crosswalk link → the crosswalk view (retire a link, see the gap) → the document page → the
 * dashboard's step progress. Saves a screenshot of every screen under target/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class LandscapeUiTest {
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

    @SuppressWarnings("unchecked")
    private <T> void choose(FxRobot robot, String id, T value) {
        ComboBox<T> c = robot.lookup(id).queryAs(ComboBox.class);
        robot.interact(() -> c.setValue(value));
    }

    @Test
    void profileFrameworksBrowserAndCrosswalk(FxRobot robot) {
        Path ws = tmp.resolve("ws-" + System.nanoTime());
        services.workspaces().create(ws, "Acme Devices GmbH", UserId.of("alice"), "Alice Admin",
                PASSWORD.toCharArray()).session().close();

        waitUntil(robot, "#openTab");
        robot.clickOn("#openTab");
        waitUntil(robot, "#openUserField");
        robot.clickOn("#openFolderField").write(ws.toString());
        robot.doubleClickOn("#openUserField").write("alice");
        robot.clickOn("#openPasswordField").write(PASSWORD);
        robot.type(KeyCode.ENTER);
        waitUntil(robot, "#dashboardView");
        waitForText(robot, "#dashboardLandscapeState", "In progress");
        assertThat(text(robot, "#dashboardLandscapeState")).contains("profile incomplete");

        // 1 Company profile
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        waitUntil(robot, "#profilePage");
        waitFor(() -> !robot.lookup("#profileNameField").queryTextInputControl().getText().isEmpty(), "profile");
        robot.clickOn("#profileEmployeesField").write("abc");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#profileEmployeesFieldMessage")).contains("whole number");
        Screenshots.save(stage.getScene(), "landscape-01-profile-validation");
        robot.doubleClickOn("#profileEmployeesField").write("120");
        robot.clickOn("#profileSitesField").write("Berlin (DE) - development and QA; Boston (US) - sales");
        robot.clickOn("#sectorDevice");
        robot.clickOn("#marketUs");
        robot.clickOn("#marketEu");
        robot.clickOn("#dataPhi");
        robot.clickOn("#dataEuPersonal");
        robot.clickOn("#saveProfileButton");
        waitForText(robot, "#profileStatus", "Saved");
        assertThat(text(robot, "#profileCompleteness")).isEqualTo("The profile is complete.");
        Screenshots.save(stage.getScene(), "landscape-02-profile-saved");

        // 2 Systems: add one through the dialog
        robot.clickOn("#systemsTab");
        waitUntil(robot, "#systemsPage");
        robot.clickOn("#addSystemButton");
        waitUntil(robot, "#systemNameField");
        robot.clickOn("#systemNameField").write("MasterControl QMS");
        robot.clickOn("#systemPurposeField").write("Deviations, CAPA, change control and training records");
        choose(robot, "#systemGxpCombo", GxpImpact.HIGH);
        robot.clickOn("#systemPart11Check");
        robot.clickOn("#systemSupplierField").write("MasterControl Inc.");
        choose(robot, "#systemHostingCombo", Hosting.SAAS);
        robot.clickOn("#systemOwnerField").write("Head of QA");
        Screenshots.save(robot.lookup("#systemNameField").query().getScene(), "landscape-03-system-dialog");
        robot.clickOn("#confirmSystemButton");
        TableView<?> systems = robot.lookup("#systemsTable").queryAs(TableView.class);
        waitFor(() -> systems.getItems().size() == 1, "the new system in the table");
        Screenshots.save(stage.getScene(), "landscape-04-systems");

        // 3 Frameworks: proposals with reasons, confirm
        robot.clickOn("#frameworksTab");
        waitUntil(robot, "#frameworksPage");
        waitForText(robot, "#fw-fda-premarket-cybersecurity-proposal", "Required");
        assertThat(text(robot, "#fw-fda-premarket-cybersecurity-reason")).contains("Medical devices sold in the US");
        assertThat(text(robot, "#fw-cfr-part11-reason")).contains("MasterControl QMS");
        assertThat(text(robot, "#fw-hipaa-security-rule-proposal")).isEqualTo("Required");
        // Below the fold: keyboard, as a workshop user would (Tab to the box, Space to tick it).
        Node csf = robot.lookup("#fw-nist-csf-2_0-applicable").query();
        robot.interact(csf::requestFocus);
        robot.type(KeyCode.SPACE);
        robot.clickOn("#confirmFrameworksButton");
        waitForText(robot, "#fw-nist-csf-2_0-problem", "Justify");
        Screenshots.save(stage.getScene(), "landscape-05-frameworks-justify");
        Node justification = robot.lookup("#fw-nist-csf-2_0-justification").query();
        robot.interact(justification::requestFocus);
        robot.write("US hospital customers ask for a CSF profile");
        robot.clickOn("#confirmFrameworksButton");
        waitForText(robot, "#frameworksStatus", "frameworks confirmed as applicable");
        Screenshots.save(stage.getScene(), "landscape-06-frameworks-confirmed");

        // 4 Catalogues: search as you type, open the hit, follow a crosswalk link
        robot.clickOn("#cataloguesTab");
        waitUntil(robot, "#catalogueTree");
        waitForText(robot, "#catalogueLoadText", "9 catalogues");
        Screenshots.save(stage.getScene(), "landscape-07-catalogue-tree");
        robot.clickOn("#catalogueSearchField").write("audit trail");
        waitForText(robot, "#searchResultText", "match");
        Screenshots.save(stage.getScene(), "landscape-08-search");
        robot.doubleClickOn("#catalogueSearchField").eraseText(11).write("11.10(e)");
        ListView<?> results = robot.lookup("#searchResults").queryAs(ListView.class);
        waitFor(() -> !results.getItems().isEmpty() && ((CatalogueBrowserViewModel.ResultRow) results.getItems()
                .get(0)).item().itemId().equals("11.10(e)"), "11.10(e) first");
        robot.type(KeyCode.DOWN);
        waitForText(robot, "#detailId", "11.10(e)");
        assertThat(text(robot, "#detailTitle")).isEqualTo("Secure, time-stamped audit trails");
        Screenshots.save(stage.getScene(), "landscape-09-item-detail");
        @SuppressWarnings("unchecked")
        ListView<CatalogueBrowserViewModel.LinkRow> links = robot.lookup("#linksTable").queryAs(ListView.class);
        int a815 = -1;
        for (int i = 0; i < links.getItems().size(); i++) {
            if (links.getItems().get(i).other().itemId().equals("A.8.15")) {
                a815 = i;
            }
        }
        assertThat(a815).as("11.10(e) links to ISO A.8.15").isNotNegative();
        int row = a815;
        robot.interact(() -> {
            links.requestFocus();
            links.getSelectionModel().select(row);
        });
        robot.type(KeyCode.ENTER);
        waitForText(robot, "#detailId", "A.8.15");
        assertThat(text(robot, "#detailTitle")).isEqualTo("Logging");
        assertThat(links.getItems()).anyMatch(l -> !l.outgoing() && l.other().itemId().equals("11.10(e)"));
        Screenshots.save(stage.getScene(), "landscape-10-followed-link");
        robot.clickOn("#backButton");
        waitForText(robot, "#detailId", "11.10(e)");
        robot.clickOn("#catalogueSearchField").type(KeyCode.ESCAPE);
        waitUntil(robot, "#catalogueTree");
        Screenshots.save(stage.getScene(), "landscape-10b-tree-with-item");

        // 5 Crosswalk: coverage against ISO, gaps highlighted
        robot.clickOn("#crosswalkTab");
        waitUntil(robot, "#coverageTable");
        waitForText(robot, "#crosswalkSummary", "37 assessable items");
        TableView<?> coverage = robot.lookup("#coverageTable").queryAs(TableView.class);
        robot.interact(() -> coverage.getSelectionModel().select(5));
        Screenshots.save(stage.getScene(), "landscape-11-crosswalk");
        robot.clickOn("#gapsOnlyCheck");
        waitFor(() -> coverage.getItems().size() == 5, "five justified items");
        Screenshots.save(stage.getScene(), "landscape-12-crosswalk-no-counterpart");
        robot.clickOn("#gapsOnlyCheck");
        // Retire the only ISO link of 11.10(f) (audited, with a reason): the item becomes a highlighted gap.
        robot.clickOn("#crosswalkFilterField").write("11.10(f)");
        waitFor(() -> coverage.getItems().size() == 1, "11.10(f) alone");
        robot.interact(() -> coverage.getSelectionModel().select(0));
        TableView<?> cwLinks = robot.lookup("#crosswalkLinksTable").queryAs(TableView.class);
        waitFor(() -> !cwLinks.getItems().isEmpty(), "links of 11.10(f)");
        robot.interact(() -> cwLinks.getSelectionModel().select(0));
        robot.clickOn("#retireLinkButton");
        waitUntil(robot, "#reasonField");
        robot.clickOn("#reasonField").write("Operational sequencing checks are not an ISMS control (workshop)");
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane
                .class);
        robot.clickOn(pane.lookupButton(javafx.scene.control.ButtonType.OK));
        waitForText(robot, "#crosswalkSummary", "1 gap");
        robot.clickOn("#crosswalkFilterField").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE);
        waitFor(() -> coverage.getItems().size() == 37, "all items again");
        robot.interact(() -> coverage.scrollTo(4));
        Screenshots.save(stage.getScene(), "landscape-12b-crosswalk-gap");
        // Close the gap with a link of the user's own, through the link dialog.
        int gapRow = 6;
        assertThat(((org.compliancebridge.ui.step.landscape.CrosswalkViewModel.CoverageRow) coverage.getItems()
                .get(gapRow)).itemId()).isEqualTo("11.10(f)");
        robot.interact(() -> coverage.getSelectionModel().select(gapRow));
        robot.clickOn("#addLinkButton");
        waitUntil(robot, "#linkTargetIdField");
        robot.clickOn("#linkTargetIdField").write("A.8.26");
        robot.clickOn("#linkRationaleField").write("Application security requirements include the checks that"
                + " enforce permitted sequencing of steps.");
        robot.clickOn("#linkReasonField").write("Workshop: better counterpart than the retired link");
        Screenshots.save(robot.lookup("#linkTargetIdField").query().getScene(), "landscape-12c-add-link-dialog");
        robot.clickOn("#confirmLinkButton");
        waitForText(robot, "#crosswalkSummary", "0 gaps");

        // 6 Document page, then the dashboard shows the step done
        robot.clickOn("#documentTab");
        waitForText(robot, "#documentReadiness", "Ready");
        Screenshots.save(stage.getScene(), "landscape-13-document");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitForText(robot, "#dashboardLandscapeState", "Done");
        assertThat(text(robot, "#dashboardLandscapeState")).contains("profile complete", "1 system",
                "frameworks confirmed");
        Screenshots.save(stage.getScene(), "landscape-14-dashboard");
    }
}
