package org.compliancebridge.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.compliancebridge.app.AppServices;
import org.compliancebridge.app.cli.Cli;
import org.compliancebridge.service.PortableTrailService;
import org.compliancebridge.service.Session;
import org.compliancebridge.testsupport.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sealed trail verifies without the workspace, and fails on any changed, removed, reordered or cut-off byte. */
class PortableTrailIT {
    @TempDir
    Path tmp;

    @Test
    void anyChangeToTheFileIsDetected() throws Exception {
        TestWorkspaces ws = new TestWorkspaces();
        Path file = tmp.resolve("trail.jsonl");
        byte[] otherCert;
        try (Session s = ws.create(tmp.resolve("ws")).session()) {
            long n = new PortableTrailService(s, new JsonlPortableTrail(TestWorkspaces.SIGNING)).export(file);
            assertThat(n).isGreaterThanOrEqualTo(5);
            otherCert = TestWorkspaces.SIGNING.create(org.compliancebridge.domain.UserId.of("eve"), "Eve", "X",
                    "some password".toCharArray(), java.time.Instant.now()).certificateDer();
        }
        JsonlPortableTrail trail = new JsonlPortableTrail(TestWorkspaces.SIGNING);
        var ok = trail.verify(file, Optional.empty());
        assertThat(ok.intact()).as(ok.lines().toString()).isTrue();
        assertThat(ok.lines().get(0)).startsWith("intact:").contains("Alice Admin");
        byte[] original = Files.readAllBytes(file);
        long seed = System.nanoTime();
        Random rnd = new Random(seed);
        int trials = 200;
        int detected = 0;
        for (int i = 0; i < trials; i++) {
            byte[] b = original.clone();
            int pos = rnd.nextInt(b.length);
            byte old = b[pos];
            do {
                b[pos] = (byte) (32 + rnd.nextInt(95));
            } while (b[pos] == old);
            Path f = tmp.resolve("t" + i + ".jsonl");
            Files.write(f, b);
            if (!trail.verify(f, Optional.empty()).intact()) {
                detected++;
            }
        }
        System.out.printf("portable trail: %d single-byte changes at random positions, %d detected; seed=%d%n",
                trials, detected, seed);
        assertThat(detected).as("seed " + seed).isEqualTo(trials);

        List<String> lines = new ArrayList<>(Arrays.asList(new String(original, StandardCharsets.UTF_8)
                .split("\n")));
        assertThat(intact(trail, lines.subList(0, lines.size() - 1))).as("seal cut off").isFalse();
        List<String> removed = new ArrayList<>(lines);
        removed.remove(3);
        assertThat(intact(trail, removed)).as("entry removed").isFalse();
        List<String> swapped = new ArrayList<>(lines);
        java.util.Collections.swap(swapped, 2, 3);
        assertThat(intact(trail, swapped)).as("entries reordered").isFalse();
        assertThat(trail.verify(file, Optional.of(otherCert)).intact()).as("untrusted signer").isFalse();

        // The CLI: exit 0 intact, 3 changed, no workspace or password involved.
        assertThat(cli("audit", "verify", file.toString())).isZero();
        assertThat(cli("audit", "verify", tmp.resolve("t0.jsonl").toString())).isEqualTo(3);
    }

    private boolean intact(JsonlPortableTrail trail, List<String> lines) throws Exception {
        Path f = tmp.resolve("variant.jsonl");
        Files.writeString(f, String.join("\n", lines) + "\n");
        return trail.verify(f, Optional.empty()).intact();
    }

    private static int cli(String... args) {
        StringWriter out = new StringWriter();
        return Cli.run(AppServices.forTests(java.time.Clock.systemUTC()), new PrintWriter(out), new PrintWriter(out),
                args);
    }
}
