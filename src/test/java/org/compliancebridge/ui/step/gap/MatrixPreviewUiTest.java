package org.compliancebridge.ui.step.gap;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliancebridge.domain.gap.AssessmentKey;
import org.compliancebridge.domain.gap.AssessmentStatus;
import org.compliancebridge.domain.gap.MatrixColumn;
import org.compliancebridge.domain.gap.MatrixImportPreview;
import org.compliancebridge.domain.gap.Scope;
import org.compliancebridge.domain.landscape.ItemRef;
import org.compliancebridge.service.GapServices;
import org.compliancebridge.service.Session;
import org.compliancebridge.testsupport.RecordingDialogs;
import org.compliancebridge.testsupport.GapWorkspaces;
import org.compliancebridge.ui.Screenshots;
import org.compliancebridge.ui.common.ImmediateTaskRunner;
import org.compliancebridge.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The import preview dialog, headless: a returned matrix with an ordinary change and a conflict is shown cell by
 * cell (old → new, the conflict highlighted), and Apply applies the ordinary change only.
 */
@ExtendWith(ApplicationExtension.class)
class MatrixPreviewUiTest {
    @TempDir
    static Path tmp;
    private Stage stage;
    private Session session;

    @Start
    void start(Stage stage) {
        // The app's theme: its stylesheet caps dialogs at 600 px unless the dialog says otherwise.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    private static void setStatus(Path file, String id, String status) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        for (Row r : wb.getSheet("Matrix")) {
            if (r.getRowNum() > 0 && id.equals(r.getCell(MatrixColumn.ID.ordinal()).getStringCellValue())) {
                r.createCell(MatrixColumn.STATUS.ordinal()).setCellValue(status);
                r.createCell(MatrixColumn.EVIDENCE.ordinal()).setCellValue("SOP-QA-031 rev. 4");
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    /** A prepared workspace (kept in {@code session}) whose organisation matrix was exported to {@code file}. */
    private GapServices exported(String workspace, Path file) {
        GapServices g = GapWorkspaces.prepared(tmp.resolve(workspace));
        session = g.session();
        g.matrix().export(file, Optional.of(Scope.organisation()), () -> false);
        return g;
    }

    @Test
    void previewShowsEveryChangedCellAndApplyKeepsTheConflict(FxRobot robot) throws Exception {
        Path file = tmp.resolve("returned.xlsx");
        GapServices g = exported("ws", file);
        AssessmentKey conflict = new AssessmentKey(new ItemRef("cfr-part11", "11.10(c)"), Scope.ORGANISATION_KEY);
        g.gaps().setStatus(conflict, AssessmentStatus.NOT_COMPLIANT, 0);
        setStatus(file, "11.10(a)", "Compliant");
        setStatus(file, "11.10(c)", "Compliant");
        MatrixViewModel vm = new MatrixViewModel(g, new ImmediateTaskRunner(),
                new RecordingDialogs(), Runnable::run, Scope::organisation, () -> { });
        MatrixImportPreview p = g.matrix().preview(file);

        @SuppressWarnings("unchecked")
        Dialog<ButtonType>[] dialog = new Dialog[1];
        robot.interact(() -> {
            vm.showPreview(p);
            dialog[0] = MatrixPane.previewDialog(stage, vm, p);
            dialog[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = dialog[0].getDialogPane().getScene();
        TableView<?> table = (TableView<?>) scene.lookup("#importPreviewTable");
        assertThat(table.getItems()).hasSize(4);
        assertThat(vm.previewCells).anyMatch(c -> c.conflict() && c.oldValue().equals("Not compliant")
                && c.newValue().equals("Compliant"));
        assertThat(scene.lookup(".conflict-row")).as("the conflict is highlighted").isNotNull();
        assertThat(scene.lookup("#overwriteConflictsCheck").isDisabled()).isFalse();
        assertThat(scene.getWindow().getWidth()).as("Old and New side by side, not cut at 600 px")
                .isGreaterThanOrEqualTo(900);
        Screenshots.save(scene, "gap-08-import-preview");

        robot.interact(() -> {
            dialog[0].setResult(ButtonType.CANCEL);
            dialog[0].close();
            vm.apply();
        });
        assertThat(vm.status.get()).contains("1 rows changed").contains("1 conflicts kept");
        assertThat(g.gaps().assessment(conflict).status()).isEqualTo(AssessmentStatus.NOT_COMPLIANT);
        assertThat(g.gaps().assessment(new AssessmentKey(new ItemRef("cfr-part11", "11.10(a)"),
                Scope.ORGANISATION_KEY)).evidence()).isEqualTo("SOP-QA-031 rev. 4");
    }
    /** Holds a task until the test runs it, so the page can be seen (and cancelled) while the work is pending. */
    private static final class HeldTaskRunner implements TaskRunner {
        private Runnable pending;

        @Override
        public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess,
                Consumer<Throwable> onFailure) {
            pending = () -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    Platform.runLater(() -> onFailure.accept(e));
                    return;
                }
                Platform.runLater(() -> onSuccess.accept(result));
            };
        }
    }

    @Test
    void applyingShowsItsProgressAndCancelRollsTheImportBack(FxRobot robot) throws Exception {
        Path file = tmp.resolve("returned-cancel.xlsx");
        GapServices g = exported("ws-cancel", file);
        setStatus(file, "11.10(a)", "Compliant");
        HeldTaskRunner tasks = new HeldTaskRunner();
        MatrixViewModel vm = new MatrixViewModel(g, tasks, new RecordingDialogs(), Platform::runLater,
                Scope::organisation, () -> { });
        MatrixImportPreview p = g.matrix().preview(file);
        long audits = session.auditEntryCount();
        robot.interact(() -> {
            vm.showPreview(p); // before the page exists, so the preview dialog does not open: Apply is called below
            stage.setScene(new Scene(new StackPane(MatrixPane.build(vm)), 900, 520));
            vm.apply();
        });
        ProgressBar bar = robot.lookup("#matrixProgress").queryAs(ProgressBar.class);
        assertThat(bar.isVisible()).isTrue();
        assertThat(bar.getProgress()).as("a figure, not just 'working'").isZero();
        assertThat(robot.lookup("#importMatrixButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#cancelMatrixButton");
        assertThat(vm.status.get()).startsWith("Cancelling");
        Screenshots.save(stage.getScene(), "gap-09-import-cancelling");

        Thread worker = new Thread(tasks.pending);
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.status.get()).isEqualTo("Import cancelled; nothing was changed.");
        assertThat(vm.busy.get()).isFalse();
        assertThat(bar.isVisible()).isFalse();
        assertThat(robot.lookup("#cancelMatrixButton").query().isVisible()).isFalse();
        assertThat(session.auditEntryCount()).isEqualTo(audits);
        assertThat(g.gaps().assessment(new AssessmentKey(new ItemRef("cfr-part11", "11.10(a)"),
                Scope.ORGANISATION_KEY)).status()).isEqualTo(AssessmentStatus.NOT_ASSESSED);
    }
}
