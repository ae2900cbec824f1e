package org.compliancebridge.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.text.XDDFTextRun;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.compliancebridge.domain.report.ReportDocument;
import org.compliancebridge.domain.report.ReportDocument.Block;
import org.compliancebridge.domain.report.ReportDocument.Chart;
import org.compliancebridge.domain.report.ReportDocument.Column;
import org.compliancebridge.domain.report.ReportDocument.Field;
import org.compliancebridge.domain.report.ReportDocument.Fields;
import org.compliancebridge.domain.report.ReportDocument.Heading;
import org.compliancebridge.domain.report.ReportDocument.Paragraph;
import org.compliancebridge.domain.report.ReportDocument.Row;
import org.compliancebridge.domain.report.ReportDocument.RowStyle;
import org.compliancebridge.domain.report.ReportDocument.Series;
import org.compliancebridge.domain.report.ReportDocument.Table;
import org.compliancebridge.domain.report.ReportDocument.TextStyle;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTCatAx;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Renders a {@link ReportDocument} as DOCX with Apache POI (XWPF). A blank XWPFDocument has no styles part, so the
 * Normal, Title and Heading 1-3 styles are created first (with outline levels, so Word and LibreOffice show the
 * navigation pane and can build a table of contents). A4 portrait, header with the document ID, footer with the
 * footer text and "page X of Y"; tables have a repeating header row and fixed column widths.
 */
final class DocxReportRenderer {
    private static final String FONT = "Calibri";
    private static final int PAGE_W = 11906;
    private static final int PAGE_H = 16838;
    private static final int MARGIN = 1020;
    private static final int TEXT_W = PAGE_W - 2 * MARGIN;
    private static final String HEADER_FILL = "D9E2F3";
    private static final String HIGHLIGHT_FILL = "FDE9D9";
    private static final String MUTED_FILL = "EDEDED";
    private static final String BORDER = "A6A6A6";
    private static final String GRID = "D9D9D9";
    private static final int EMU_PER_TWIP = 635;
    private static final int CM_EMU = 360_000;

    void render(ReportDocument doc, OutputStream out) throws IOException {
        try (XWPFDocument d = new XWPFDocument()) {
            d.getProperties().getCoreProperties().setTitle(doc.title() + " — " + doc.subtitle());
            d.getProperties().getCoreProperties().setCreator("ComplianceBridge");
            d.getProperties().getCoreProperties().setIdentifier(doc.documentId());
            createStyles(d);
            page(d);
            headerAndFooter(d, doc);
            XWPFParagraph title = d.createParagraph();
            title.setStyle("Title");
            title.createRun().setText(doc.title());
            if (!doc.subtitle().isBlank()) {
                XWPFParagraph sub = d.createParagraph();
                sub.setStyle("Subtitle");
                sub.createRun().setText(doc.subtitle());
            }
            XWPFParagraph id = d.createParagraph();
            XWPFRun idRun = id.createRun();
            idRun.setText(doc.documentId());
            idRun.setColor("595959");
            for (Block b : doc.blocks()) {
                if (b instanceof Heading h) {
                    XWPFParagraph p = d.createParagraph();
                    p.setStyle("Heading" + h.level());
                    p.createRun().setText(h.text());
                } else if (b instanceof Paragraph p) {
                    paragraph(d.createParagraph(), p.text(), p.style());
                } else if (b instanceof Fields f) {
                    fields(d, f.fields());
                } else if (b instanceof Table t) {
                    table(d, t);
                } else if (b instanceof Chart c) {
                    chart(d, c);
                }
            }
            d.write(out);
        }
    }

    /**
     * A native Word bar chart (chart part with its embedded workbook, so Word's "Edit data" works). Bars run
     * horizontally: framework and system names are long and stay readable on the category axis at the left; the
     * first category is drawn at the top, as in the PDF.
     */
    private static void chart(XWPFDocument d, Chart c) throws IOException {
        XWPFParagraph holder = d.createParagraph();
        holder.setSpacingAfter(120);
        XWPFChart chart;
        try {
            chart = d.createChart(holder.createRun(), TEXT_W * EMU_PER_TWIP, chartHeight(c));
        } catch (InvalidFormatException e) {
            throw new IOException("Could not add a chart part: " + e.getMessage(), e);
        }
        chart.setTitleText(c.title());
        chart.setTitleOverlay(false);
        // Word's default chart title (18 pt) dwarfs the document's own headings
        for (XDDFTextRun r : chart.getTitle().getBody().getParagraph(0).getTextRuns()) {
            r.setFontSize(11.0);
            r.setBold(true);
        }
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        // with the categories reversed, the value axis must cross at the last category to stay at the bottom
        valueAxis.setCrosses(AxisCrosses.MAX);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        ChartScale scale = ChartScale.of(c);
        valueAxis.setMinimum(0);
        valueAxis.setMaximum(scale.max());
        valueAxis.setMajorUnit(scale.step());
        if (!c.valueAxisTitle().isBlank()) {
            valueAxis.setTitle(c.valueAxisTitle());
        }
        valueAxis.getOrAddMajorGridProperties().setLineProperties(line(GRID));
        categoryAxis.getOrAddTextProperties().setFontSize(8.0);
        valueAxis.getOrAddTextProperties().setFontSize(8.0);
        int n = c.categories().size();
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(
                c.categories().toArray(new String[0]), chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        bars.setBarDirection(BarDirection.BAR);
        bars.setVaryColors(false);
        bars.setBarGrouping(c.stacked() ? BarGrouping.STACKED : BarGrouping.CLUSTERED);
        for (int i = 0; i < c.series().size(); i++) {
            Series s = c.series().get(i);
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(
                    s.values().toArray(new Double[0]), chart.formatRange(new CellRangeAddress(1, n, i + 1, i + 1)),
                    i + 1);
            XDDFChartData.Series series = bars.addSeries(categories, values);
            series.setTitle(s.name(), chart.setSheetTitle(s.name(), i + 1));
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb(s.rgb()))));
            series.setShapeProperties(shape);
        }
        chart.plot(bars);
        // Stacked segments must overlap fully or Word draws them side by side. XDDFBarChartData.setOverlap and
        // setGapWidth need schema types that poi-ooxml-lite does not ship, so the two values are set on the DOM.
        CTBarChart ct = chart.getCTChart().getPlotArea().getBarChartArray(0);
        // without an explicit skip of 1, LibreOffice hides every other category label when space is tight
        showEveryLabel(chart.getCTChart().getPlotArea().getCatAxArray(0));
        percent(ct.isSetGapWidth() ? ct.getGapWidth() : ct.addNewGapWidth(), c.stacked() ? 60 : 80);
        if (c.stacked()) {
            percent(ct.isSetOverlap() ? ct.getOverlap() : ct.addNewOverlap(), 100);
        }
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        legend.setOverlay(false);
    }

    /**
     * Adds {@code <c:tickLblSkip val="1"/>} in its schema position (before noMultiLvlLbl/extLst). Written with a
     * cursor because poi-ooxml-lite lacks the CTSkip type behind {@code CTCatAx.addNewTickLblSkip()}.
     */
    /** 8 cm; taller (up to 14 cm) when there are so many bars that they would get thinner than about 4 mm. */
    private static int chartHeight(Chart c) {
        int bars = c.categories().size() * (c.stacked() ? 1 : Math.max(1, c.series().size()));
        double cm = Math.max(8, Math.min(14, 4 + 0.4 * bars));
        return (int) Math.round(cm * CM_EMU);
    }

    private static void showEveryLabel(CTCatAx axis) {
        String ns = "http://schemas.openxmlformats.org/drawingml/2006/chart";
        // LibreOffice lets labels overlap (instead of hiding every other one) only when the rotation is explicitly 0
        axis.getTxPr().getBodyPr().setRot(0);
        try (XmlCursor cursor = axis.newCursor()) {
            boolean before = cursor.toChild(new QName(ns, "noMultiLvlLbl"));
            if (!before) {
                before = cursor.toChild(new QName(ns, "extLst"));
            }
            if (!before) {
                cursor.toEndToken();
            }
            cursor.beginElement(new QName(ns, "tickLblSkip", "c"));
            cursor.insertAttributeWithValue("val", "1");
        }
    }

    private static void percent(XmlObject element, int value) {
        try (XmlCursor cursor = element.newCursor()) {
            cursor.setAttributeText(new QName("val"), Integer.toString(value));
        }
    }

    private static XDDFLineProperties line(String hex) {
        XDDFLineProperties l = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb(hex))));
        l.setWidth(0.5);
        return l;
    }

    private static byte[] rgb(String hex) {
        int v = Integer.parseInt(hex, 16);
        return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }

    private static void paragraph(XWPFParagraph p, String text, TextStyle style) {
        String[] lines = text.split("\n", -1);
        XWPFRun r = p.createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
        if (style == TextStyle.NOTE || style == TextStyle.SMALL) {
            r.setFontSize(8.5);
            r.setColor("595959");
            if (style == TextStyle.NOTE) {
                r.setItalic(true);
            }
        }
    }

    private static void fields(XWPFDocument d, List<Field> fields) {
        XWPFTable t = d.createTable(fields.size(), 2);
        layout(t, new double[] {1.3, 3.7});
        noBorders(t);
        for (int i = 0; i < fields.size(); i++) {
            XWPFTableRow row = t.getRow(i);
            cell(row.getCell(0), fields.get(i).label(), true, 9.5);
            cell(row.getCell(1), fields.get(i).value(), false, 9.5);
        }
        spacer(d);
    }

    private static void table(XWPFDocument d, Table t) {
        int cols = t.columns().size();
        XWPFTable x = d.createTable(t.rows().size() + 1, cols);
        double[] w = t.columns().stream().mapToDouble(Column::weight).toArray();
        layout(x, w);
        String b = BORDER;
        x.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, b);
        x.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, b);
        x.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, b);
        x.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, b);
        x.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, b);
        x.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, b);
        XWPFTableRow header = x.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < cols; c++) {
            XWPFTableCell cell = header.getCell(c);
            cell(cell, t.columns().get(c).header(), true, 8.5);
            cell.setColor(HEADER_FILL);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = t.rows().get(r);
            XWPFTableRow xr = x.getRow(r + 1);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = xr.getCell(c);
                cell(cell, row.cells().get(c), false, 8.5);
                if (row.style() == RowStyle.HIGHLIGHT) {
                    cell.setColor(HIGHLIGHT_FILL);
                } else if (row.style() == RowStyle.MUTED) {
                    cell.setColor(MUTED_FILL);
                }
            }
        }
        spacer(d);
    }

    private static void spacer(XWPFDocument d) {
        XWPFParagraph p = d.createParagraph();
        p.setSpacingAfter(0);
        p.createRun().setFontSize(4);
    }

    private static void layout(XWPFTable t, double[] weights) {
        CTTblPr pr = t.getCTTbl().getTblPr() == null ? t.getCTTbl().addNewTblPr() : t.getCTTbl().getTblPr();
        CTTblWidth tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(TEXT_W));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int[] widths = new int[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = (int) Math.floor(TEXT_W * weights[i] / sum);
        }
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : t.getRows()) {
            for (int c = 0; c < row.getTableCells().size() && c < widths.length; c++) {
                CTTcPr tc = row.getCell(c).getCTTc().isSetTcPr() ? row.getCell(c).getCTTc().getTcPr()
                        : row.getCell(c).getCTTc().addNewTcPr();
                CTTblWidth cw = tc.isSetTcW() ? tc.getTcW() : tc.addNewTcW();
                cw.setType(STTblWidth.DXA);
                cw.setW(BigInteger.valueOf(widths[c]));
            }
            row.setHeightRule(TableRowHeightRule.AUTO);
        }
        t.setCellMargins(40, 80, 40, 80);
    }

    private static void noBorders(XWPFTable t) {
        t.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        t.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        t.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        t.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        t.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        t.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, double size) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        String[] lines = text.split("\n", -1);
        XWPFRun r = p.createRun();
        r.setBold(bold);
        r.setFontSize(size);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
    }

    private static void page(XWPFDocument d) {
        CTSectPr s = d.getDocument().getBody().isSetSectPr() ? d.getDocument().getBody().getSectPr()
                : d.getDocument().getBody().addNewSectPr();
        CTPageSz sz = s.isSetPgSz() ? s.getPgSz() : s.addNewPgSz();
        sz.setW(BigInteger.valueOf(PAGE_W));
        sz.setH(BigInteger.valueOf(PAGE_H));
        sz.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar m = s.isSetPgMar() ? s.getPgMar() : s.addNewPgMar();
        m.setTop(BigInteger.valueOf(1134));
        m.setBottom(BigInteger.valueOf(1134));
        m.setLeft(BigInteger.valueOf(MARGIN));
        m.setRight(BigInteger.valueOf(MARGIN));
        m.setHeader(BigInteger.valueOf(567));
        m.setFooter(BigInteger.valueOf(567));
    }

    private static void headerAndFooter(XWPFDocument d, ReportDocument doc) {
        XWPFHeader h = d.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph hp = h.createParagraph();
        hp.setAlignment(ParagraphAlignment.RIGHT);
        XWPFRun hr = hp.createRun();
        hr.setText(doc.title() + " · " + doc.documentId());
        hr.setFontSize(8);
        hr.setColor("595959");
        XWPFFooter f = d.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph fp = f.createParagraph();
        XWPFRun fr = fp.createRun();
        fr.setText(doc.footer() + " · page ");
        fr.setFontSize(8);
        fr.setColor("595959");
        field(fp, "PAGE");
        XWPFRun of = fp.createRun();
        of.setText(" of ");
        of.setFontSize(8);
        of.setColor("595959");
        field(fp, "NUMPAGES");
    }

    private static void field(XWPFParagraph p, String instr) {
        CTSimpleField f = p.getCTP().addNewFldSimple();
        f.setInstr(instr + " \\* MERGEFORMAT");
        var r = f.addNewR();
        CTRPr rpr = r.addNewRPr();
        rpr.addNewSz().setVal(BigInteger.valueOf(16));
        rpr.addNewColor().setVal("595959");
        r.addNewT().setStringValue("1");
    }

    private static void createStyles(XWPFDocument d) {
        XWPFStyles styles = d.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        styles.setDefaultFonts(fonts);
        styles.addStyle(style("Normal", "Normal", null, 20, false, null, -1, 0, 100));
        styles.addStyle(style("Title", "Title", "Normal", 48, true, "1F3864", -1, 0, 60));
        styles.addStyle(style("Subtitle", "Subtitle", "Normal", 30, false, "2F5496", -1, 0, 60));
        styles.addStyle(style("Heading1", "heading 1", "Normal", 30, true, "1F3864", 0, 360, 120));
        styles.addStyle(style("Heading2", "heading 2", "Normal", 24, true, "2F5496", 1, 240, 80));
        styles.addStyle(style("Heading3", "heading 3", "Normal", 21, true, "2F5496", 2, 200, 60));
    }

    /** A paragraph style; sizes in half-points, spacing in twentieths of a point, outline level -1 for none. */
    private static XWPFStyle style(String id, String name, String basedOn, int halfPoints, boolean bold, String color,
            int outline, int before, int after) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal("Normal");
        } else {
            s.setDefault(true);
        }
        s.addNewQFormat();
        CTPPrGeneral ppr = s.addNewPPr();
        var spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        if (outline >= 0) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            ppr.addNewKeepNext();
            s.addNewUiPriority().setVal(BigInteger.valueOf(9));
        }
        CTRPr rpr = s.addNewRPr();
        CTFonts f = rpr.addNewRFonts();
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        f.setCs(FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            rpr.addNewB();
        }
        if (color != null) {
            rpr.addNewColor().setVal(color);
        }
        return new XWPFStyle(s);
    }
}
