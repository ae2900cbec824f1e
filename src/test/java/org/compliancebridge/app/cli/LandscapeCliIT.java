package org.compliancebridge.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.compliancebridge.app.AppServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The step-1 commands with their exact names and columns, on the bundled data and on a real workspace. */
class LandscapeCliIT {
    private final AppServices services = AppServices.forTests(Clock.systemUTC());
    @TempDir
    Path tmp;

    private CliRun run(String... args) {
        return CliRun.of(services, args);
    }

    static List<String[]> csv(String text) throws Exception {
        CsvMapper m = new CsvMapper();
        m.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> it = m.readerFor(String[].class).readValues(text)) {
            return it.readAll();
        }
    }

    @Test
    void listsTheBundledCataloguesAndCrosswalkWithoutAWorkspace() throws Exception {
        CliRun r = run("catalog", "list", "--framework", "cfr-part11");
        assertThat(r.code()).as(r.err()).isZero();
        List<String[]> rows = csv(r.out());
        assertThat(String.join(",", rows.get(0))).startsWith("framework,id,parent_id,title");
        assertThat(rows).hasSize(1 + 79);
        String[] e = rows.stream().filter(x -> x[1].equals("11.10(e)")).findFirst().orElseThrow();
        assertThat(e[0]).isEqualTo("cfr-part11");
        assertThat(e[2]).isEqualTo("11.10");
        assertThat(e[3]).isEqualTo("Secure, time-stamped audit trails");

        CliRun all = run("catalog", "list", "--format", "json");
        JsonNode json = new ObjectMapper().readTree(all.out());
        assertThat(json.size()).isEqualTo(79 + 45 + 19 + 138 + 134 + 71 + 59 + 61 + 43);
        assertThat(json.get(0).get("framework").asText()).isEqualTo("cfr-part11");

        CliRun bad = run("catalog", "list", "--framework", "nope");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("Unknown framework 'nope'").contains("cfr-part11");
        assertThat(run("catalog", "list", "--user", "alice").err()).contains("need --workspace");

        CliRun cw = run("crosswalk", "list");
        List<String[]> links = csv(cw.out());
        assertThat(String.join(",", links.get(0))).isEqualTo("source_framework,source_id,target_framework,target_id,"
                + "relationship,confidence,rationale");
        assertThat(links).hasSize(1 + 365);
        assertThat(csv(run("crosswalk", "list", "--framework", "cfr-part11").out())).hasSize(1 + 55 + 24);
    }

    @Test
    void importsListsAndExportsOnAWorkspace() throws Exception {
        Path ws = tmp.resolve("ws");
        Path pw = tmp.resolve("pw.txt");
        Files.writeString(pw, "correct horse battery staple\n");
        CliRun init = run("init", "--workspace", ws.toString(), "--user", "alice", "--org", "Acme Pharma",
                "--name", "Alice Admin", "--password-file", pw.toString());
        assertThat(init.code()).as(init.err()).isZero();
        Path low = org.compliancebridge.testsupport.TestData.nistLow();
        CliRun imp = run("catalog", "import", "--workspace", ws.toString(), "--user", "alice", "--password-file",
                pw.toString(), "--framework-id", "nist-800-53-low", low.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("Imported nist-800-53-low").contains("149 controls").contains("SHA-256 ");

        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"catalog\": ");
        CliRun refused = run("catalog", "import", "--workspace", ws.toString(), "--user", "alice", "--password-file",
                pw.toString(), bad.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).startsWith("error: bad.json ends unexpectedly");

        CliRun list = run("catalog", "list", "--workspace", ws.toString(), "--user", "alice", "--password-file",
                pw.toString(), "--framework", "nist-800-53-low");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(csv(list.out()).stream().filter(x -> x[4].equals("control"))).hasSize(149);

        CliRun cw = run("crosswalk", "list", "--workspace", ws.toString(), "--user", "alice", "--password-file",
                pw.toString(), "--format", "json");
        assertThat(new ObjectMapper().readTree(cw.out()).size()).isEqualTo(365);

        Path docx = tmp.resolve("landscape.docx");
        CliRun ex = run("export", "landscape", "--workspace", ws.toString(), "--user", "alice", "--password-file",
                pw.toString(), "--out", docx.toString());
        assertThat(ex.code()).as(ex.err()).isZero();
        assertThat(ex.out()).contains("DOCX, revision 1");
        assertThat(Files.size(docx)).isGreaterThan(10_000);
        Path pdf = tmp.resolve("landscape.pdf");
        assertThat(run("export", "landscape", "--workspace", ws.toString(), "--user", "alice", "--password-file",
                pw.toString(), "--out", pdf.toString()).code()).isZero();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertThat(d.getNumberOfPages()).isGreaterThan(5);
        }
        CliRun wrong = run("export", "landscape", "--workspace", ws.toString(), "--user", "alice", "--password-file",
                pw.toString(), "--out", tmp.resolve("x.odt").toString());
        assertThat(wrong.err()).contains(".docx (Word) or .pdf");
    }
}
