package org.compliancebridge.export;

import org.compliancebridge.domain.report.ReportDocument.Chart;
import org.compliancebridge.domain.report.ReportDocument.Series;

/**
 * The value axis of a chart: its maximum and the gridline step, 1, 2 or 5 times a power of ten giving about five
 * gridlines. Shared by the DOCX and PDF renderers so that both formats show the same scale (and counts never get
 * gridlines at 0.5).
 */
record ChartScale(double max, double step) {
    static ChartScale of(Chart c) {
        double top = 0;
        for (int k = 0; k < c.categories().size(); k++) {
            double sum = 0;
            for (Series s : c.series()) {
                double v = Math.max(0, s.values().get(k));
                sum = c.stacked() ? sum + v : Math.max(sum, v);
            }
            top = Math.max(top, sum);
        }
        double step = 1;
        if (top > 5) {
            double raw = top / 5;
            double mag = Math.pow(10, Math.floor(Math.log10(raw)));
            double f = raw / mag;
            step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
        } else if (top > 0 && !wholeNumbers(c)) {
            double mag = Math.pow(10, Math.floor(Math.log10(top / 5)));
            step = mag * (top / mag / 5 <= 2 ? 2 : 5);
        }
        return new ChartScale(Math.max(step, Math.ceil(top / step) * step), step);
    }

    private static boolean wholeNumbers(Chart c) {
        return c.series().stream().flatMap(s -> s.values().stream()).allMatch(v -> v == Math.rint(v));
    }
}
