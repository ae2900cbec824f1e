package org.compliancebridge.ui.step.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliancebridge.domain.gap.AssessmentKey;
import org.compliancebridge.domain.gap.AssessmentStatus;
import org.compliancebridge.domain.gap.MatrixColumn;
import org.compliancebridge.domain.gap.Scope;
import org.compliancebridge.domain.landscape.ItemRef;
import org.compliancebridge.service.GapServices;
import org.compliancebridge.service.Session;
import org.compliancebridge.testsupport.RecordingDialogs;
import org.compliancebridge.testsupport.GapWorkspaces;
import org.compliancebridge.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matrix page without a stage: export, preview of a returned file cell by cell, conflicts, apply, refusals. */
class MatrixViewModelTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    @TempDir
    Path tmp;
    private Session session;
    private GapServices g;
    private MatrixViewModel vm;
    private int changes;

    @BeforeEach
    void setUp() {
        g = GapWorkspaces.prepared(tmp.resolve("ws"));
        session = g.session();
        vm = new MatrixViewModel(g, new ImmediateTaskRunner(), dialogs, Runnable::run, Scope::organisation, () -> changes++);
    }

    @AfterEach
    void tearDown() {
        session.close();
        assertThat(dialogs.errors).isEmpty();
    }

    private static void setStatus(Path file, String id, String status) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet m = wb.getSheet("Matrix");
        for (Row r : m) {
            if (r.getRowNum() > 0 && id.equals(r.getCell(MatrixColumn.ID.ordinal()).getStringCellValue())
                    && "Organisation".equals(r.getCell(MatrixColumn.SCOPE.ordinal()).getStringCellValue())) {
                r.createCell(MatrixColumn.STATUS.ordinal()).setCellValue(status);
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    @Test
    void exportPreviewAndApplyShowEveryChangedCellAndKeepConflictsUnlessAsked() throws Exception {
        Path file = tmp.resolve("matrix.xlsx");
        vm.currentScopeOnly.set(true);
        vm.export(file, Optional.of(Scope.organisation()));
        assertThat(vm.status.get()).startsWith("Exported ").contains("rows to");
        assertThat(file).exists();

        AssessmentKey conflict = new AssessmentKey(new ItemRef("cfr-part11", "11.10(c)"), Scope.ORGANISATION_KEY);
        g.gaps().setStatus(conflict, AssessmentStatus.NOT_COMPLIANT, 0);
        setStatus(file, "11.10(a)", "Compliant");
        setStatus(file, "11.10(c)", "Compliant");

        vm.previewFile(file);
        assertThat(vm.preview.get()).isNotNull();
        assertThat(vm.previewCells).extracting(c -> c.requirement() + "|" + c.column() + "|" + c.oldValue() + "|"
                + c.newValue() + "|" + c.conflict()).containsExactlyInAnyOrder(
                        "Part 11 11.10(a) @ Organisation|Status|Not assessed|Compliant|false",
                        "Part 11 11.10(c) @ Organisation|Status|Not compliant|Compliant|true");
        assertThat(vm.previewSummary.get()).contains("2 changed (2 cells), 1 in conflict");

        vm.apply();
        assertThat(vm.preview.get()).isNull();
        assertThat(vm.status.get()).contains("1 rows changed").contains("1 conflicts kept");
        assertThat(changes).isEqualTo(1);
        assertThat(g.gaps().assessment(conflict).status()).isEqualTo(AssessmentStatus.NOT_COMPLIANT);
        assertThat(g.gaps().assessment(new AssessmentKey(new ItemRef("cfr-part11", "11.10(a)"),
                Scope.ORGANISATION_KEY)).status()).isEqualTo(AssessmentStatus.COMPLIANT);
    }

    @Test
    void aJunkFileIsRefusedWithItsMessageAndCancellingChangesNothing() throws Exception {
        Path junk = tmp.resolve("notes.xlsx");
        Files.writeString(junk, "meeting notes, not a workbook");
        long before = session.auditEntryCount();
        vm.previewFile(junk);
        assertThat(vm.preview.get()).isNull();
        assertThat(vm.status.get()).isNotBlank().doesNotContain("Exception");
        assertThat(session.auditEntryCount()).isEqualTo(before);

        Path file = tmp.resolve("m.xlsx");
        vm.export(file, Optional.empty());
        setStatus(file, "11.10(a)", "Compliant");
        vm.previewFile(file);
        vm.cancelImport();
        assertThat(vm.status.get()).contains("nothing was changed");
        assertThat(g.gaps().assessment(new AssessmentKey(new ItemRef("cfr-part11", "11.10(a)"),
                Scope.ORGANISATION_KEY)).status()).isEqualTo(AssessmentStatus.NOT_ASSESSED);
    }
}
