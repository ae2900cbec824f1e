package org.compliancebridge.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.compliancebridge.domain.gap.Assessment;
import org.compliancebridge.domain.gap.AssessmentKey;
import org.compliancebridge.domain.gap.GapRow;
import org.compliancebridge.domain.gap.Scope;
import org.compliancebridge.domain.landscape.CatalogueItem;
import org.compliancebridge.domain.landscape.ItemKind;
import org.compliancebridge.ui.step.gap.AssessViewModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the assessment grid's text filter time per keystroke at 10,000 rows (the FilteredList with a
 * precomputed lower-case search text per row). Types queries letter by letter (and deletes them again), prints
 * median / p95 / max. Run: mvn -Pbench test -Dtest=GridFilterBenchmark.
 */
@Tag("benchmark")
class GridFilterBenchmark {
    private static final String[] WORDS = {"audit", "trail", "access", "control", "electronic", "record", "signature",
        "backup", "encryption", "personnel", "validation", "system", "change", "management", "supplier", "risk",
        "incident", "logging", "monitoring", "training", "document", "retention", "integrity", "review"};

    @Test
    void filterPerKeystroke() {
        List<GapRow> rows = new ArrayList<>();
        java.util.Random rnd = new java.util.Random(42);
        Scope org = Scope.organisation();
        for (int i = 0; i < 10_000; i++) {
            String fw = "fw-" + (i % 8);
            String id = "R-" + (i / 8) + "." + (i % 8);
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                text.append(WORDS[rnd.nextInt(WORDS.length)]).append(' ');
            }
            CatalogueItem item = new CatalogueItem(fw, id, id, Optional.empty(), ItemKind.CONTROL, "", "Title "
                    + WORDS[i % WORDS.length] + " " + WORDS[(i / 3) % WORDS.length], text.toString(), List.of(),
                    true, "quoted", "", false, "", i, 1);
            rows.add(new GapRow(item, "Framework " + (i % 8), "Section " + (i % 50), org, Assessment.notAssessed(
                    new AssessmentKey(item.ref(), org.key())), List.of(), 0));
        }
        AssessViewModel vm = AssessViewModel.detached(rows);
        List<String> queries = List.of("audit trail", "electronic signature", "r-1234", "encryption of backup",
                "zzzz no match", "supplier risk");
        List<Double> times = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (String q : queries) {
                for (int i = 1; i <= q.length(); i++) {
                    times.add(type(vm, q.substring(0, i), round));
                }
                for (int i = q.length() - 1; i >= 0; i--) {
                    times.add(type(vm, q.substring(0, i), round));
                }
            }
        }
        // the first round warms the JIT up and is left out
        double[] t = times.subList(times.size() / 4, times.size()).stream().mapToDouble(Double::doubleValue)
                .sorted().toArray();
        System.out.printf(Locale.ROOT, "grid filter, 10,000 rows, %d keystrokes: median %.2f ms, p95 %.2f ms,"
                + " max %.2f ms%n", t.length, t[t.length / 2], t[(int) (t.length * 0.95)], t[t.length - 1]);
        System.out.println("all (ms): " + Arrays.toString(Arrays.stream(t).map(x -> Math.round(x * 100) / 100.0)
                .toArray()).substring(0, 120) + "…");
    }

    private static double type(AssessViewModel vm, String text, int round) {
        long t0 = System.nanoTime();
        vm.searchText.set(text);
        int shown = vm.filtered.size();
        double ms = (System.nanoTime() - t0) / 1e6;
        if (shown < 0) {
            throw new AssertionError();
        }
        return ms;
    }
}
