package org.compliancebridge.ui.step.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliancebridge.app.AppServices;
import org.compliancebridge.domain.gap.AssessmentKey;
import org.compliancebridge.domain.gap.AssessmentStatus;
import org.compliancebridge.domain.gap.MatrixColumn;
import org.compliancebridge.domain.gap.MatrixImportPreview;
import org.compliancebridge.domain.gap.Scope;
import org.compliancebridge.domain.landscape.ItemRef;
import org.compliancebridge.service.GapServices;
import org.compliancebridge.service.LandscapeServices;
import org.compliancebridge.service.Session;
import org.compliancebridge.testsupport.RecordingDialogs;
import org.compliancebridge.testsupport.GapWorkspaces;
import org.compliancebridge.testsupport.LandscapeWorkspaces;
import org.compliancebridge.ui.Screenshots;
import org.compliancebridge.ui.common.ImmediateTaskRunner;
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

    @Test
    void previewShowsEveryChangedCellAndApplyKeepsTheConflict(FxRobot robot) throws Exception {
        LandscapeWorkspaces ws = new LandscapeWorkspaces();
        session = ws.create(tmp.resolve("ws"));
        LandscapeServices l = ws.services(session);
        GapWorkspaces.prepare(l);
        GapServices g = new GapServices(l, AppServices.forTests(java.time.Clock.systemUTC()).matrixWorkbooks());
        Path file = tmp.resolve("returned.xlsx");
        g.matrix().export(file, Optional.of(Scope.organisation()), () -> false);
        AssessmentKey conflict = new AssessmentKey(new ItemRef("cfr-part11", "11.10(c)"), Scope.ORGANISATION_KEY);
        g.gaps().setStatus(conflict, AssessmentStatus.NOT_COMPLIANT, 0);
        setStatus(file, "11.10(a)", "Compliant");
        setStatus(file, "11.10(c)", "Compliant");
        MatrixViewModel vm = new MatrixViewModel(g, new ImmediateTaskRunner(),
                new RecordingDialogs(), Scope::organisation, () -> { });
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
}
