package org.compliancebridge.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import javax.xml.namespace.QName;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.compliancebridge.domain.gap.AssessmentStatus;
import org.compliancebridge.domain.gap.ImportedMatrix;
import org.compliancebridge.domain.gap.MatrixColumn;
import org.compliancebridge.domain.gap.MatrixFileException;
import org.compliancebridge.domain.gap.MatrixRow;
import org.compliancebridge.domain.gap.MatrixWorkbook;
import org.compliancebridge.domain.gap.MatrixWorkbook.ActionRow;
import org.compliancebridge.domain.gap.MatrixWorkbook.CrosswalkRow;
import org.compliancebridge.domain.gap.MatrixWorkbook.FrameworkFigures;
import org.compliancebridge.domain.gap.Priority;
import org.compliancebridge.domain.port.MatrixWorkbooks;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTOverlap;

/**
 * The Excel compliance matrix with Apache POI. Writing builds the small Summary sheet (table and native bar chart) as
 * XSSF, then streams the other sheets through {@link StreamedSheetsWorkbook}: rows are made while the file is written
 * (200 in memory), with no temp files, and compressed on a second thread.
 * Reading is {@link MatrixWorkbookReader}: SAX over the package, bounded, never evaluating formulas.
 *
 * <p>Every text value is written with {@code setCellValue(String)}, which makes a string cell: text starting with
 * {@code =}, {@code +}, {@code -} or {@code @} is stored as text and never becomes a formula.
 */
public final class PoiMatrixWorkbooks implements MatrixWorkbooks {
    static final String SUMMARY = "Summary";
    static final String MATRIX = "Matrix";
    static final String CROSSWALK = "Crosswalk";
    static final String ACTIONS = "Action plan";
    static final String ABOUT = "About";
    /** Very hidden: users do not see it in Excel's "Unhide" list; it carries {@link MatrixWorkbook#meta()}. */
    static final String META = "_cb";
    static final List<String> HIDDEN_HEADERS = List.of("_key", "_version", "_token");
    static final List<String> SUMMARY_HEADERS = List.of("Framework", "Compliant", "Partially compliant",
            "Not compliant", "Not applicable", "Not assessed", "Total", "% compliant");
    static final List<String> CROSSWALK_HEADERS = List.of("Source framework", "Source ID", "Relationship",
            "Target framework", "Target ID", "Confidence", "Rationale");
    static final List<String> ACTION_HEADERS = List.of("ID", "Title", "Description", "Owner", "Due", "Priority",
            "Status", "Linked gaps", "Closure evidence");
    /** The statuses of the chart's series, in the order of the Summary table's columns B-F. */
    static final List<AssessmentStatus> CHART_ORDER = List.of(AssessmentStatus.COMPLIANT,
            AssessmentStatus.PARTIALLY_COMPLIANT, AssessmentStatus.NOT_COMPLIANT, AssessmentStatus.NOT_APPLICABLE,
            AssessmentStatus.NOT_ASSESSED);

    static final int KEY_COL = MatrixColumn.values().length;
    static final int VERSION_COL = KEY_COL + 1;
    static final int TOKEN_COL = KEY_COL + 2;
    /** Excel's limit for one cell; longer text cannot be stored. */
    static final int MAX_CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final String CUT_MARK = " [cut: longer than Excel allows]";
    private static final int ROWS_IN_MEMORY = 200;

    // Status colours (Excel's "Good / Neutral / Bad" palette; grey for not applicable): fill, then text.
    private static final byte[] GREEN = rgb(0xC6EFCE);
    private static final byte[] GREEN_TEXT = rgb(0x006100);
    private static final byte[] AMBER = rgb(0xFFEB9C);
    private static final byte[] AMBER_TEXT = rgb(0x9C5700);
    private static final byte[] RED = rgb(0xFFC7CE);
    private static final byte[] RED_TEXT = rgb(0x9C0006);
    private static final byte[] GREY = rgb(0xD9D9D9);
    private static final byte[] GREY_TEXT = rgb(0x404040);
    private static final byte[] BLUE_GREY = rgb(0xB4C6E7);
    private static final byte[] HEADER_FILL = rgb(0xDDE3EA);
    private static final byte[] EDITABLE_FILL = rgb(0xFFFDE7);

    @Override
    public long write(MatrixWorkbook workbook, OutputStream out, BooleanSupplier cancelled) throws IOException {
        XSSFWorkbook xssf = new XSSFWorkbook();
        Styles styles;
        try {
            // File > Properties shows where the workbook came from.
            xssf.getProperties().getCoreProperties().setCreator("ComplianceBridge");
            xssf.getProperties().getCoreProperties().setTitle("Compliance matrix");
            styles = new Styles(xssf);
            // The chart must be built on XSSF: SXSSF streams only the sheets it creates itself.
            summary(xssf, styles, workbook);
        } catch (RuntimeException e) {
            xssf.close();
            throw e;
        }
        // Rows are made while the file is written, straight into the zip (no temp files), and compressed on a
        // second thread (StreamedSheetsWorkbook). The default zip level: the fastest level saved ~20% CPU on 100,000
        // rows but made the file ~40% larger.
        StreamedSheetsWorkbook wb = new StreamedSheetsWorkbook(xssf, ROWS_IN_MEMORY);
        try {
            long[] n = matrix(wb, styles, workbook, cancelled);
            crosswalk(wb, styles, workbook.crosswalk(), cancelled);
            actions(wb, styles, workbook.actions(), cancelled);
            about(wb, styles, workbook.about());
            meta(wb, workbook.meta());
            wb.setActiveSheet(0);
            wb.setSelectedTab(0);
            checkCancelled(cancelled);
            // Not write(): that keeps the template (the Summary sheet's figures) in a plaintext temp file meanwhile.
            wb.writeTo(out);
            if (n[0] != workbook.rowCount()) {
                // The filter range, validations and print area were sized for rowCount: the file would be wrong.
                throw new IllegalStateException("The matrix had " + n[0] + " rows, not the " + workbook.rowCount()
                        + " announced.");
            }
            return n[0];
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    @Override
    public ImportedMatrix read(Path file) throws MatrixFileException {
        return MatrixWorkbookReader.read(file);
    }

    // ---------------------------------------------------------------------------------------------------- Summary

    private static void summary(XSSFWorkbook wb, Styles st, MatrixWorkbook workbook) {
        XSSFSheet sheet = wb.createSheet(SUMMARY);
        sheet.setColumnWidth(0, 28 * 256);
        for (int c = 1; c < SUMMARY_HEADERS.size(); c++) {
            // Wide enough that "Partially compliant" fits on one line: header rows do not grow by themselves.
            sheet.setColumnWidth(c, 20 * 256);
        }
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue("Compliance summary");
        title.setCellStyle(st.title);
        // The subtitle reads from the About lines (already in the exporter's time zone), else the raw metadata.
        java.util.Map<String, String> about = new java.util.HashMap<>();
        workbook.about().forEach(l -> about.put(l.label(), l.value()));
        String exportedAt = about.getOrDefault("Exported at", workbook.meta().getOrDefault(
                MatrixWorkbook.META_EXPORTED_AT, ""));
        StringBuilder subtitle = new StringBuilder();
        for (String part : new String[] {about.get("Organisation"), about.get("Scope"), exportedAt.isEmpty() ? null
                : "exported " + exportedAt, about.containsKey("Exported by") ? "by " + about.get("Exported by")
                        : null}) {
            if (part != null && !part.isBlank()) {
                subtitle.append(subtitle.length() == 0 ? "" : " · ").append(part);
            }
        }
        if (subtitle.length() > 0) {
            sheet.createRow(1).createCell(0).setCellValue(subtitle.toString());
        }
        int headerRow = 3;
        Row h = sheet.createRow(headerRow);
        for (int c = 0; c < SUMMARY_HEADERS.size(); c++) {
            Cell cell = h.createCell(c);
            cell.setCellValue(SUMMARY_HEADERS.get(c));
            cell.setCellStyle(c == 0 ? st.header : st.numberHeader);
        }
        List<FrameworkFigures> figures = workbook.summary();
        int r = headerRow + 1;
        for (FrameworkFigures f : figures) {
            Row row = sheet.createRow(r++);
            text(row, 0, f.framework(), st.text);
            int[] counts = {f.compliant(), f.partial(), f.notCompliant(), f.notApplicable(), f.notAssessed(),
                f.total()};
            for (int i = 0; i < counts.length; i++) {
                Cell cell = row.createCell(1 + i);
                cell.setCellValue(counts[i]);
                cell.setCellStyle(st.integer);
            }
            Cell pct = row.createCell(7);
            pct.setCellValue(f.compliantShare());
            pct.setCellStyle(st.percent);
        }
        if (figures.isEmpty()) {
            sheet.createRow(r++).createCell(0).setCellValue("No framework in this export.");
        }
        Row note = sheet.createRow(r + 1);
        note.createCell(0).setCellValue("% compliant = Compliant ÷ (Compliant + Partially compliant + Not compliant);"
                + " not applicable and not assessed requirements are not counted.");
        if (!figures.isEmpty()) {
            int chartEnd = chart(sheet, headerRow, figures.size(), r + 3);
            // LibreOffice prints only the used cells unless told otherwise, which would cut the chart off.
            wb.setPrintArea(wb.getSheetIndex(sheet), 0, SUMMARY_HEADERS.size() - 1, 0, chartEnd);
        }
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 1);
    }

    /** A native (editable) stacked bar chart: one bar per framework, one series per status, status colours. */
    private static int chart(XSSFSheet sheet, int headerRow, int frameworks, int topRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int height = Math.max(16, 4 + frameworks * 2);
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, topRow, SUMMARY_HEADERS.size(),
                topRow + height);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Assessment status per framework");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis frameworkAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis countAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        countAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        countAxis.setTitle("Requirements");
        int first = headerRow + 1;
        int last = headerRow + frameworks;
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(first, last, 0, 0));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, frameworkAxis, countAxis);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setVaryColors(false);
        byte[][] fills = {GREEN_TEXT, rgb(0xFFC000), RED_TEXT, GREY, BLUE_GREY};
        for (int i = 0; i < CHART_ORDER.size(); i++) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(first, last, 1 + i, 1 + i));
            XDDFBarChartData.Series s = (XDDFBarChartData.Series) data.addSeries(names, values);
            s.setTitle(CHART_ORDER.get(i).label(), new CellReference(SUMMARY, headerRow,
                    1 + i, true, true));
            XDDFShapeProperties props = new XDDFShapeProperties();
            props.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(fills[i])));
            s.setShapeProperties(props);
        }
        chart.plot(data);
        fullOverlap(chart);
        // Frameworks top to bottom in table order.
        frameworkAxis.setOrientation(AxisOrientation.MAX_MIN);
        XDDFShapeProperties grid = countAxis.getOrAddMajorGridProperties();
        grid.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(
                XDDFColor.from(PresetColor.LIGHT_GRAY))));
        return topRow + height;
    }

    /**
     * Stacked bars must overlap fully, or Excel shifts each segment sideways. {@code XDDFBarChartData.setOverlap}
     * needs a schema type that poi-ooxml-lite does not ship, so the attribute is set on the XML directly.
     */
    private static void fullOverlap(XSSFChart chart) {
        CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        CTOverlap overlap = bar.isSetOverlap() ? bar.getOverlap() : bar.addNewOverlap();
        try (XmlCursor c = overlap.newCursor()) {
            c.setAttributeText(new QName("val"), "100");
        }
    }

    // ----------------------------------------------------------------------------------------------------- Matrix

    private static long[] matrix(StreamedSheetsWorkbook wb, Styles st, MatrixWorkbook workbook,
            BooleanSupplier cancelled) {
        MatrixColumn[] cols = MatrixColumn.values();
        if (workbook.rowCount() >= SpreadsheetVersion.EXCEL2007.getMaxRows()) {
            throw new IllegalStateException("more rows than one Excel sheet holds");
        }
        int lastRow = (int) Math.max(1, workbook.rowCount());
        int lastVisible = cols.length - 1;
        long[] n = {0};
        SXSSFSheet sheet = wb.sheet(MATRIX, new CellRangeAddress(0, (int) workbook.rowCount(), 0, TOKEN_COL), s -> {
            Row h = s.createRow(0);
            for (MatrixColumn c : cols) {
                text(h, c.ordinal(), c.header(), c.editable() ? st.editableHeader : st.header);
            }
            for (int i = 0; i < HIDDEN_HEADERS.size(); i++) {
                text(h, KEY_COL + i, HIDDEN_HEADERS.get(i), st.header);
            }
            int r = 1;
            for (MatrixRow m : workbook.rows()) {
                checkCancelled(cancelled);
                if (r > lastRow) {
                    throw new IllegalStateException("The matrix has more rows than the " + workbook.rowCount()
                            + " announced.");
                }
                Row row = s.createRow(r++);
                for (MatrixColumn c : cols) {
                    if (c == MatrixColumn.DUE) {
                        Cell cell = row.createCell(c.ordinal());
                        cell.setCellStyle(st.editableDate);
                        if (m.due().isPresent()) {
                            cell.setCellValue(m.due().get());
                        }
                    } else {
                        text(row, c.ordinal(), m.text(c), st.matrix(c));
                    }
                }
                int lines = 1;
                for (MatrixColumn c : cols) {
                    if (wraps(c)) {
                        lines = Math.max(lines, lines(m.text(c), c.width()));
                    }
                }
                fitHeight(row, lines);
                text(row, KEY_COL, m.rowKey(), st.text);
                text(row, VERSION_COL, Long.toString(m.rowVersion()), st.text);
                text(row, TOKEN_COL, m.rowToken(), st.text);
                n[0]++;
            }
        });
        for (MatrixColumn c : cols) {
            sheet.setColumnWidth(c.ordinal(), c.width() * 256);
        }
        for (int i = 0; i < HIDDEN_HEADERS.size(); i++) {
            sheet.setColumnWidth(KEY_COL + i, 30 * 256);
            sheet.setColumnHidden(KEY_COL + i, true);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, lastVisible));
        validations(sheet, lastRow);
        statusColours(sheet, lastRow);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        // 0 = as many pages high as needed.
        ps.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, lastVisible, 0, lastRow);
        footer(sheet);
        return n;
    }

    private static void validations(Sheet sheet, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String[] statuses = new String[AssessmentStatus.values().length];
        for (AssessmentStatus s : AssessmentStatus.values()) {
            statuses[s.ordinal()] = s.label();
        }
        addList(sheet, helper, MatrixColumn.STATUS, statuses, false, lastRow,
                "Choose one of: " + AssessmentStatus.allowedLabels() + ".");
        String[] priorities = new String[Priority.values().length];
        for (Priority p : Priority.values()) {
            priorities[p.ordinal()] = p.label();
        }
        addList(sheet, helper, MatrixColumn.PRIORITY, priorities, true, lastRow,
                "Choose High, Medium or Low, or leave blank.");
    }

    private static void addList(Sheet sheet, DataValidationHelper helper, MatrixColumn col, String[] values,
            boolean blankAllowed, int lastRow, String message) {
        DataValidationConstraint constraint = helper.createExplicitListConstraint(values);
        CellRangeAddressList range = new CellRangeAddressList(1, lastRow, col.ordinal(), col.ordinal());
        DataValidation v = helper.createValidation(constraint, range);
        v.setEmptyCellAllowed(blankAllowed);
        v.setSuppressDropDownArrow(true); // XSSF: true means "show the in-cell drop-down"
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox("Not allowed", message);
        v.setShowPromptBox(false);
        sheet.addValidationData(v);
    }

    private static void statusColours(Sheet sheet, int lastRow) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        int col = MatrixColumn.STATUS.ordinal();
        CellRangeAddress[] range = {new CellRangeAddress(1, lastRow, col, col)};
        Object[][] rules = {
            {AssessmentStatus.COMPLIANT, GREEN, GREEN_TEXT},
            {AssessmentStatus.PARTIALLY_COMPLIANT, AMBER, AMBER_TEXT},
            {AssessmentStatus.NOT_COMPLIANT, RED, RED_TEXT},
            {AssessmentStatus.NOT_APPLICABLE, GREY, GREY_TEXT},
        };
        for (Object[] rule : rules) {
            String label = ((AssessmentStatus) rule[0]).label();
            ConditionalFormattingRule r = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                    "\"" + label + "\"");
            XSSFConditionalFormattingRule x = (XSSFConditionalFormattingRule) r;
            x.createPatternFormatting().setFillBackgroundColor(new XSSFColor((byte[]) rule[1], null));
            x.createFontFormatting().setFontColor(new XSSFColor((byte[]) rule[2], null));
            cf.addConditionalFormatting(range, r);
        }
    }

    // ----------------------------------------------------------------------------------- Crosswalk, actions, about

    private static void crosswalk(StreamedSheetsWorkbook wb, Styles st, List<CrosswalkRow> rows,
            BooleanSupplier cancelled) {
        int[] widths = {18, 14, 16, 18, 14, 12, 60};
        SXSSFSheet sheet = wb.sheet(CROSSWALK, range(rows.size(), widths.length), s -> {
            header(s, st, CROSSWALK_HEADERS);
            int r = 1;
            for (CrosswalkRow x : rows) {
                checkCancelled(cancelled);
                Row row = s.createRow(r++);
                String[] v = {x.sourceFramework(), x.sourceId(), x.relationship(), x.targetFramework(), x.targetId(),
                    x.confidence(), x.rationale()};
                for (int i = 0; i < v.length; i++) {
                    text(row, i, v[i], i == v.length - 1 ? st.wrap : st.text);
                }
                fitHeight(row, lines(x.rationale(), widths[widths.length - 1]));
            }
        });
        tableFinish(sheet, widths, rows.size() + 1, CROSSWALK_HEADERS.size());
    }

    private static void actions(StreamedSheetsWorkbook wb, Styles st, List<ActionRow> rows,
            BooleanSupplier cancelled) {
        int[] widths = {12, 30, 50, 18, 12, 10, 14, 30, 40};
        boolean anyOverdue = rows.stream().anyMatch(ActionRow::overdue);
        SXSSFSheet sheet = wb.sheet(ACTIONS, range(rows.size() + (anyOverdue ? 2 : 0), widths.length), s -> {
            header(s, st, ACTION_HEADERS);
            int r = 1;
            for (ActionRow a : rows) {
                checkCancelled(cancelled);
                Row row = s.createRow(r++);
                String[] v = {a.reference(), a.title(), a.description(), a.owner(), a.due(), a.priority(),
                    a.status(), a.gaps(), a.closureEvidence()};
                int lines = 1;
                for (int i = 0; i < v.length; i++) {
                    boolean wrap = i == 1 || i == 2 || i == 7 || i == 8;
                    CellStyle style = a.overdue() ? (wrap ? st.overdueWrap : st.overdue)
                            : (wrap ? st.wrap : st.text);
                    text(row, i, v[i], style);
                    if (wrap) {
                        lines = Math.max(lines, lines(v[i], widths[i]));
                    }
                }
                fitHeight(row, lines);
            }
            if (anyOverdue) {
                Row note = s.createRow(r + 1);
                text(note, 0, "Rows in red are overdue: open or in progress past their due date.", st.text);
            }
        });
        tableFinish(sheet, widths, rows.size() + 1, ACTION_HEADERS.size());
    }

    private static void about(StreamedSheetsWorkbook wb, Styles st, List<MatrixWorkbook.AboutLine> lines) {
        SXSSFSheet sheet = wb.sheet(ABOUT, range(lines.size() - 1, 2), s -> {
            int r = 0;
            for (MatrixWorkbook.AboutLine line : lines) {
                Row row = s.createRow(r++);
                text(row, 0, line.label(), st.bold);
                text(row, 1, line.value(), st.wrap);
                fitHeight(row, lines(line.value(), 90));
            }
        });
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        footer(sheet);
    }

    private static void meta(StreamedSheetsWorkbook wb, Map<String, String> meta) {
        // Sorted, so two exports of the same data are laid out alike.
        Map<String, String> sorted = new TreeMap<>(meta);
        SXSSFSheet sheet = wb.sheet(META, range(sorted.size() - 1, 2), s -> {
            int r = 0;
            for (Map.Entry<String, String> e : sorted.entrySet()) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(e.getKey());
                row.createCell(1).setCellValue(e.getValue());
            }
        });
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    /** The used range of a sheet whose last row is {@code lastRow} (0-based), {@code columns} wide. */
    private static CellRangeAddress range(int lastRow, int columns) {
        return new CellRangeAddress(0, Math.max(0, lastRow), 0, Math.max(0, columns - 1));
    }

    private static void header(SXSSFSheet sheet, Styles st, List<String> headers) {
        Row h = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            text(h, i, headers.get(i), st.header);
        }
    }

    private static void tableFinish(SXSSFSheet sheet, int[] widths, int nextRow, int columns) {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, nextRow - 1), 0, columns - 1));
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        footer(sheet);
    }

    private static void footer(Sheet sheet) {
        // Printed pages of a matrix are handed to inspectors one by one: each says what it is and where it belongs.
        sheet.getFooter().setLeft("&A");
        sheet.getFooter().setRight("Page &P of &N");
    }

    /** Long-text columns wrap (asking the cell style is an XMLBeans call: too slow per cell). */
    static boolean wraps(MatrixColumn c) {
        return c.width() >= 24;
    }

    /**
     * Lines a wrapped text needs in a column {@code width} characters wide. An estimate (fonts differ), on the
     * generous side: LibreOffice does not grow rows for wrapped text when it opens an XLSX, so without an explicit
     * height long notes would print over the next row.
     */
    static int lines(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int perLine = Math.max(1, width - 2);
        int lines = 0;
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            lines += Math.max(1, (end - start + perLine - 1) / perLine);
            if (nl < 0 || lines > 30) {
                break;
            }
            start = nl + 1;
        }
        return lines;
    }

    private static void fitHeight(Row row, int lines) {
        if (lines > 1) {
            // 15 points a line (Calibri 11); Excel's maximum row height is 409 points.
            row.setHeightInPoints(Math.min(409f, lines * 15f));
        }
    }

    /** A string cell (never a formula), cut to Excel's cell limit with a visible mark. */
    private static void text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellStyle(style);
        String v = value == null ? "" : value;
        if (v.length() > MAX_CELL_CHARS) {
            v = v.substring(0, MAX_CELL_CHARS - CUT_MARK.length()) + CUT_MARK;
        }
        if (!v.isEmpty()) {
            cell.setCellValue(v);
        }
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("Export cancelled.");
        }
    }

    private static byte[] rgb(int rgb) {
        return new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
    }

    /** The few cell styles of the workbook, created once (Excel allows about 64,000 per file). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle editableHeader;
        final CellStyle numberHeader;
        final CellStyle text;
        final CellStyle wrap;
        final CellStyle bold;
        final CellStyle editableText;
        final CellStyle editableWrap;
        final CellStyle editableDate;
        final CellStyle integer;
        final CellStyle percent;
        final CellStyle overdue;
        final CellStyle overdueWrap;

        Styles(XSSFWorkbook wb) {
            short textFormat = wb.createDataFormat().getFormat("@");
            XSSFFont titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);
            title = wb.createCellStyle();
            title.setFont(titleFont);
            XSSFFont boldFont = wb.createFont();
            boldFont.setBold(true);
            header = headerStyle(wb, boldFont, HEADER_FILL);
            editableHeader = headerStyle(wb, boldFont, rgb(0xFFF2B3));
            numberHeader = headerStyle(wb, boldFont, HEADER_FILL);
            numberHeader.setAlignment(HorizontalAlignment.RIGHT);
            text = wb.createCellStyle();
            text.setDataFormat(textFormat);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            wrap = wb.createCellStyle();
            wrap.cloneStyleFrom(text);
            wrap.setWrapText(true);
            bold = wb.createCellStyle();
            bold.cloneStyleFrom(text);
            bold.setFont(boldFont);
            editableText = filled(wb, text, EDITABLE_FILL);
            editableWrap = filled(wb, wrap, EDITABLE_FILL);
            editableDate = filled(wb, text, EDITABLE_FILL);
            editableDate.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            integer = wb.createCellStyle();
            integer.setDataFormat(wb.createDataFormat().getFormat("0"));
            percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            XSSFFont redFont = wb.createFont();
            redFont.setColor(new XSSFColor(RED_TEXT, null));
            overdue = filled(wb, text, RED);
            overdue.setFont(redFont);
            overdueWrap = filled(wb, wrap, RED);
            overdueWrap.setFont(redFont);
        }

        CellStyle matrix(MatrixColumn c) {
            boolean longText = wraps(c);
            if (c.editable()) {
                return longText ? editableWrap : editableText;
            }
            return longText ? wrap : text;
        }

        private static CellStyle headerStyle(XSSFWorkbook wb, Font font, byte[] fill) {
            XSSFCellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setFillForegroundColor(new XSSFColor(fill, null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setBorderBottom(BorderStyle.THIN);
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }

        private static XSSFCellStyle filled(XSSFWorkbook wb, CellStyle base, byte[] fill) {
            XSSFCellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base);
            s.setFillForegroundColor(new XSSFColor(fill, null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
        }
    }
}
