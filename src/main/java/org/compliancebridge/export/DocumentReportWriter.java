package org.compliancebridge.export;

import java.io.IOException;
import java.io.OutputStream;
import org.compliancebridge.domain.port.ReportWriter;
import org.compliancebridge.domain.report.ReportDocument;

/** Writes report documents as DOCX (Apache POI) or PDF (Apache PDFBox with the bundled DejaVu Sans fonts). */
public final class DocumentReportWriter implements ReportWriter {
    @Override
    public void write(ReportDocument document, Format format, OutputStream out) throws IOException {
        switch (format) {
            case DOCX -> new DocxReportRenderer().render(document, out);
            case PDF -> new PdfReportRenderer().render(document, out);
            default -> throw new IllegalArgumentException(format.name());
        }
    }
}
