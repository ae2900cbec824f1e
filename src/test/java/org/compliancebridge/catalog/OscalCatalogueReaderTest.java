package org.compliancebridge.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.compliancebridge.domain.landscape.CatalogueDocument;
import org.compliancebridge.domain.landscape.CatalogueFormatException;
import org.compliancebridge.domain.landscape.CatalogueItem;
import org.compliancebridge.domain.landscape.ImportCancelledException;
import org.compliancebridge.domain.landscape.ImportLimits;
import org.compliancebridge.domain.landscape.ItemKind;
import org.compliancebridge.domain.landscape.ProgressMonitor;
import org.compliancebridge.testsupport.TestData;
import org.junit.jupiter.api.Test;

/** Real OSCAL catalogs are read; hostile and broken files are refused with a message naming the problem. */
class OscalCatalogueReaderTest {
    static final Path NIST_LOW = TestData.nistLow();
    private final OscalCatalogueReader reader = new OscalCatalogueReader();

    private CatalogueDocument read(String json) {
        return reader.readCatalogue(json.getBytes(StandardCharsets.UTF_8), "test.json", null, ImportLimits.DEFAULT,
                ProgressMonitor.NONE);
    }

    private void refused(String json, String... messageParts) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(CatalogueFormatException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(messageParts));
    }

    static String minimal(String controlsJson) {
        return "{\"catalog\":{\"uuid\":\"74c8ba1e-5cd4-4ad1-bbfd-d888e2f6c724\",\"metadata\":{\"title\":\"Test"
                + " catalogue\",\"last-modified\":\"2024-01-01T00:00:00Z\",\"version\":\"1.0\",\"oscal-version\":"
                + "\"1.1.2\"},\"groups\":[{\"id\":\"g1\",\"title\":\"Group one\",\"controls\":" + controlsJson
                + "}]}}";
    }

    private static String control(String id, String label) {
        return "{\"id\":\"" + id + "\",\"title\":\"Control " + id + "\""
                + (label == null ? "" : ",\"props\":[{\"name\":"
                + "\"label\",\"value\":\"" + label + "\"}]") + ",\"parts\":[{\"id\":\"" + id + "_smt\",\"name\":"
                + "\"statement\",\"prose\":\"Do " + id + ".\"}]}";
    }

    @Test
    void readsTheNistLowBaselineWith149ControlsUsingTheCitedLabels() throws Exception {
        List<double[]> progress = new ArrayList<>();
        CatalogueDocument d = reader.readCatalogue(Files.readAllBytes(NIST_LOW), NIST_LOW.getFileName().toString(),
                null, ImportLimits.DEFAULT, new ProgressMonitor() {
                    @Override
                    public void progress(double fraction, String message) {
                        progress.add(new double[] {fraction});
                    }

                    @Override
                    public boolean cancelled() {
                        return false;
                    }
                });
        List<CatalogueItem> controls = d.items().stream().filter(i -> i.kind() == ItemKind.CONTROL).toList();
        assertThat(controls).hasSize(149);
        // The test data README says 19 groups; the file has 18 families (AC ... SR; no PM or PT in LOW).
        assertThat(d.items().stream().filter(i -> i.kind() == ItemKind.GROUP)).hasSize(18);
        assertThat(d.info().frameworkId()).isEqualTo("nist-special-publication-800-53-revision-5.1.1-low-impact");
        assertThat(d.info().version()).isEqualTo("5.1.1+u4");
        Map<String, CatalogueItem> byId = d.items().stream().collect(Collectors.toMap(CatalogueItem::itemId,
                i -> i));
        CatalogueItem ac1 = byId.get("AC-1");
        assertThat(ac1).as("label without class, not the zero-padded AC-01").isNotNull();
        assertThat(ac1.oscalId()).isEqualTo("ac-1");
        assertThat(ac1.parentId()).contains("ac");
        assertThat(ac1.assessable()).isTrue();
        assertThat(ac1.statement()).contains("a. Develop, document, and disseminate to [Assignment:"
                + " organization-defined personnel or roles]:").contains("[Selection (one or more):"
                + " organization-level; mission/business process-level; system-level]");
        assertThat(ac1.guidance()).anyMatch(g -> g.prose().contains("policy"));
        assertThat(byId).containsKey("AC-2").containsKey("SI-2");
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1)[0]).isEqualTo(1.0);
    }

    @Test
    void readsNistsBasicExampleCatalog() throws Exception {
        Path basic = TestData.oscal("basic-catalog.json");
        CatalogueDocument d = reader.readCatalogue(Files.readAllBytes(basic), "basic-catalog.json", "basic-example",
                ImportLimits.DEFAULT, ProgressMonitor.NONE);
        assertThat(d.info().frameworkId()).isEqualTo("basic-example");
        assertThat(d.items()).anyMatch(i -> i.kind() == ItemKind.CONTROL);
    }

    @Test
    void usesTheFrameworkIdStatedInTheFileOrDerivesOne() {
        CatalogueDocument d = read(minimal("[" + control("c-1", "C-1") + "]"));
        assertThat(d.info().frameworkId()).isEqualTo("test-catalogue");
        assertThat(d.items()).extracting(CatalogueItem::itemId).containsExactly("g1", "C-1");
        assertThat(d.items().get(1).parentId()).contains("g1");
        assertThat(read(minimal("[" + control("c-1", null) + "]")).items().get(1).itemId()).isEqualTo("c-1");
    }

    @Test
    void refusesMalformedJson() {
        refused("{\"catalog\": {\"uuid\": \"x\", metadata: {}}}", "test.json is not valid JSON", "line 1");
    }

    @Test
    void refusesATruncatedFile() throws Exception {
        byte[] all = Files.readAllBytes(NIST_LOW);
        byte[] half = java.util.Arrays.copyOf(all, all.length / 2);
        assertThatThrownBy(() -> reader.readCatalogue(half, "cut.json", null, ImportLimits.DEFAULT,
                ProgressMonitor.NONE)).isInstanceOf(CatalogueFormatException.class)
                .hasMessageContaining("cut.json ends unexpectedly").hasMessageContaining("truncated");
    }

    @Test
    void refusesAnOversizedFile() {
        ImportLimits small = new ImportLimits(1024, 64, 20_000, 2_000_000, 200, 2000);
        byte[] big = (minimal("[" + control("c-1", null) + "]") + " ".repeat(2000)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.readCatalogue(big, "big.json", null, small, ProgressMonitor.NONE))
                .isInstanceOf(CatalogueFormatException.class).hasMessageContaining("big.json is 0.0 MB")
                .hasMessageContaining("larger than 0.0 MB are refused");
    }

    @Test
    void refusesADepthBomb() {
        String bomb = "{\"catalog\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        refused(bomb, "nested more than 64 levels deep");
    }

    @Test
    void refusesDuplicateIds() {
        refused(minimal("[" + control("c-1", "C-1") + "," + control("c-1", "C-2") + "]"), "duplicate ID 'c-1'",
                "catalog.groups[0].controls[1]", "first used at catalog.groups[0].controls[0]");
        refused(minimal("[" + control("c-1", "C-1") + "," + control("c-2", "C-1") + "]"), "item ID 'C-1' is used"
                + " twice");
        refused(minimal("[{\"id\":\"c-1\",\"id\":\"c-2\",\"title\":\"x\"}]"), "appears twice in one object");
    }

    @Test
    void refusesFilesThatAreNotOscalCatalogs() {
        refused("{\"profile\":{\"uuid\":\"x\"}}", "an OSCAL profile", "not an OSCAL catalog");
        refused("{\"name\":\"something else\",\"items\":[]}", "no top-level 'catalog' member", "found: name, items");
        refused("[1, 2, 3]", "holds an array");
        refused("{\"catalog\":{\"uuid\":\"u\",\"metadata\":{\"title\":\"t\",\"last-modified\":\"x\",\"version\":"
                + "\"1\",\"oscal-version\":\"2.0.0\"},\"controls\":[]}}", "OSCAL version '2.0.0'", "1.x");
        refused("{\"catalog\":{\"uuid\":\"u\",\"metadata\":{\"title\":\"t\",\"version\":\"1\",\"oscal-version\":"
                + "\"1.1.2\"}}}", "catalog.metadata has no 'last-modified'");
        refused(minimal("[]").replace("\"controls\":[]", "\"controls\":[]"), "groups but no controls");
    }

    @Test
    void refusesWrongTypes() {
        refused(minimal("[{\"id\":\"c-1\",\"title\":42}]"), "catalog.groups[0].controls[0].title must be text,"
                + " found a number");
        refused(minimal("{\"id\":\"c-1\"}"), "catalog.groups[0].controls must be an array, found an object");
        refused(minimal("[\"c-1\"]"), "catalog.groups[0].controls[0] must be an object, found text");
        refused(minimal("[{\"id\":\"c-1\",\"title\":\"t\",\"props\":[{\"name\":\"label\",\"value\":true}]}]"),
                "props[0].value must be text, found true/false");
        refused(minimal("[{\"id\":\"1 bad id\",\"title\":\"t\"}]"), "not an OSCAL token");
    }

    @Test
    void refusesOverlongTextAndTooManyItems() {
        ImportLimits tight = new ImportLimits(50L * 1024 * 1024, 64, 3, 1000, 200, 2000);
        String many = minimal("[" + control("a", null) + "," + control("b", null) + "," + control("c", null) + "]");
        assertThatThrownBy(() -> reader.readCatalogue(many.getBytes(StandardCharsets.UTF_8), "many.json", null,
                tight, ProgressMonitor.NONE)).hasMessageContaining("more than 3 groups and controls");
        String longText = minimal("[{\"id\":\"c\",\"title\":\"" + "x".repeat(5000) + "\"}]");
        assertThatThrownBy(() -> reader.readCatalogue(longText.getBytes(StandardCharsets.UTF_8), "long.json", null,
                tight, ProgressMonitor.NONE)).hasMessageContaining("text value longer than 1,000 characters");
        refused(minimal("[{\"id\":\"c\",\"title\":\"" + "x".repeat(2001) + "\"}]"), "title is longer than 2,000");
    }

    @Test
    void stopsWhenCancelled() throws Exception {
        byte[] all = Files.readAllBytes(NIST_LOW);
        assertThatThrownBy(() -> reader.readCatalogue(all, "low.json", null, ImportLimits.DEFAULT,
                new ProgressMonitor() {
                    @Override
                    public void progress(double fraction, String message) {
                    }

                    @Override
                    public boolean cancelled() {
                        return true;
                    }
                })).isInstanceOf(ImportCancelledException.class).hasMessageContaining("Nothing was imported");
    }

    @Test
    void slugsTitles() {
        assertThat(OscalCatalogueReader.slug("NIST SP 800-53 Rev. 5 — Müller's catalogue"))
                .isEqualTo("nist-sp-800-53-rev-5-muller-s-catalogue");
        assertThat(OscalCatalogueReader.slug("!!")).isEqualTo("imported-catalogue");
    }
}
