package org.compliancebridge.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.compliancebridge.catalog.ClasspathBundledCatalogues;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.UserFacingException;
import org.compliancebridge.domain.landscape.Catalogue;
import org.compliancebridge.domain.landscape.CatalogueFormatException;
import org.compliancebridge.domain.landscape.ImportCancelledException;
import org.compliancebridge.domain.landscape.ItemKind;
import org.compliancebridge.domain.landscape.ItemRef;
import org.compliancebridge.domain.landscape.Origin;
import org.compliancebridge.domain.landscape.ProgressMonitor;
import org.compliancebridge.domain.port.BundledCatalogues;
import org.compliancebridge.testsupport.LandscapeWorkspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Catalogues in a real encrypted workspace: bundled load, upgrade, user import, refusals that import nothing. */
class CatalogueServiceIT {
    private static final Path NIST_LOW = org.compliancebridge.testsupport.TestData.nistLow();
    @TempDir
    Path tmp;

    private static List<AuditEntry> trail(Session s) {
        return s.writes().read(tx -> tx.audit().readFrom(1, 10_000));
    }

    @Test
    void bundledCataloguesAreLoadedAtCreationOneAuditEntryPerFileAndNotAgain() {
        LandscapeWorkspaces ws = new LandscapeWorkspaces();
        Path dir = tmp.resolve("ws");
        try (Session s = ws.create(dir)) {
            List<Catalogue> cats = new CatalogueService(s, LandscapeWorkspaces.READER, ws.bundled).catalogues();
            assertThat(cats).hasSize(9).allMatch(c -> c.origin() == Origin.BUNDLED && c.sha256().length() == 64);
            List<AuditEntry> imports = trail(s).stream().filter(e -> e.eventType().equals("CATALOGUE_IMPORTED"))
                    .toList();
            assertThat(imports).hasSize(9);
            assertThat(imports.get(0).recordId()).isEqualTo("cfr-part11");
            assertThat(imports.get(0).newValue()).contains("\"sourceFile\":\"cfr-part11.json\"")
                    .containsPattern("\"sha256\":\"[0-9a-f]{64}\"").contains("\"items\":79");
            assertThat(trail(s).stream().filter(e -> e.eventType().equals("CROSSWALK_IMPORTED")).map(
                    AuditEntry::recordId)).containsExactly("crosswalk-part11-annex11.csv", "crosswalk-isms.csv");
            assertThat(list(s, tx -> tx.crosswalk().active())).hasSize(134 + 231);
            assertThat(s.writes().read(tx -> tx.catalogues().item(new ItemRef("cfr-part11", "11.10(e)"))).orElseThrow()
                    .guidance()).hasSize(1);
        }
        try (Session s = ws.open(dir)) {
            long before = trail(s).stream().filter(e -> e.eventType().startsWith("CATALOGUE")
                    || e.eventType().startsWith("CROSSWALK")).count();
            assertThat(before).as("nothing is loaded again on the next sign-in").isEqualTo(11);
        }
    }

    @Test
    void aChangedBundledFileReplacesTheCatalogueAfterAnUpgrade() {
        Path dir = tmp.resolve("ws");
        new LandscapeWorkspaces().create(dir).close();
        BundledCatalogues real = new ClasspathBundledCatalogues();
        BundledCatalogues upgraded = new BundledCatalogues() {
            @Override
            public List<BundledFile> catalogueFiles() {
                List<BundledFile> out = new ArrayList<>();
                for (BundledFile f : real.catalogueFiles()) {
                    out.add(f.name().equals("imdrf-n60.json") ? new BundledFile(f.name(), new String(f.content(),
                            StandardCharsets.UTF_8).replace("\"version\": \"", "\"version\": \"corrected ")
                            .getBytes(StandardCharsets.UTF_8)) : f);
                }
                return out;
            }

            @Override
            public List<BundledFile> crosswalkFiles() {
                return real.crosswalkFiles();
            }
        };
        try (Session s = new LandscapeWorkspaces(upgraded).open(dir)) {
            List<AuditEntry> replaced = trail(s).stream().filter(e -> e.eventType().equals("CATALOGUE_REPLACED"))
                    .toList();
            assertThat(replaced).hasSize(1);
            assertThat(replaced.get(0).recordId()).isEqualTo("imdrf-n60");
            assertThat(replaced.get(0).reason()).contains("newer version");
            assertThat(s.writes().read(tx -> tx.catalogues().find("imdrf-n60")).orElseThrow().info().version())
                    .startsWith("corrected ");
            assertThat(list(s, tx -> tx.catalogues().items("imdrf-n60"))).hasSize(43);
        }
    }

    @Test
    void importsTheNistLowCatalogueOnceWithProgressAndAudit() {
        LandscapeWorkspaces ws = new LandscapeWorkspaces();
        try (Session s = ws.create(tmp.resolve("ws"))) {
            CatalogueService svc = new CatalogueService(s, LandscapeWorkspaces.READER, ws.bundled);
            List<Double> progress = new ArrayList<>();
            Catalogue c = svc.importFile(NIST_LOW, Optional.of("nist-800-53-low"), false, null, monitor(progress,
                    () -> false));
            assertThat(c.frameworkId()).isEqualTo("nist-800-53-low");
            assertThat(c.origin()).isEqualTo(Origin.IMPORTED);
            assertThat(svc.items("nist-800-53-low").stream().filter(i -> i.kind() == ItemKind.CONTROL)).hasSize(149);
            assertThat(progress).isNotEmpty();
            assertThat(progress.get(progress.size() - 1)).isEqualTo(1.0);
            assertThat(svc.index().search("AC-2", java.util.Set.of(), 10).hits().get(0).item().itemId())
                    .isEqualTo("AC-2");
            AuditEntry e = trail(s).get(trail(s).size() - 1);
            assertThat(e.eventType()).isEqualTo("CATALOGUE_IMPORTED");
            assertThat(e.newValue()).contains(NIST_LOW.getFileName().toString()).contains("\"controls\":149");

            assertThatThrownBy(() -> svc.importFile(NIST_LOW, Optional.of("nist-800-53-low"), false, null,
                    ProgressMonitor.NONE)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("imported already");
            assertThatThrownBy(() -> svc.importFile(NIST_LOW, Optional.of("cfr-part11"), false, null,
                    ProgressMonitor.NONE)).hasMessageContaining("belongs to a catalogue that comes with");
        }
    }

    @Test
    void importsACatalogueOfTheFullSp80053Size() throws IOException {
        LandscapeWorkspaces ws = new LandscapeWorkspaces();
        try (Session s = ws.create(tmp.resolve("ws"))) {
            CatalogueService svc = new CatalogueService(s, LandscapeWorkspaces.READER, ws.bundled);
            Path big = tmp.resolve("large.json");
            Files.write(big, org.compliancebridge.testsupport.LargeCatalogues.nistLike(8, "large"));
            List<Double> progress = new ArrayList<>();
            Catalogue c = svc.importFile(big, Optional.empty(), false, null, monitor(progress, () -> false));
            assertThat(svc.items(c.frameworkId()).stream().filter(i -> i.kind() == ItemKind.CONTROL)).hasSize(1197);
            assertThat(progress.stream().filter(p -> p > 0.6).count()).as("progress while storing").isGreaterThan(10);
            assertThat(svc.index().search("AC-2(x8)", java.util.Set.of(), 5).hits().get(0).item().itemId())
                    .isEqualTo("AC-2(x8)");
        }
    }

    @Test
    void everyRefusedOrCancelledImportLeavesTheWorkspaceUnchanged() throws IOException {
        LandscapeWorkspaces ws = new LandscapeWorkspaces();
        try (Session s = ws.create(tmp.resolve("ws"))) {
            CatalogueService svc = new CatalogueService(s, LandscapeWorkspaces.READER, ws.bundled);
            long entries = s.auditEntryCount();
            int items = s.writes().read(tx -> tx.catalogues().allItems()).size();
            byte[] low = Files.readAllBytes(NIST_LOW);

            Path malformed = write("malformed.json", "{\"catalog\": {oops}}");
            Path truncated = write("truncated.json", new String(low, 0, low.length / 3, StandardCharsets.UTF_8));
            Path depth = write("depth.json", "{\"catalog\":" + "{\"a\":".repeat(5000) + "1" + "}".repeat(5001));
            Path dup = write("dup.json", new String(low, StandardCharsets.UTF_8).replaceFirst("\"id\": \"ac-2\"",
                    "\"id\": \"ac-1\""));
            Path notOscal = write("not-oscal.json", "{\"hello\": \"world\"}");
            Path wrongType = write("wrong-type.json", new String(low, StandardCharsets.UTF_8)
                    .replaceFirst("\"title\": \"Access Control\"", "\"title\": [\"Access\", \"Control\"]"));
            Path huge = tmp.resolve("huge.json");
            try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
                f.setLength(60L * 1024 * 1024);
            }
            List<String> messages = new ArrayList<>();
            for (Path p : List.of(malformed, truncated, depth, dup, notOscal, wrongType, huge)) {
                assertThatThrownBy(() -> svc.importFile(p, Optional.empty(), false, null, ProgressMonitor.NONE))
                        .as(p.getFileName().toString()).isInstanceOf(CatalogueFormatException.class)
                        .satisfies(e -> messages.add(e.getMessage()));
            }
            assertThat(messages.get(0)).contains("malformed.json is not valid JSON");
            assertThat(messages.get(1)).contains("truncated.json ends unexpectedly");
            assertThat(messages.get(2)).contains("nested more than 64 levels");
            assertThat(messages.get(3)).contains("duplicate ID 'ac-1'");
            assertThat(messages.get(4)).contains("no top-level 'catalog'");
            assertThat(messages.get(5)).contains("catalog.groups[0].title must be text, found an array");
            assertThat(messages.get(6)).contains("huge.json is 60.0 MB").contains("larger than 50.0 MB are refused");

            AtomicInteger calls = new AtomicInteger();
            assertThatThrownBy(() -> svc.importFile(NIST_LOW, Optional.of("low"), false, null,
                    monitor(new ArrayList<>(), () -> calls.incrementAndGet() > 40)))
                    .isInstanceOf(ImportCancelledException.class);

            assertThat(s.auditEntryCount()).as("no audit entry").isEqualTo(entries);
            assertThat(list(s, tx -> tx.catalogues().allItems())).as("no item").hasSize(items);
            assertThat(svc.catalogues()).hasSize(9);
        }
    }

    @Test
    void aCancelDuringStoringRollsBackTheWholeCatalogue() {
        LandscapeWorkspaces ws = new LandscapeWorkspaces();
        try (Session s = ws.create(tmp.resolve("ws"))) {
            CatalogueService svc = new CatalogueService(s, LandscapeWorkspaces.READER, ws.bundled);
            long entries = s.auditEntryCount();
            List<Double> progress = new ArrayList<>();
            // cancel once storing has started (progress beyond the parsing share)
            assertThatThrownBy(() -> svc.importFile(NIST_LOW, Optional.of("low"), false, null, monitor(progress,
                    () -> !progress.isEmpty() && progress.get(progress.size() - 1) > 0.65)))
                    .isInstanceOf(ImportCancelledException.class);
            assertThat(progress.get(progress.size() - 1)).isGreaterThan(0.7).isLessThan(1.0);
            assertThat(s.auditEntryCount()).isEqualTo(entries);
            assertThat(svc.catalogues()).noneMatch(c -> c.frameworkId().equals("low"));
            assertThat(list(s, tx -> tx.catalogues().items("low"))).isEmpty();
        }
    }

    @Test
    void replacingAnImportNeedsConsentAndAReason() throws IOException {
        LandscapeWorkspaces ws = new LandscapeWorkspaces();
        try (Session s = ws.create(tmp.resolve("ws"))) {
            CatalogueService svc = new CatalogueService(s, LandscapeWorkspaces.READER, ws.bundled);
            svc.importFile(NIST_LOW, Optional.of("low"), false, null, ProgressMonitor.NONE);
            Path changed = write("low-v2.json", Files.readString(NIST_LOW).replace("\"version\": \"5.1.1+u4\"",
                    "\"version\": \"5.1.1+u5\""));
            assertThatThrownBy(() -> svc.importFile(changed, Optional.of("low"), false, null, ProgressMonitor.NONE))
                    .isInstanceOf(org.compliancebridge.domain.landscape.CatalogueExistsException.class)
                    .hasMessageContaining("exists already");
            assertThatThrownBy(() -> svc.importFile(changed, Optional.of("low"), true, " ", ProgressMonitor.NONE))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("reason");
            Catalogue c = svc.importFile(changed, Optional.of("low"), true, "NIST update u5", ProgressMonitor.NONE);
            assertThat(c.info().version()).isEqualTo("5.1.1+u5");
            AuditEntry last = trail(s).get(trail(s).size() - 1);
            assertThat(last.eventType()).isEqualTo("CATALOGUE_REPLACED");
            assertThat(last.oldValue()).contains("5.1.1+u4");
            assertThat(last.reason()).isEqualTo("NIST update u5");
            assertThat(svc.items("low").stream().filter(i -> i.kind() == ItemKind.CONTROL)).hasSize(149);
        }
    }

    private static <T> List<T> list(Session s, java.util.function.Function<org.compliancebridge.domain.port
            .Transaction, List<T>> f) {
        return s.writes().read(f);
    }

    private Path write(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    static ProgressMonitor monitor(List<Double> progress, java.util.function.BooleanSupplier cancel) {
        return new ProgressMonitor() {
            @Override
            public void progress(double fraction, String message) {
                progress.add(fraction);
            }

            @Override
            public boolean cancelled() {
                return cancel.getAsBoolean();
            }
        };
    }
}
