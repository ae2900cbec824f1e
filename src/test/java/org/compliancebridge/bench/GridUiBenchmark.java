package org.compliancebridge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.compliancebridge.app.AppServices;
import org.compliancebridge.domain.gap.AssessmentStatus;
import org.compliancebridge.service.GapServices;
import org.compliancebridge.service.LandscapeServices;
import org.compliancebridge.service.Session;
import org.compliancebridge.testsupport.GapWorkspaces;
import org.compliancebridge.testsupport.RecordingDialogs;
import org.compliancebridge.ui.common.FxTaskRunner;
import org.compliancebridge.ui.common.ImmediateTaskRunner;
import org.compliancebridge.ui.step.gap.GapAnalysisView;
import org.compliancebridge.ui.step.gap.GapAnalysisViewModel;
import org.compliancebridge.ui.step.gap.GapRowViewModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Not a test: the assessment grid as a person uses it, at about 10,000 requirements in one scope. The real step-2
 * page (view, ViewModel, encrypted workspace) is shown headless; for each keystroke typed into the search field the
 * time is taken on the FX thread from the text change to the page's CSS and layout being done (the table's visible
 * rows rebuilt). Painting is not included (Monocle paints in software). Also times the status keys 2-4 pressed on a
 * row as in the app: the FX thread's work until the new status shows, and the time until the background write is
 * stored. Limit: 50 ms per keystroke.
 * Run: mvn -Pbench test -Dtest=GridUiBenchmark
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class GridUiBenchmark {
    private Stage stage;

    @Start
    void start(Stage stage) {
        // The app's theme, so CSS resolves as it does for users.
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                .getUserAgentStylesheet());
        this.stage = stage;
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 1280, 800));
        stage.show();
    }

    @Test
    void typingIntoTheSearchFieldAt10000Rows(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory("cb-grid-bench");
        GapWorkspaces ws = new GapWorkspaces();
        try (Session s = ws.landscape.create(dir.resolve("ws"))) {
            LandscapeServices l = ws.landscape.services(s);
            // Two generated catalogues of about 5,200 requirements each, with Part 11, Annex 11 and ISO 27001.
            GapWorkspaces.confirmWithLargeCatalogues(l, dir, 40, 2);
            GapServices g = new GapServices(l, AppServices.forTests(java.time.Clock.systemUTC()).matrixWorkbooks());
            GapAnalysisViewModel[] vm = new GapAnalysisViewModel[1];
            robot.interact(() -> {
                vm[0] = new GapAnalysisViewModel(g, new ImmediateTaskRunner(), new RecordingDialogs(), Runnable::run);
                Parent root = new GapAnalysisView(vm[0], new SimpleBooleanProperty()).root();
                stage.getScene().setRoot(root);
                vm[0].load();
            });
            TableView<?> grid = robot.lookup("#gapGrid").queryAs(TableView.class);
            TextField search = robot.lookup("#gridSearchField").queryAs(TextField.class);
            int rows = grid.getItems().size();
            System.out.printf(Locale.ROOT, "grid UI: %,d rows in the scope%n", rows);
            if (rows < 10_000) {
                throw new AssertionError("expected at least 10,000 rows, got " + rows);
            }
            List<String> queries = List.of("audit", "access control", "ac-2-e12", "account management",
                    "zzzz no match", "incident response");
            List<Double> times = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String q : queries) {
                    for (int i = 1; i <= q.length(); i++) {
                        times.add(type(robot, search, q.substring(0, i)));
                    }
                    for (int i = q.length() - 1; i >= 0; i--) {
                        times.add(type(robot, search, q.substring(0, i)));
                    }
                }
            }
            // The first round warms the JIT up and is left out.
            print("search keystroke (text change -> CSS + layout)", times.subList(times.size() / 3, times.size()));

            // Status keys on the grid, as in the app: the write runs on a background thread (FxTaskRunner), the grid
            // shows the new status at once. Two times per key: the FX thread's work until the status is shown, and
            // the time until the write is stored (audited unit committed, row updated with the new version).
            GapAnalysisViewModel[] live = new GapAnalysisViewModel[1];
            robot.interact(() -> {
                live[0] = new GapAnalysisViewModel(g, new FxTaskRunner(), new RecordingDialogs(), Platform::runLater);
                stage.getScene().setRoot(new GapAnalysisView(live[0], new SimpleBooleanProperty()).root());
                live[0].load();
            });
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (robot.lookup("#gapGrid").queryAs(TableView.class).getItems().size() < rows) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the grid did not load");
                }
                Thread.sleep(50);
            }
            TableView<?> liveGrid = robot.lookup("#gapGrid").queryAs(TableView.class);
            robot.interact(() -> {
                liveGrid.requestFocus();
                liveGrid.getSelectionModel().select(100);
            });
            List<Double> shown = new ArrayList<>();
            List<Double> stored = new ArrayList<>();
            KeyCode[] keys = {KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};
            AssessmentStatus[] expect = {AssessmentStatus.COMPLIANT, AssessmentStatus.PARTIALLY_COMPLIANT,
                AssessmentStatus.NOT_COMPLIANT};
            for (int i = 0; i < 30; i++) {
                KeyCode k = keys[i % keys.length];
                AssessmentStatus want = expect[i % keys.length];
                GapRowViewModel row = live[0].assess.selected.get();
                long v0 = row.assessment().version();
                double[] ms = {0};
                long t0 = System.nanoTime();
                robot.interact(() -> {
                    long f0 = System.nanoTime();
                    Event.fireEvent(liveGrid, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", k, false, false, false,
                            false));
                    Parent root = stage.getScene().getRoot();
                    root.applyCss();
                    root.layout();
                    ms[0] = (System.nanoTime() - f0) / 1e6;
                });
                shown.add(ms[0]);
                boolean[] done = {false};
                while (!done[0]) {
                    robot.interact(() -> done[0] = row.assessment().status() == want
                            && row.assessment().version() > v0);
                    if (!done[0]) {
                        Thread.sleep(1);
                    }
                }
                stored.add((System.nanoTime() - t0) / 1e6);
                robot.interact(() -> liveGrid.getSelectionModel().selectNext());
            }
            print("status key, FX thread until shown", shown.subList(5, shown.size()));
            print("status key, until stored (background write)", stored.subList(5, stored.size()));
            System.out.printf(Locale.ROOT, "grid UI: %s%n", live[0].assess.progressText.get());
        }
    }

    private static double type(FxRobot robot, TextField search, String text) {
        double[] ms = {0};
        robot.interact(() -> {
            long t0 = System.nanoTime();
            search.setText(text);
            Parent root = search.getScene().getRoot();
            root.applyCss();
            root.layout();
            ms[0] = (System.nanoTime() - t0) / 1e6;
        });
        return ms[0];
    }

    private static void print(String what, List<Double> sample) {
        double[] t = sample.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "grid UI, %s, %d samples: median %.1f ms, p95 %.1f ms, max %.1f ms"
                + " (limit 50 ms)%n", what, t.length, t[t.length / 2], t[(int) (t.length * 0.95)], t[t.length - 1]);
    }
}
