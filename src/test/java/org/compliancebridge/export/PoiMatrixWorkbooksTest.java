package org.compliancebridge.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliancebridge.domain.gap.AssessmentStatus;
import org.compliancebridge.domain.gap.ImportedMatrix;
import org.compliancebridge.domain.gap.ImportedMatrix.ImportedRow;
import org.compliancebridge.domain.gap.MatrixColumn;
import org.compliancebridge.domain.gap.MatrixFileException;
import org.compliancebridge.domain.gap.MatrixRow;
import org.compliancebridge.domain.gap.MatrixWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matrix workbook written, then read back with our SAX reader and with POI's full XSSF model. */
class PoiMatrixWorkbooksTest {
    private static final List<String> PAYLOADS = List.of("=1+1", "+SUM(A1)", "-2", "@foo",
            "=HYPERLINK(\"http://x\")");
    @TempDir
    Path tmp;

    private Path sample() throws IOException {
        return MatrixFixtures.write(MatrixFixtures.small(MatrixFixtures.sampleRows()), tmp.resolve("matrix.xlsx"));
    }

    @Test
    void sheetsHeadersHiddenColumnsFreezeFilterAndPrintSetup() throws Exception {
        try (XSSFWorkbook wb = open(sample())) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Summary", "Matrix", "Crosswalk", "Action plan", "About", "_cb");
            assertThat(wb.getSheetVisibility(5)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(wb.getActiveSheetIndex()).isZero();
            assertThat(wb.getProperties().getCoreProperties().getCreator()).isEqualTo("ComplianceBridge");
            for (int i = 0; i < 5; i++) {
                assertThat(wb.getSheetVisibility(i)).isEqualTo(SheetVisibility.VISIBLE);
            }
            XSSFSheet m = wb.getSheet("Matrix");
            List<String> headers = new ArrayList<>();
            m.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            List<String> expected = new ArrayList<>();
            for (MatrixColumn c : MatrixColumn.values()) {
                expected.add(c.header());
                assertThat(m.isColumnHidden(c.ordinal())).as(c.header()).isFalse();
                assertThat(m.getColumnWidth(c.ordinal())).isEqualTo(c.width() * 256);
            }
            expected.addAll(List.of("_key", "_version", "_token"));
            assertThat(headers).containsExactlyElementsOf(expected);
            assertThat(m.isColumnHidden(15)).isTrue();
            assertThat(m.isColumnHidden(16)).isTrue();
            assertThat(m.isColumnHidden(17)).isTrue();
            assertThat(m.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(m.getPaneInformation().isFreezePane()).isTrue();
            assertThat(m.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(m.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:O5");
            assertThat(m.getPrintSetup().getLandscape()).isTrue();
            assertThat(m.getFitToPage()).isTrue();
            assertThat(m.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(m.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(m.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
            assertThat(m.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(4);
            // Long text wraps; editable columns are shaded, read-only ones are not.
            Row r = m.getRow(1);
            assertThat(r.getCell(MatrixColumn.REQUIREMENT.ordinal()).getCellStyle().getWrapText()).isTrue();
            assertThat(r.getCell(MatrixColumn.NOTES.ordinal()).getCellStyle().getWrapText()).isTrue();
            assertThat(((XSSFCellStyle) r.getCell(MatrixColumn.STATUS.ordinal()).getCellStyle())
                    .getFillForegroundColorColor()).isNotNull();
            assertThat(((XSSFCellStyle) r.getCell(MatrixColumn.ID.ordinal()).getCellStyle())
                    .getFillForegroundColorColor()).isNull();
            XSSFSheet cw = wb.getSheet("Crosswalk");
            assertThat(cw.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Rationale");
            assertThat(cw.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G2");
            assertThat(cw.getPaneInformation().isFreezePane()).isTrue();
            XSSFSheet about = wb.getSheet("About");
            assertThat(about.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Acme Pharma GmbH");
        }
    }

    @Test
    void statusAndPriorityHaveDropDownLists() throws Exception {
        try (XSSFWorkbook wb = open(sample())) {
            List<XSSFDataValidation> vs = wb.getSheet("Matrix").getDataValidations();
            assertThat(vs).hasSize(2);
            XSSFDataValidation status = find(vs, MatrixColumn.STATUS.ordinal());
            assertThat(status.getValidationConstraint().getExplicitListValues()).containsExactly("Not assessed",
                    "Compliant", "Partially compliant", "Not compliant", "Not applicable");
            assertThat(status.getRegions().getCellRangeAddress(0)).isEqualTo(CellRangeAddress.valueOf("G2:G5"));
            assertThat(status.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            // OOXML's showDropDown="1" would hide the in-cell arrow (the attribute name says the opposite).
            for (var v : wb.getSheet("Matrix").getCTWorksheet().getDataValidations().getDataValidationArray()) {
                assertThat(v.getShowDropDown()).isFalse();
            }
            XSSFDataValidation priority = find(vs, MatrixColumn.PRIORITY.ordinal());
            assertThat(priority.getValidationConstraint().getExplicitListValues()).containsExactly("High", "Medium",
                    "Low");
            assertThat(priority.getEmptyCellAllowed()).isTrue();
            assertThat(priority.getRegions().getCellRangeAddress(0)).isEqualTo(CellRangeAddress.valueOf("J2:J5"));
        }
    }

    private static XSSFDataValidation find(List<XSSFDataValidation> vs, int col) {
        return vs.stream().filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == col).findFirst()
                .orElseThrow();
    }

    @Test
    void summaryHasTableAndNativeStackedBarChartWithOneSeriesPerStatus() throws Exception {
        try (XSSFWorkbook wb = open(sample())) {
            XSSFSheet s = wb.getSheet("Summary");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Compliance summary");
            List<String> headers = new ArrayList<>();
            s.getRow(3).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("Framework", "Compliant", "Partially compliant", "Not compliant",
                    "Not applicable", "Not assessed", "Total", "% compliant");
            Row part11 = s.getRow(4);
            assertThat(part11.getCell(0).getStringCellValue()).isEqualTo("21 CFR Part 11");
            assertThat(part11.getCell(6).getNumericCellValue()).isEqualTo(10);
            assertThat(part11.getCell(7).getNumericCellValue()).isEqualTo(0.6);
            List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            List<XDDFChartData> data = charts.get(0).getChartSeries();
            assertThat(data).hasSize(1);
            XDDFBarChartData bars = (XDDFBarChartData) data.get(0);
            assertThat(bars.getBarGrouping()).isEqualTo(BarGrouping.STACKED);
            assertThat(bars.getSeriesCount()).isEqualTo(5);
            List<String> titles = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                XDDFChartData.Series series = bars.getSeries(i);
                assertThat(series.getCategoryData().getPointCount()).isEqualTo(2);
                titles.add(charts.get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(i).getTx()
                        .getStrRef().getStrCache().getPtArray(0).getV());
            }
            assertThat(titles).containsExactly(AssessmentStatus.COMPLIANT.label(),
                    AssessmentStatus.PARTIALLY_COMPLIANT.label(), AssessmentStatus.NOT_COMPLIANT.label(),
                    AssessmentStatus.NOT_APPLICABLE.label(), AssessmentStatus.NOT_ASSESSED.label());
        }
    }

    @Test
    void formulaPayloadsAreStringCellsAndNoSheetContainsAFormula() throws Exception {
        Path file = sample();
        try (XSSFWorkbook wb = open(file)) {
            List<String> seen = new ArrayList<>();
            for (var sheet : wb) {
                for (Row r : sheet) {
                    for (Cell c : r) {
                        assertThat(c.getCellType()).isIn(CellType.STRING, CellType.NUMERIC, CellType.BLANK);
                        if (c.getCellType() == CellType.STRING && PAYLOADS.contains(c.getStringCellValue())) {
                            seen.add(c.getStringCellValue());
                        }
                    }
                }
            }
            assertThat(seen).containsExactlyInAnyOrderElementsOf(PAYLOADS);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            int sheets = 0;
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    sheets++;
                    String xml = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(xml).as(e.getName()).doesNotContain("<f>").doesNotContain("<f ");
                }
            }
            assertThat(sheets).isEqualTo(6);
        }
        ImportedMatrix back = new PoiMatrixWorkbooks().read(file);
        ImportedRow r2 = back.rows().get(1);
        assertThat(r2.cell(MatrixColumn.EVIDENCE)).isEqualTo("=1+1");
        assertThat(r2.cell(MatrixColumn.OWNER)).isEqualTo("+SUM(A1)");
        assertThat(r2.cell(MatrixColumn.NOTES)).isEqualTo("-2");
        ImportedRow r3 = back.rows().get(2);
        assertThat(r3.cell(MatrixColumn.EVIDENCE)).isEqualTo("@foo");
        assertThat(r3.cell(MatrixColumn.NOTES)).isEqualTo("=HYPERLINK(\"http://x\")");
    }

    @Test
    void everyRowAndTheMetaRoundTripThroughTheReader() throws Exception {
        List<MatrixRow> rows = MatrixFixtures.sampleRows();
        ImportedMatrix back = new PoiMatrixWorkbooks().read(sample());
        assertThat(back.meta()).isEqualTo(MatrixFixtures.META);
        assertThat(back.rows()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            MatrixRow m = rows.get(i);
            ImportedRow r = back.rows().get(i);
            assertThat(r.sheetRow()).isEqualTo(i + 2);
            assertThat(r.rowKey()).isEqualTo(m.rowKey());
            assertThat(r.rowVersion()).isEqualTo(Long.toString(m.rowVersion()));
            assertThat(r.rowToken()).isEqualTo(m.rowToken());
            for (MatrixColumn c : MatrixColumn.values()) {
                assertThat(r.cell(c)).as(c.header() + " of row " + (i + 2)).isEqualTo(m.text(c));
            }
        }
        assertThat(back.rows().get(2).cell(MatrixColumn.OWNER)).isEqualTo("Ωmega Ltd 🚀");
        assertThat(back.rows().get(0).cell(MatrixColumn.LAST_CHANGED_BY)).isEqualTo("Ana Müller");
        assertThat(back.rows().get(0).cell(MatrixColumn.DUE)).isEqualTo("2027-03-31");
    }

    @Test
    void dueIsARealDateCellAndOverdueActionsStandOut() throws Exception {
        try (XSSFWorkbook wb = open(sample())) {
            Cell due = wb.getSheet("Matrix").getRow(1).getCell(MatrixColumn.DUE.ordinal());
            assertThat(due.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
            assertThat(due.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 31));
            XSSFSheet actions = wb.getSheet("Action plan");
            List<String> headers = new ArrayList<>();
            actions.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("ID", "Title", "Description", "Owner", "Due", "Priority", "Status",
                    "Linked gaps", "Closure evidence");
            XSSFCellStyle overdue = (XSSFCellStyle) actions.getRow(1).getCell(0).getCellStyle();
            XSSFCellStyle onTime = (XSSFCellStyle) actions.getRow(2).getCell(0).getCellStyle();
            assertThat(overdue.getFont().getXSSFColor().getARGBHex()).isEqualTo("FF9C0006");
            assertThat(overdue.getFillForegroundColorColor()).isNotNull();
            assertThat(onTime.getFillForegroundColorColor()).isNull();
        }
    }

    @Test
    void readerNormalisesDatesNumbersAndFormulasTheWayClientsStoreThem() throws Exception {
        Path file = sample();
        Path edited = tmp.resolve("edited.xlsx");
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet m = wb.getSheet("Matrix");
            // A client re-formats the date and types numbers; a formula with a cached result; a blank row in between.
            var style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            m.getRow(1).getCell(MatrixColumn.DUE.ordinal()).setCellStyle(style);
            // Fresh cells: XSSF keeps an inline string when a number is set on an existing inline-string cell.
            fresh(m.getRow(2), MatrixColumn.EVIDENCE).setCellValue(12345678901.0);
            fresh(m.getRow(2), MatrixColumn.OWNER).setCellValue(2.50);
            Cell f = fresh(m.getRow(3), MatrixColumn.NOTES);
            f.setCellFormula("\"Reviewed \"&(20+6)");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(f);
            m.shiftRows(4, 4, 2);
            m.createRow(4).createCell(MatrixColumn.NOTES.ordinal()).setCellValue("   ");
            try (OutputStream out = Files.newOutputStream(edited)) {
                wb.write(out);
            }
        }
        ImportedMatrix back = new PoiMatrixWorkbooks().read(edited);
        assertThat(back.rows()).extracting(ImportedRow::sheetRow).containsExactly(2, 3, 4, 7);
        assertThat(back.rows().get(0).cell(MatrixColumn.DUE)).isEqualTo("2027-03-31");
        assertThat(back.rows().get(1).cell(MatrixColumn.EVIDENCE)).isEqualTo("12345678901");
        assertThat(back.rows().get(1).cell(MatrixColumn.OWNER)).isEqualTo("2.5");
        assertThat(back.rows().get(2).cell(MatrixColumn.NOTES)).isEqualTo("Reviewed 26");
        assertThat(back.rows().get(3).rowKey()).isEqualTo("ISO 13485:2016|7.5.6|ORG");
    }

    private static Cell fresh(Row row, MatrixColumn c) {
        row.removeCell(row.getCell(c.ordinal()));
        return row.createCell(c.ordinal());
    }

    @Test
    void rowsWithWrappedTextAreTallEnoughToPrintWithoutOverlap() throws Exception {
        assertThat(PoiMatrixWorkbooks.lines("", 40)).isEqualTo(1);
        assertThat(PoiMatrixWorkbooks.lines("a".repeat(38), 40)).isEqualTo(1);
        assertThat(PoiMatrixWorkbooks.lines("a".repeat(100), 40)).isEqualTo(3);
        assertThat(PoiMatrixWorkbooks.lines("a\nb\nc", 40)).isEqualTo(3);
        List<MatrixRow> rows = new ArrayList<>(MatrixFixtures.sampleRows());
        rows.add(MatrixFixtures.row("F", "9", "Compliant", "", "", "", null, "word ".repeat(30), 1));
        Path file = MatrixFixtures.write(MatrixFixtures.small(rows), tmp.resolve("tall.xlsx"));
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet m = wb.getSheet("Matrix");
            assertThat(m.getRow(1).getHeightInPoints()).isEqualTo(m.getDefaultRowHeightInPoints());
            assertThat(m.getRow(5).getHeightInPoints()).isEqualTo(60f);
            // The Summary prints its chart too (LibreOffice would otherwise stop at the last used cell).
            assertThat(wb.getPrintArea(0)).isEqualTo("Summary!$A$1:$H$26");
        }
    }

    @Test
    void textLongerThanACellAllowsIsCutVisibly() throws Exception {
        String longText = "x".repeat(40_000);
        MatrixRow r = MatrixFixtures.row("F", "1", "Compliant", "", "", "", null, "", 1);
        r = new MatrixRow(r.framework(), r.id(), r.title(), longText, r.linkedControls(), r.scope(), r.status(),
                r.evidence(), r.owner(), r.priority(), r.due(), r.notes(), r.lastChangedBy(), r.lastChangedAt(),
                r.signature(), r.rowKey(), r.rowVersion(), r.rowToken());
        Path file = MatrixFixtures.write(MatrixFixtures.small(List.of(r)), tmp.resolve("long.xlsx"));
        String back = new PoiMatrixWorkbooks().read(file).rows().get(0).cell(MatrixColumn.REQUIREMENT);
        assertThat(back).hasSize(32_767).endsWith("[cut: longer than Excel allows]");
    }

    @Test
    void cancellingStopsBetweenRowsLeavesAnIncompleteFileNoTempFilesAndNoThread() throws Exception {
        Path poiTemp = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        long before = countFiles(poiTemp);
        AtomicInteger calls = new AtomicInteger();
        Path partial = tmp.resolve("cancelled.xlsx");
        try (OutputStream out = Files.newOutputStream(partial)) {
            assertThatThrownBy(() -> new PoiMatrixWorkbooks().write(MatrixFixtures.synthetic(10_000), out,
                    () -> calls.incrementAndGet() > 500)).isInstanceOf(CancellationException.class);
        }
        assertThat(calls.get()).isEqualTo(501);
        // Rows stream into the file as they are made: what is there is not a workbook (callers discard it).
        assertThatThrownBy(() -> new PoiMatrixWorkbooks().read(partial)).isInstanceOf(MatrixFileException.class);
        assertThat(countFiles(poiTemp)).isEqualTo(before);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("xlsx-deflate")
                && t.isAlive());
        MatrixFixtures.write(MatrixFixtures.synthetic(300), tmp.resolve("ok.xlsx"));
        assertThat(countFiles(poiTemp)).isEqualTo(before);
    }

    @Test
    void writeReturnsTheRowCountAndAnEmptyMatrixStillReadsBack() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MatrixWorkbook empty = new MatrixWorkbook(List.of(), List.of(), List.of(), 0, List.of(), List.of(),
                MatrixFixtures.META);
        assertThat(new PoiMatrixWorkbooks().write(empty, out, () -> false)).isZero();
        Path file = tmp.resolve("empty.xlsx");
        Files.write(file, out.toByteArray());
        ImportedMatrix back = new PoiMatrixWorkbooks().read(file);
        assertThat(back.rows()).isEmpty();
        assertThat(back.meta()).isEqualTo(MatrixFixtures.META);
        assertThat(new PoiMatrixWorkbooks().write(MatrixFixtures.synthetic(1234), OutputStream.nullOutputStream(),
                () -> false)).isEqualTo(1234);
        // The used range is written before the streamed rows: it must still match them (header + rows).
        try (XSSFWorkbook wb = open(file)) {
            assertThat(wb.getSheet("Matrix").getCTWorksheet().getDimension().getRef()).isEqualTo("A1:R1");
        }
        Path full = MatrixFixtures.write(MatrixFixtures.synthetic(300), tmp.resolve("dim.xlsx"));
        try (XSSFWorkbook wb = open(full)) {
            assertThat(wb.getSheet("Matrix").getCTWorksheet().getDimension().getRef()).isEqualTo("A1:R301");
            assertThat(wb.getSheet("Matrix").getLastRowNum()).isEqualTo(300);
        }
    }

    private static long countFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
