package org.compliancebridge.domain.port;

import java.io.IOException;
import java.io.OutputStream;
import org.compliancebridge.domain.report.ReportDocument;

/** Renders a {@link ReportDocument} as a Word (DOCX) or PDF file. */
public interface ReportWriter {
    enum Format {
        DOCX("docx"), PDF("pdf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    void write(ReportDocument document, Format format, OutputStream out) throws IOException;
}
