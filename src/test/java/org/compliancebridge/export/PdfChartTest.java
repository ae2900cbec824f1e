package org.compliancebridge.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.compliancebridge.domain.report.ReportDocument.Chart;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfChartTest {
    @TempDir
    Path tmp;

    private Path render() throws Exception {
        Path pdf = tmp.resolve("charts.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new PdfReportRenderer().render(ChartSamples.document(), out);
        }
        Path keep = Path.of("target", "report-samples");
        Files.createDirectories(keep);
        Files.copy(pdf, keep.resolve("charts.pdf"), StandardCopyOption.REPLACE_EXISTING);
        return pdf;
    }

    @Test
    void chartTitleCategoriesLegendAndAxisAreOnTheSamePage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(render().toFile())) {
            assertThat(doc.getNumberOfPages()).isBetween(2, 3);
            String first = page(doc, 1);
            assertChart(first, ChartSamples.STATUS);
            assertThat(first).contains("0", "20", "40", "60", "80");
            // the second chart follows a table that fills the page: it starts a page rather than being split
            int p = -1;
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                if (page(doc, i).contains(ChartSamples.ACTIONS.title())) {
                    p = i;
                }
            }
            assertThat(p).isPositive();
            assertChart(page(doc, p), ChartSamples.ACTIONS);
        }
    }

    private static void assertChart(String pageText, Chart c) {
        assertThat(pageText).contains(c.title(), c.valueAxisTitle());
        assertThat(pageText).contains(c.categories());
        c.series().forEach(s -> assertThat(pageText).contains(s.name()));
    }

    private static String page(PDDocument doc, int n) throws Exception {
        PDFTextStripper t = new PDFTextStripper();
        t.setStartPage(n);
        t.setEndPage(n);
        return t.getText(doc).replaceAll("\\s+", " ");
    }

    @Test
    void qpdfFindsNoErrors() throws Exception {
        Assumptions.assumeTrue(ChartSamples.onPath("qpdf"), "qpdf is not installed: the structural check of the PDF"
                + " was skipped");
        Path pdf = render();
        assertThat(ChartSamples.run(tmp, "qpdf", "--check", pdf.toString())).isZero();
    }
}
