package org.compliancebridge.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.compliancebridge.domain.report.ReportDocument.Chart;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxChartTest {
    @TempDir
    Path tmp;

    @Test
    void chartsAreNativeWordBarChartsWithTheirSeriesCategoriesAndValues() throws Exception {
        Path docx = tmp.resolve("charts.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new DocxReportRenderer().render(ChartSamples.document(), out);
        }
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            List<XWPFChart> charts = d.getCharts();
            assertThat(charts).hasSize(2);
            check(charts.get(0), ChartSamples.STATUS, BarGrouping.STACKED);
            check(charts.get(1), ChartSamples.ACTIONS, BarGrouping.CLUSTERED);
            assertThat(charts.get(0).getCTChart().getTitle().getTx().getRich().getPArray(0).getRArray(0).getT())
                    .isEqualTo(ChartSamples.STATUS.title());
            assertThat(charts.get(0).getCTChart().getLegend().getLegendPos().getVal().toString()).isEqualTo("b");
            assertThat(charts.get(0).getCTChart().getPlotArea().getValAxArray(0).getTitle().getTx().getRich()
                    .getPArray(0).getRArray(0).getT()).isEqualTo("Requirements");
            // the embedded workbook behind "Edit data" holds the same numbers
            assertThat(charts.get(0).getWorkbook().getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("21 CFR Part 11");
        }
    }

    private static void check(XWPFChart chart, Chart expected, BarGrouping grouping) {
        List<XDDFChartData> data = chart.getChartSeries();
        assertThat(data).hasSize(1);
        XDDFBarChartData bars = (XDDFBarChartData) data.get(0);
        assertThat(bars.getBarDirection()).isEqualTo(BarDirection.BAR);
        assertThat(bars.getBarGrouping()).isEqualTo(grouping);
        assertThat(bars.getSeriesCount()).isEqualTo(expected.series().size());
        for (int i = 0; i < expected.series().size(); i++) {
            XDDFChartData.Series s = bars.getSeries(i);
            assertThat(chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(i).getTx().getStrRef()
                    .getStrCache().getPtArray(0).getV()).isEqualTo(expected.series().get(i).name());
            assertThat(s.getCategoryData().getPointCount()).isEqualTo(expected.categories().size());
            for (int k = 0; k < expected.categories().size(); k++) {
                assertThat(s.getCategoryData().getPointAt(k)).isEqualTo(expected.categories().get(k));
                assertThat(s.getValuesData().getPointAt(k).doubleValue())
                        .isEqualTo(expected.series().get(i).values().get(k));
            }
            String fill = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(i).getSpPr()
                    .getSolidFill().getSrgbClr().xgetVal().getStringValue();
            assertThat(fill).isEqualToIgnoringCase(expected.series().get(i).rgb());
        }
    }

    @Test
    void libreOfficeOpensTheDocumentWithItsCharts() throws Exception {
        Assumptions.assumeTrue(ChartSamples.onPath("soffice"), "soffice (LibreOffice) is not installed: the check"
                + " that a real word processor opens the DOCX was skipped");
        Path docx = tmp.resolve("charts.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new DocxReportRenderer().render(ChartSamples.document(), out);
        }
        int rc = ChartSamples.run(tmp, "soffice", "-env:UserInstallation=file://" + tmp.resolve("lo-profile"),
                "--headless", "--convert-to", "pdf", "--outdir", tmp.toString(), docx.toString());
        assertThat(rc).isZero();
        assertThat(tmp.resolve("charts.pdf")).exists().isNotEmptyFile();
        Path keep = Path.of("target", "report-samples");
        Files.createDirectories(keep);
        Files.copy(docx, keep.resolve("charts.docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(tmp.resolve("charts.pdf"), keep.resolve("charts-docx-via-soffice.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
