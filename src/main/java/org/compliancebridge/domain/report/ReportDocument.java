package org.compliancebridge.domain.report;

import java.util.List;
import java.util.Objects;

/**
 * A document to print, independent of the output format: title block, then headings, paragraphs, label/value
 * fields and tables. Services build it; the export adapters render it as DOCX or PDF, so both formats always carry
 * the same content.
 *
 * @param documentId stable identifier printed in the header of every page (e.g. "CB-LANDSCAPE rev. 3")
 * @param footer     printed at the bottom of every page, before the page number
 */
public record ReportDocument(String title, String subtitle, String documentId, String footer, List<Block> blocks) {
    public ReportDocument {
        Objects.requireNonNull(title);
        subtitle = subtitle == null ? "" : subtitle;
        documentId = documentId == null ? "" : documentId;
        footer = footer == null ? "" : footer;
        blocks = List.copyOf(blocks);
    }

    /** One element of the document body. */
    public sealed interface Block permits Heading, Paragraph, Fields, Table, Chart {
    }

    /** A heading; level 1 starts a chapter, 2 a section, 3 a subsection. */
    public record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level 1-3");
            }
        }
    }

    public enum TextStyle { NORMAL, NOTE, SMALL }

    public record Paragraph(String text, TextStyle style) implements Block {
        public static Paragraph of(String text) {
            return new Paragraph(text, TextStyle.NORMAL);
        }

        public static Paragraph note(String text) {
            return new Paragraph(text, TextStyle.NOTE);
        }
    }

    /** Label/value pairs shown as a two-column borderless table. */
    public record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    public record Field(String label, String value) {
    }

    /** A table whose header row repeats on every page. */
    public record Table(List<Column> columns, List<Row> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            for (Row r : rows) {
                if (r.cells().size() != columns.size()) {
                    throw new IllegalArgumentException("row has " + r.cells().size() + " cells, table has "
                            + columns.size() + " columns");
                }
            }
        }
    }

    /** A column: header text and relative width. */
    public record Column(String header, double weight) {
    }

    public enum RowStyle { NORMAL, HIGHLIGHT, MUTED }

    public record Row(List<String> cells, RowStyle style) {
        public Row {
            cells = cells.stream().map(c -> c == null ? "" : c).toList();
        }

        public static Row of(String... cells) {
            return new Row(List.of(cells), RowStyle.NORMAL);
        }
    }

    /**
     * A bar chart of counts: one group of bars per category, one bar per series (stacked into one bar per category
     * when {@code stacked}). DOCX renders it as a native Word chart, PDF draws it; both print the same legend.
     */
    public record Chart(String title, List<String> categories, List<Series> series, boolean stacked,
            String valueAxisTitle) implements Block {
        public Chart {
            Objects.requireNonNull(title);
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            valueAxisTitle = valueAxisTitle == null ? "" : valueAxisTitle;
            for (Series s : series) {
                if (s.values().size() != categories.size()) {
                    throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                            + " values, chart has " + categories.size() + " categories");
                }
            }
        }
    }

    /** One series of a chart; {@code rgb} is its colour as six hex digits (e.g. "2E7D32"). */
    public record Series(String name, String rgb, List<Double> values) {
        public Series {
            Objects.requireNonNull(name);
            if (rgb == null || !rgb.matches("[0-9A-Fa-f]{6}")) {
                throw new IllegalArgumentException("colour must be six hex digits: " + rgb);
            }
            values = List.copyOf(values);
        }
    }
}
