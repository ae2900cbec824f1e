package org.compliancebridge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.compliancebridge.domain.landscape.Catalogue;
import org.compliancebridge.domain.landscape.ItemKind;
import org.compliancebridge.domain.landscape.ProgressMonitor;
import org.compliancebridge.service.CatalogueIndex;
import org.compliancebridge.service.CatalogueService;
import org.compliancebridge.service.Session;
import org.compliancebridge.testsupport.LandscapeWorkspaces;
import org.compliancebridge.testsupport.LargeCatalogues;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: prints (1) how long importing a catalogue of the full NIST SP 800-53 size takes (~1,200 controls,
 * parse + validate + store in one audited transaction on an encrypted workspace), and (2) the search time per
 * keystroke over more than 5,000 items. Run: mvn -Pbench test -Dtest=CatalogueBenchmark.
 */
@Tag("benchmark")
class CatalogueBenchmark {
    @Test
    void importAndSearch() throws Exception {
        Path dir = Files.createTempDirectory("cb-bench");
        LandscapeWorkspaces ws = new LandscapeWorkspaces();
        try (Session s = ws.create(dir.resolve("ws"))) {
            CatalogueService svc = new CatalogueService(s, LandscapeWorkspaces.READER, ws.bundled);
            for (int run = 1; run <= 3; run++) {
                Path file = dir.resolve("large-" + run + ".json");
                Files.write(file, LargeCatalogues.nistLike(8, "bench-" + run));
                long t0 = System.nanoTime();
                Catalogue c = svc.importFile(file, Optional.empty(), false, null, ProgressMonitor.NONE);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                long controls = svc.items(c.frameworkId()).stream().filter(i -> i.kind() == ItemKind.CONTROL).count();
                System.out.printf(Locale.ROOT, "import run %d: %,d controls (%,d items), %.1f MB: %,d ms%n", run,
                        controls, c.itemCount(), Files.size(file) / 1048576.0, ms);
            }
            Path big = dir.resolve("search.json");
            Files.write(big, LargeCatalogues.nistLike(5, "search-corpus"));
            svc.importFile(big, Optional.empty(), false, null, ProgressMonitor.NONE);
            long b0 = System.nanoTime();
            CatalogueIndex index = svc.index();
            System.out.printf(Locale.ROOT, "index over %,d items built in %,d ms (incl. reading from the database)%n",
                    index.size(), (System.nanoTime() - b0) / 1_000_000);
            List<String> queries = List.of("audit trail", "11.10(e)", "access control policy", "A.8.15",
                    "encryption of data at rest", "organization-defined personnel or roles", "zzzz no match");
            List<Double> all = new ArrayList<>();
            for (int warm = 0; warm < 3; warm++) {
                for (String q : queries) {
                    for (int i = 1; i <= q.length(); i++) {
                        index.search(q.substring(0, i), Set.of(), 300);
                    }
                }
            }
            for (String q : queries) {
                List<Double> per = new ArrayList<>();
                int hits = 0;
                for (int i = 1; i <= q.length(); i++) {
                    long t0 = System.nanoTime();
                    CatalogueIndex.Result r = index.search(q.substring(0, i), Set.of(), 300);
                    per.add((System.nanoTime() - t0) / 1e6);
                    hits = r.total();
                }
                all.addAll(per);
                System.out.printf(Locale.ROOT, "typing \"%s\": max %.2f ms per keystroke, final hits %,d%n", q,
                        Collections.max(per), hits);
            }
            Collections.sort(all);
            System.out.printf(Locale.ROOT, "search over %,d items, %d keystrokes: median %.2f ms, p95 %.2f ms,"
                    + " max %.2f ms%n", index.size(), all.size(), all.get(all.size() / 2),
                    all.get((int) (all.size() * 0.95)), all.get(all.size() - 1));
        }
    }
}
