package org.compliancebridge.export;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.compliancebridge.domain.report.ReportDocument;
import org.compliancebridge.domain.report.ReportDocument.Block;
import org.compliancebridge.domain.report.ReportDocument.Chart;
import org.compliancebridge.domain.report.ReportDocument.Field;
import org.compliancebridge.domain.report.ReportDocument.Fields;
import org.compliancebridge.domain.report.ReportDocument.Heading;
import org.compliancebridge.domain.report.ReportDocument.Paragraph;
import org.compliancebridge.domain.report.ReportDocument.Row;
import org.compliancebridge.domain.report.ReportDocument.RowStyle;
import org.compliancebridge.domain.report.ReportDocument.Series;
import org.compliancebridge.domain.report.ReportDocument.Table;
import org.compliancebridge.domain.report.ReportDocument.TextStyle;

/**
 * Renders a {@link ReportDocument} as PDF with PDFBox. Text uses the DejaVu Sans fonts bundled with the application
 * (embedded as subsets), so names such as "Müller" or "Ωmega" print correctly without any system font. A4 portrait;
 * every page carries the document ID at the top and the footer with "page X of Y" at the bottom; tables wrap their
 * cells, repeat the header row on each page and split rows that are taller than a page.
 */
final class PdfReportRenderer {
    private static final float W = PDRectangle.A4.getWidth();
    private static final float H = PDRectangle.A4.getHeight();
    private static final float LEFT = 50;
    private static final float RIGHT = W - 50;
    private static final float TOP = H - 58;
    private static final float BOTTOM = 58;
    private static final float PAD = 3;
    private static final float LABEL_SHARE = 0.27f;
    private static final Color TEXT = new Color(0x1a, 0x1a, 0x1a);
    private static final Color MUTED_TEXT = new Color(0x59, 0x59, 0x59);
    private static final Color HEAD = new Color(0x1F, 0x38, 0x64);
    private static final Color HEAD2 = new Color(0x2F, 0x54, 0x96);
    private static final Color HEADER_FILL = new Color(0xD9, 0xE2, 0xF3);
    private static final Color HIGHLIGHT_FILL = new Color(0xFD, 0xE9, 0xD9);
    private static final Color MUTED_FILL = new Color(0xED, 0xED, 0xED);
    private static final Color BORDER = new Color(0xA6, 0xA6, 0xA6);
    private static final Color GRID = new Color(0xD9, 0xD9, 0xD9);
    private static final Color AXIS = new Color(0x7F, 0x7F, 0x7F);

    private PDDocument pdf;
    private PDType0Font regular;
    private PDType0Font bold;
    private PDPageContentStream cs;
    private float y;
    private final Map<PDType0Font, Map<Integer, Boolean>> encodable = new HashMap<>();

    void render(ReportDocument doc, OutputStream out) throws IOException {
        try (PDDocument d = new PDDocument()) {
            pdf = d;
            regular = font("DejaVuSans.ttf");
            bold = font("DejaVuSans-Bold.ttf");
            PDDocumentInformation info = d.getDocumentInformation();
            info.setTitle(doc.title() + " — " + doc.subtitle());
            info.setSubject(doc.documentId());
            info.setCreator("ComplianceBridge");
            info.setProducer("ComplianceBridge (Apache PDFBox)");
            info.setCreationDate(Calendar.getInstance());
            newPage();
            text(doc.title(), bold, 22, HEAD, 0);
            y -= 4;
            if (!doc.subtitle().isBlank()) {
                text(doc.subtitle(), regular, 14, HEAD2, 0);
            }
            text(doc.documentId(), regular, 9.5f, MUTED_TEXT, 0);
            y -= 6;
            List<Block> blocks = doc.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                if (b instanceof Heading h) {
                    // keep the heading with what follows: a whole field block if it fits, else a few lines
                    float next = 60;
                    if (i + 1 < blocks.size() && blocks.get(i + 1) instanceof Fields f) {
                        float fh = fieldsHeight(f.fields());
                        next = fh < (TOP - BOTTOM) * 0.6f ? fh : 60;
                    } else if (i + 1 < blocks.size() && blocks.get(i + 1) instanceof Chart c) {
                        float ch = new ChartLayout(c).height();
                        next = ch < (TOP - BOTTOM) * 0.8f ? ch : 60;
                    }
                    heading(h, next);
                } else if (b instanceof Paragraph p) {
                    boolean note = p.style() != TextStyle.NORMAL;
                    text(p.text(), regular, note ? 8 : 9.5f, note ? MUTED_TEXT : TEXT, 0);
                    y -= 5;
                } else if (b instanceof Fields f) {
                    fields(f.fields());
                } else if (b instanceof Table t) {
                    table(t);
                } else if (b instanceof Chart c) {
                    chart(c);
                }
            }
            cs.close();
            decorate(doc);
            d.save(out);
        } finally {
            pdf = null;
            cs = null;
        }
    }

    private PDType0Font font(String name) throws IOException {
        try (InputStream in = PdfReportRenderer.class.getResourceAsStream("/org/compliancebridge/export/fonts/"
                + name)) {
            if (in == null) {
                throw new IllegalStateException("Bundled font missing: " + name);
            }
            return PDType0Font.load(pdf, in, true);
        }
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        cs = new PDPageContentStream(pdf, page);
        y = TOP;
    }

    private void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void heading(Heading h, float keepWithNext) throws IOException {
        float size = h.level() == 1 ? 15 : h.level() == 2 ? 12.5f : 11;
        float space = h.level() == 1 ? 16 : 10;
        ensure(space + size * 1.3f * 2 + keepWithNext);
        if (y < TOP) {
            y -= space;
        }
        text(h.text(), bold, size, h.level() == 1 ? HEAD : HEAD2, 0);
        y -= 3;
    }

    /** Wrapped text across the full width, starting a new page when needed. */
    private void text(String s, PDType0Font font, float size, Color color, float indent) throws IOException {
        float leading = size * 1.32f;
        for (String line : wrap(s, font, size, RIGHT - LEFT - indent)) {
            ensure(leading);
            y -= leading;
            show(line, font, size, color, LEFT + indent, y + leading * 0.25f);
        }
    }

    private void fields(List<Field> fields) throws IOException {
        float size = 9.5f;
        float leading = size * 1.32f;
        float labelW = (RIGHT - LEFT) * LABEL_SHARE;
        // Keep a block of fields together on one page when it fits on a page at all.
        float total = fieldsHeight(fields);
        if (total < (TOP - BOTTOM) * 0.6f) {
            ensure(total);
        }
        for (Field f : fields) {
            List<String> label = wrap(f.label(), bold, size, labelW - 8);
            List<String> value = wrap(f.value(), regular, size, RIGHT - LEFT - labelW);
            int lines = Math.max(label.size(), value.size());
            if (lines * leading < TOP - BOTTOM) {
                ensure(lines * leading + 2);
            }
            for (int i = 0; i < lines; i++) {
                ensure(leading);
                y -= leading;
                if (i < label.size()) {
                    show(label.get(i), bold, size, TEXT, LEFT, y + leading * 0.25f);
                }
                if (i < value.size()) {
                    show(value.get(i), regular, size, TEXT, LEFT + labelW, y + leading * 0.25f);
                }
            }
            y -= 2;
        }
        y -= 6;
    }

    private float fieldsHeight(List<Field> fields) throws IOException {
        float size = 9.5f;
        float leading = size * 1.32f;
        float labelW = (RIGHT - LEFT) * LABEL_SHARE;
        float total = 0;
        for (Field f : fields) {
            total += Math.max(wrap(f.label(), bold, size, labelW - 8).size(), wrap(f.value(), regular, size,
                    RIGHT - LEFT - labelW).size()) * leading + 2;
        }
        return total;
    }

    private void table(Table t) throws IOException {
        float size = 8;
        float leading = size * 1.3f;
        int n = t.columns().size();
        float total = 0;
        for (var c : t.columns()) {
            total += (float) c.weight();
        }
        float[] widths = new float[n];
        for (int i = 0; i < n; i++) {
            widths[i] = (RIGHT - LEFT) * (float) t.columns().get(i).weight() / total;
        }
        List<List<String>> header = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            header.add(wrap(t.columns().get(i).header(), bold, size, widths[i] - 2 * PAD));
        }
        float headerH = height(header, leading);
        ensure(headerH + leading * 2 + 2 * PAD);
        drawRow(header, widths, bold, size, leading, HEADER_FILL, 0, lines(header));
        for (Row r : t.rows()) {
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                cells.add(wrap(r.cells().get(i), regular, size, widths[i] - 2 * PAD));
            }
            Color fill = r.style() == RowStyle.HIGHLIGHT ? HIGHLIGHT_FILL : r.style() == RowStyle.MUTED ? MUTED_FILL
                    : null;
            int total2 = lines(cells);
            int from = 0;
            while (from < total2) {
                int fit = (int) Math.floor((y - BOTTOM - 2 * PAD) / leading);
                if (fit < Math.min(total2 - from, 2)) {
                    newPage();
                    drawRow(header, widths, bold, size, leading, HEADER_FILL, 0, lines(header));
                    continue;
                }
                int take = Math.min(fit, total2 - from);
                drawRow(cells, widths, regular, size, leading, fill, from, take);
                from += take;
                if (from < total2) {
                    newPage();
                    drawRow(header, widths, bold, size, leading, HEADER_FILL, 0, lines(header));
                }
            }
        }
        y -= 10;
    }

    /**
     * The geometry of a horizontal bar chart, computed before drawing so that the chart and its title can be kept on
     * one page. Bars run horizontally (long framework names stay readable at the left), first category at the top,
     * as in the DOCX chart.
     */
    private final class ChartLayout {
        static final float TITLE = 10.5f;
        static final float LABEL = 7.5f;
        static final float LEGEND_ROW = 12;
        final Chart chart;
        final float labelW;
        final float band;
        final float plotH;
        final List<List<Series>> legendRows = new ArrayList<>();
        final double max;
        final double step;

        ChartLayout(Chart c) throws IOException {
            chart = c;
            float widest = 0;
            for (String cat : c.categories()) {
                widest = Math.max(widest, width(clean(cat, regular), regular, LABEL));
            }
            labelW = Math.min(widest + 6, (RIGHT - LEFT) * 0.38f);
            int n = Math.max(1, c.series().size());
            band = c.stacked() || n == 1 ? 18 : Math.max(16, n * 7 + 8);
            plotH = Math.max(1, c.categories().size()) * band;
            ChartScale scale = ChartScale.of(c);
            step = scale.step();
            max = scale.max();
            // legend entries flow left to right and wrap to the next row when the width is used up
            List<Series> row = new ArrayList<>();
            float x = 0;
            for (Series s : c.series()) {
                float w = 14 + width(clean(s.name(), regular), regular, LABEL) + 14;
                if (!row.isEmpty() && x + w > RIGHT - LEFT) {
                    legendRows.add(row);
                    row = new ArrayList<>();
                    x = 0;
                }
                row.add(s);
                x += w;
            }
            if (!row.isEmpty()) {
                legendRows.add(row);
            }
        }

        /** Title, plot, tick numbers, axis title and legend, with the space after the chart. */
        float height() {
            return TITLE * 1.6f + 6 + plotH + 12 + (chart.valueAxisTitle().isBlank() ? 0 : 12) + 6
                    + legendRows.size() * LEGEND_ROW + 10;
        }
    }

    private void chart(Chart c) throws IOException {
        ChartLayout l = new ChartLayout(c);
        float total = l.height();
        if (total < TOP - BOTTOM) {
            ensure(total);
        }
        y -= ChartLayout.TITLE * 1.6f;
        show(clean(c.title(), bold), bold, ChartLayout.TITLE, HEAD2, LEFT, y + ChartLayout.TITLE * 0.4f);
        y -= 6;
        float x0 = LEFT + l.labelW;
        float plotW = RIGHT - x0 - 8;
        float top = y;
        float bottom = y - l.plotH;
        // gridlines with their numbers under the plot
        cs.setLineWidth(0.5f);
        for (double v = 0; v <= l.max + l.step / 2; v += l.step) {
            float x = x0 + (float) (v / l.max) * plotW;
            cs.setStrokingColor(v == 0 ? AXIS : GRID);
            cs.moveTo(x, top);
            cs.lineTo(x, bottom);
            cs.stroke();
            String num = number(v, l.step);
            float nw = width(num, regular, ChartLayout.LABEL);
            show(num, regular, ChartLayout.LABEL, MUTED_TEXT, x - nw / 2, bottom - 9);
        }
        int n = c.series().size();
        for (int k = 0; k < c.categories().size(); k++) {
            float bandTop = top - k * l.band;
            String label = fit(clean(c.categories().get(k), regular), regular, ChartLayout.LABEL, l.labelW - 6);
            show(label, regular, ChartLayout.LABEL, TEXT, LEFT, bandTop - l.band / 2 - ChartLayout.LABEL * 0.35f);
            float inner = l.band * 0.72f;
            float barTop = bandTop - (l.band - inner) / 2;
            float offset = 0;
            for (int i = 0; i < n; i++) {
                Series s = c.series().get(i);
                float w = (float) (Math.max(0, s.values().get(k)) / l.max) * plotW;
                cs.setNonStrokingColor(new Color(Integer.parseInt(s.rgb(), 16)));
                if (c.stacked()) {
                    cs.addRect(x0 + offset, barTop - inner, w, inner);
                    offset += w;
                } else {
                    float h = inner / n;
                    cs.addRect(x0, barTop - (i + 1) * h, w, h);
                }
                cs.fill();
            }
        }
        cs.setStrokingColor(AXIS);
        cs.moveTo(x0, bottom);
        cs.lineTo(x0 + plotW, bottom);
        cs.stroke();
        y = bottom - 12;
        if (!c.valueAxisTitle().isBlank()) {
            String t = clean(c.valueAxisTitle(), regular);
            float tw = width(t, regular, ChartLayout.LABEL);
            y -= 12;
            show(t, regular, ChartLayout.LABEL, MUTED_TEXT, x0 + (plotW - tw) / 2, y + 3);
        }
        y -= 6;
        for (List<Series> row : l.legendRows) {
            y -= ChartLayout.LEGEND_ROW;
            float x = LEFT;
            for (Series s : row) {
                cs.setNonStrokingColor(new Color(Integer.parseInt(s.rgb(), 16)));
                cs.addRect(x, y + 1, 8, 8);
                cs.fill();
                String name = clean(s.name(), regular);
                show(name, regular, ChartLayout.LABEL, TEXT, x + 12, y + 2);
                x += 14 + width(name, regular, ChartLayout.LABEL) + 14;
            }
        }
        y -= 10;
    }

    private static String number(double v, double step) {
        return step >= 1 ? String.valueOf(Math.round(v)) : String.format(java.util.Locale.ROOT, "%.2f", v)
                .replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** The text, shortened with an ellipsis when it is wider than {@code maxWidth}. */
    private String fit(String s, PDType0Font font, float size, float maxWidth) throws IOException {
        if (width(s, font, size) <= maxWidth) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && width(t + "…", font, size) > maxWidth) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "…";
    }

    private static int lines(List<List<String>> cells) {
        int m = 1;
        for (List<String> c : cells) {
            m = Math.max(m, c.size());
        }
        return m;
    }

    private static float height(List<List<String>> cells, float leading) {
        return lines(cells) * leading + 2 * PAD;
    }

    /** Draws lines {@code from .. from+count} of a row's cells at the cursor, with fill and borders. */
    private void drawRow(List<List<String>> cells, float[] widths, PDType0Font font, float size, float leading,
            Color fill, int from, int count) throws IOException {
        float h = count * leading + 2 * PAD;
        float top = y;
        float x = LEFT;
        if (fill != null) {
            cs.setNonStrokingColor(fill);
            cs.addRect(LEFT, top - h, RIGHT - LEFT, h);
            cs.fill();
        }
        cs.setStrokingColor(BORDER);
        cs.setLineWidth(0.5f);
        for (int i = 0; i < widths.length; i++) {
            cs.addRect(x, top - h, widths[i], h);
            cs.stroke();
            List<String> c = cells.get(i);
            for (int k = 0; k < count && from + k < c.size(); k++) {
                float baseline = top - PAD - (k + 1) * leading + leading * 0.25f;
                show(c.get(from + k), font, size, TEXT, x + PAD, baseline);
            }
            x += widths[i];
        }
        y = top - h;
    }

    private void show(String s, PDType0Font font, float size, Color color, float x, float baseline)
            throws IOException {
        if (s.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset(x, baseline);
        cs.showText(s);
        cs.endText();
    }

    /** Header and footer on every page, once the page count is known. */
    private void decorate(ReportDocument doc) throws IOException {
        int count = pdf.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = pdf.getPage(i);
            try (PDPageContentStream c = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                cs = c;
                String head = clean(doc.title() + " · " + doc.documentId(), regular);
                float hw = width(head, regular, 7.5f);
                show(head, regular, 7.5f, MUTED_TEXT, RIGHT - hw, H - 36);
                c.setStrokingColor(BORDER);
                c.setLineWidth(0.5f);
                c.moveTo(LEFT, H - 42);
                c.lineTo(RIGHT, H - 42);
                c.stroke();
                c.moveTo(LEFT, 44);
                c.lineTo(RIGHT, 44);
                c.stroke();
                String pageText = "page " + (i + 1) + " of " + count;
                float pw = width(pageText, regular, 7.5f);
                List<String> foot = wrap(doc.footer(), regular, 7.5f, RIGHT - LEFT - pw - 16);
                float fy = 34;
                for (String line : foot) {
                    show(line, regular, 7.5f, MUTED_TEXT, LEFT, fy);
                    fy -= 9;
                }
                show(pageText, regular, 7.5f, MUTED_TEXT, RIGHT - pw, 34);
            }
        }
    }

    private float width(String s, PDType0Font font, float size) throws IOException {
        return font.getStringWidth(s) / 1000f * size;
    }

    /** Replaces characters the font cannot encode (and control characters) so that text never fails to print. */
    private String clean(String s, PDType0Font font) {
        Map<Integer, Boolean> known = encodable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\t') {
                sb.append(' ');
                return;
            }
            if (Character.isISOControl(cp)) {
                return;
            }
            boolean ok = known.computeIfAbsent(cp, k -> {
                try {
                    font.encode(new String(Character.toChars(k)));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            if (ok) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('?');
            }
        });
        return sb.toString();
    }

    /** Splits text into lines that fit {@code maxWidth}: at line breaks, then at spaces, else inside a word. */
    private List<String> wrap(String text, PDType0Font font, float size, float maxWidth) throws IOException {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            String p = clean(para, font);
            String indent = "";
            int lead = 0;
            while (lead < p.length() && p.charAt(lead) == ' ') {
                lead++;
            }
            if (lead > 0) {
                indent = p.substring(0, lead);
                p = p.substring(lead);
            }
            if (p.isEmpty()) {
                out.add("");
                continue;
            }
            String[] words = p.split(" ");
            StringBuilder line = new StringBuilder(indent);
            for (String w : words) {
                String candidate = line.length() == indent.length() ? line + w : line + " " + w;
                if (width(candidate, font, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > indent.length()) {
                    out.add(line.toString());
                    line.setLength(0);
                    line.append(indent);
                }
                // a single word wider than the column (URL, hash): break it by characters
                String rest = w;
                while (width(line + rest, font, size) > maxWidth && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(line + rest.substring(0, cut), font, size) > maxWidth) {
                        cut--;
                    }
                    out.add(line + rest.substring(0, cut));
                    line.setLength(0);
                    line.append(indent);
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            out.add(line.toString());
        }
        return out;
    }
}
