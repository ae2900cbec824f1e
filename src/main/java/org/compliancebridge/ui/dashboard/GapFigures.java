package org.compliancebridge.ui.dashboard;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.compliancebridge.domain.gap.GapSummary;

/**
 * Step 2's figures on the dashboard: compliance per framework (stacked bars by status, the status colours used
 * everywhere), per system, the heat map of gaps by section and the action counts.
 */
final class GapFigures {
    /** Compliant, partially, not compliant, not applicable, not assessed. */
    static final String[] COLOURS = {"#2E7D32", "#F9A825", "#C62828", "#9E9E9E", "#CFD8DC"};
    static final String[] NAMES = {"Compliant", "Partially compliant", "Not compliant", "Not applicable",
        "Not assessed"};

    private GapFigures() {
    }

    static Node build(GapSummary s) {
        Label open = figure(Integer.toString(s.openActions()), "Open actions", "dashboardOpenActions");
        Label overdue = figure(Integer.toString(s.overdueActions()), "Overdue actions", "dashboardOverdueActions");
        if (s.overdueActions() > 0) {
            overdue.getStyleClass().add(Styles.DANGER);
        }
        Label derived = figure(Integer.toString(s.derivedAwaitingReview()), "Derived, awaiting review",
                "dashboardDerived");
        HBox cards = new HBox(16, (Node) open.getParent(), overdue.getParent(), derived.getParent());

        Label legend = new Label("Colour: share of gaps among the assessed requirements of a section (all scopes) —"
                + " pale green none, amber some, red all; grey: nothing assessed yet. Hover for the figures.");
        legend.setWrapText(true);
        legend.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        // Actions first: what is open and overdue is what a compliance officer checks every morning.
        VBox box = new VBox(14, title("Action plan"), cards, title("Compliance per framework"), perFramework(s),
                title("Per system"), perScope(s), title("Gaps by section"), legend, heatMap(s));
        box.setId("dashboardGapFigures");
        return box;
    }

    private static Label title(String t) {
        Label l = new Label(t);
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private static Label figure(String value, String label, String id) {
        VBox card = DashboardView.card(label, new javafx.beans.property.ReadOnlyStringWrapper(value), id);
        return (Label) card.getChildren().get(0);
    }

    private static int[] counts(GapSummary.Counts c) {
        return new int[] {c.compliant(), c.partial(), c.notCompliant(), c.notApplicable(), c.notAssessed()};
    }

    private static Node perFramework(GapSummary s) {
        Map<String, GapSummary.Counts> byFw = new LinkedHashMap<>();
        for (GapSummary.Cell c : s.byFrameworkAndScope()) {
            byFw.merge(c.frameworkName(), c.counts(), GapSummary.Counts::plus);
        }
        CategoryAxis y = new CategoryAxis();
        NumberAxis x = new NumberAxis();
        x.setLabel("Requirement × scope");
        StackedBarChart<Number, String> chart = new StackedBarChart<>(x, y);
        chart.setId("dashboardFrameworkChart");
        chart.setAnimated(false);
        chart.setCategoryGap(10);
        chart.setLegendVisible(true);
        List<String> fws = new ArrayList<>(byFw.keySet());
        java.util.Collections.reverse(fws); // the chart draws categories bottom-up; list order reads top-down
        y.setCategories(javafx.collections.FXCollections.observableArrayList(fws));
        for (int i = 0; i < NAMES.length; i++) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(NAMES[i]);
            for (String fw : fws) {
                int v = counts(byFw.get(fw))[i];
                XYChart.Data<Number, String> d = new XYChart.Data<>(v, fw);
                String colour = COLOURS[i];
                d.nodeProperty().addListener((o, a, n) -> {
                    if (n != null) {
                        n.setStyle("-fx-bar-fill: " + colour + ";");
                        Tooltip.install(n, new Tooltip(fw + ": " + v));
                    }
                });
                series.getData().add(d);
            }
            chart.getData().add(series);
        }
        chart.setPrefHeight(Math.max(220, 48 * fws.size() + 90));
        chart.getStylesheets().add(java.util.Objects.requireNonNull(GapFigures.class.getResource("dashboard.css"))
                .toExternalForm());
        VBox box = new VBox(4, chart);
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, GapSummary.Counts> e : byFw.entrySet()) {
            lines.add(e.getKey() + " " + Math.round(e.getValue().compliance() * 100) + " %");
        }
        Label compliance = new Label("Compliant share of assessed, applicable requirements: "
                + String.join(" · ", lines));
        compliance.setId("dashboardComplianceLine");
        compliance.setWrapText(true);
        box.getChildren().add(compliance);
        return box;
    }

    private static Node perScope(GapSummary s) {
        Map<String, GapSummary.Counts> byScope = new LinkedHashMap<>();
        for (GapSummary.Cell c : s.byFrameworkAndScope()) {
            byScope.merge(c.scope().name(), c.counts(), GapSummary.Counts::plus);
        }
        GridPane g = new GridPane();
        g.setId("dashboardScopeTable");
        g.setHgap(24);
        g.setVgap(6);
        g.addRow(0, bold("Scope"), bold("Assessed"), bold("Compliant share"), bold("Gaps"), bold(""));
        int r = 1;
        for (Map.Entry<String, GapSummary.Counts> e : byScope.entrySet()) {
            GapSummary.Counts c = e.getValue();
            g.addRow(r++, new Label(e.getKey()), new Label(c.assessed() + " / " + c.total()), new Label(Math.round(
                    c.compliance() * 100) + " %"), new Label(Integer.toString(c.partial() + c.notCompliant())),
                    bar(c));
        }
        return g;
    }

    private static Label bold(String t) {
        Label l = new Label(t);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    /** A small stacked bar of one scope's statuses (same colours as the chart). */
    private static Node bar(GapSummary.Counts c) {
        HBox b = new HBox();
        int[] v = counts(c);
        double width = 260;
        for (int i = 0; i < v.length; i++) {
            if (v[i] == 0 || c.total() == 0) {
                continue;
            }
            javafx.scene.layout.Region part = new javafx.scene.layout.Region();
            part.setPrefSize(width * v[i] / c.total(), 14);
            part.setStyle("-fx-background-color: " + COLOURS[i] + ";");
            Tooltip.install(part, new Tooltip(NAMES[i] + ": " + v[i]));
            b.getChildren().add(part);
        }
        return b;
    }

    /**
     * One row per framework, one cell per section; colour by the share of gaps among the assessed pairs, from none
     * (pale green) through amber to red; grey where nothing is assessed yet (no colour claims what is unknown).
     */
    private static Node heatMap(GapSummary s) {
        Map<String, List<GapSummary.SectionCell>> byFw = new LinkedHashMap<>();
        for (GapSummary.SectionCell c : s.bySection()) {
            byFw.computeIfAbsent(c.frameworkName(), k -> new ArrayList<>()).add(c);
        }
        GridPane g = new GridPane();
        g.setId("dashboardHeatMap");
        g.setHgap(12);
        g.setVgap(8);
        int r = 0;
        for (Map.Entry<String, List<GapSummary.SectionCell>> e : byFw.entrySet()) {
            FlowPane cells = new FlowPane(4, 4);
            cells.setPrefWrapLength(860);
            for (GapSummary.SectionCell c : e.getValue()) {
                Label cell = new Label(shortName(c.section()));
                cell.setMinSize(USE(), 30);
                cell.setPrefHeight(30);
                cell.setAlignment(Pos.CENTER);
                cell.setPadding(new Insets(0, 8, 0, 8));
                Color col = c.assessed() == 0 ? Color.web("#ECEFF1") : colour(c.gapShare());
                boolean dark = col.getBrightness() < 0.75 && c.gapShare() > 0.35;
                cell.setStyle("-fx-background-color: " + web(col) + "; -fx-background-radius: 4; -fx-text-fill: "
                        + (dark ? "white" : "#1B1B1B") + ";");
                cell.getStyleClass().add("heat-cell");
                Tooltip t = new Tooltip(c.frameworkName() + " · " + c.section() + "\n" + (c.assessed() == 0
                        ? "Nothing assessed yet (" + c.requirements() + " applicable requirement × scope pairs)"
                        : c.gaps() + " gaps (" + c.notCompliant() + " not compliant) of " + c.assessed()
                                + " assessed of " + c.requirements() + " applicable requirement × scope pairs: "
                                + Math.round(c.gapShare() * 100) + " % gaps"));
                Tooltip.install(cell, t);
                cells.getChildren().add(cell);
            }
            Label fw = bold(e.getKey());
            fw.setMinWidth(110);
            g.addRow(r++, fw, cells);
        }
        return g;
    }

    private static double USE() {
        return javafx.scene.layout.Region.USE_PREF_SIZE;
    }

    private static String shortName(String section) {
        String t = section == null || section.isBlank() ? "(no section)" : section;
        return t.length() > 28 ? t.substring(0, 27) + "…" : t;
    }

    /** 0 → pale green-grey, 0.01..0.5 → amber, 1 → red. */
    static Color colour(double share) {
        if (share <= 0) {
            return Color.web("#E8F5E9");
        }
        Color amber = Color.web("#F9A825");
        Color red = Color.web("#C62828");
        if (share < 0.5) {
            return Color.web("#FFF3C4").interpolate(amber, share / 0.5);
        }
        return amber.interpolate(red, (share - 0.5) / 0.5);
    }

    private static String web(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", (int) Math.round(c.getRed() * 255), (int) Math.round(
                c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
    }
}
