package org.compliancebridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.compliancebridge.audit.Finding;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.KeyFile;
import org.compliancebridge.domain.KeySlot;
import org.compliancebridge.domain.port.Database;
import org.compliancebridge.service.Session;
import org.compliancebridge.service.VerificationService;
import org.compliancebridge.sign.Argon2KeyProtection;
import org.compliancebridge.testsupport.TestWorkspaces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random mutations applied straight to a real encrypted workspace database (edit a field, delete a row, insert a
 * forged row, swap two rows, cut the tail, put back an older copy): every one must be detected at the right entry;
 * clean copies must verify intact. Seeded and reproducible; -Dcb.tamper.trials=N for a soak run (default 36).
 */
class TamperIT {
    enum Mutation { EDIT, DELETE, INSERT, SWAP, TRUNCATE, ROLLBACK }

    private static final String[] EDITABLE = {"user_id", "event_type", "record_id", "new_value", "reason",
        "zone_id", "occurred_at", "prev_hash", "hash"};
    @TempDir
    static Path tmp;
    static Path pristine;
    static Path older;
    static UUID workspaceId;
    static String keyHex;
    static long head;
    static long olderHead;
    static long newestDbCheckpoint;

    @BeforeAll
    static void buildWorkspace() throws Exception {
        TestWorkspaces ws = new TestWorkspaces();
        pristine = tmp.resolve("pristine");
        try (Session s = ws.create(pristine).session()) {
            workspaceId = s.workspaceId();
            addEntries(s, 1500);
        }
        older = tmp.resolve("older");
        copy(pristine, older);
        try (Session s = ws.service.open(pristine, TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray())) {
            addEntries(s, 1500);
        }
        KeyFile kf = new JsonWorkspaceFiles().readKeyFile(pristine);
        KeySlot slot = kf.slotFor(TestWorkspaces.ADMIN).orElseThrow();
        keyHex = HexFormat.of().formatHex(new Argon2KeyProtection().unwrap(slot.wrappedKey(),
                TestWorkspaces.ADMIN_PASSWORD.toCharArray(), slot.context(workspaceId)));
        head = scalar(pristine, "SELECT MAX(seq) FROM audit_entry");
        olderHead = scalar(older, "SELECT MAX(seq) FROM audit_entry");
        newestDbCheckpoint = scalar(pristine, "SELECT MAX(seq) FROM audit_checkpoint");
    }

    /** Thousands of audit entries through the real write path, with a signed checkpoint every 500. */
    private static void addEntries(Session s, int n) {
        for (int done = 0; done < n; done += 100) {
            int base = done;
            s.writes().write(s.actor(), ctx -> {
                for (int i = 0; i < 100; i++) {
                    ctx.record(AuditDraft.of(AuditEventType.SETTING_CHANGED, "SETTING", "test.key" + (base + i),
                            "{\"v\":" + (base + i) + "}", "{\"v\":" + (base + i + 1) + "}").withReason("load"));
                }
                return null;
            });
            if ((done + 100) % 500 == 0) {
                s.checkpoint("test");
            }
        }
    }

    @Test
    void everyMutationIsDetectedAtTheRightEntryAndCleanCopiesVerify() throws Exception {
        long seed = Long.getLong("cb.tamper.seed", System.nanoTime());
        int trials = Integer.getInteger("cb.tamper.trials", 36);
        Random rnd = new Random(seed);
        Map<Mutation, int[]> counts = new EnumMap<>(Mutation.class);
        List<String> misses = new ArrayList<>();
        for (int t = 0; t < trials; t++) {
            Mutation m = Mutation.values()[t % Mutation.values().length];
            Path dir = tmp.resolve("trial-" + t);
            copy(pristine, dir);
            long expected;
            Set<Finding.Kind> kinds;
            String what;
            try (Connection c = connect(dir)) {
                switch (m) {
                    case EDIT -> {
                        long k = 2 + rnd.nextInt((int) head - 2);
                        String col = EDITABLE[rnd.nextInt(EDITABLE.length)];
                        edit(c, k, col, rnd);
                        expected = k;
                        kinds = Set.of(Finding.Kind.EDITED);
                        what = "edit " + col + " of entry " + k;
                    }
                    case DELETE -> {
                        long k = 2 + rnd.nextInt((int) head - 3);
                        exec(c, "DELETE FROM audit_entry WHERE seq = " + k);
                        expected = k;
                        kinds = Set.of(Finding.Kind.DELETED);
                        what = "delete entry " + k;
                    }
                    case INSERT -> {
                        long k = 2 + rnd.nextInt((int) head - 3);
                        exec(c, "UPDATE audit_entry SET seq = seq + 10000000 WHERE seq > " + k);
                        exec(c, "UPDATE audit_entry SET seq = seq - 10000000 + 1 WHERE seq > 10000000");
                        try (PreparedStatement p = c.prepareStatement("INSERT INTO audit_entry SELECT ?, format_version,"
                                + " occurred_at, zone_id, 'mallory', 'ACCOUNT_CREATED', 'ACCOUNT', 'mallory', NULL,"
                                + " '{}', NULL, hash, ? FROM audit_entry WHERE seq = ?")) {
                            // a careful forger links the row to its predecessor; its own hash is made up
                            p.setLong(1, k + 1);
                            byte[] forged = new byte[32];
                            rnd.nextBytes(forged);
                            p.setBytes(2, forged);
                            p.setLong(3, k);
                            p.executeUpdate();
                        }
                        expected = k + 1;
                        kinds = Set.of(Finding.Kind.INSERTED);
                        what = "insert a forged entry at " + (k + 1);
                    }
                    case SWAP -> {
                        long i = 2 + rnd.nextInt((int) head - 10);
                        long j = i + 1 + rnd.nextInt(5);
                        exec(c, "UPDATE audit_entry SET seq = -1 WHERE seq = " + i);
                        exec(c, "UPDATE audit_entry SET seq = " + i + " WHERE seq = " + j);
                        exec(c, "UPDATE audit_entry SET seq = " + j + " WHERE seq = -1");
                        expected = i;
                        kinds = Set.of(Finding.Kind.REORDERED);
                        what = "swap entries " + i + " and " + j;
                    }
                    case TRUNCATE -> {
                        long k = newestDbCheckpoint - 1 - rnd.nextInt((int) newestDbCheckpoint / 2);
                        exec(c, "DELETE FROM audit_entry WHERE seq > " + k);
                        expected = k + 1;
                        kinds = Set.of(Finding.Kind.TRUNCATED);
                        what = "cut the tail after entry " + k;
                    }
                    default -> {
                        expected = olderHead + 1;
                        kinds = Set.of(Finding.Kind.ROLLED_BACK);
                        what = "replace the database with an older copy (head " + olderHead + ")";
                    }
                }
            }
            if (m == Mutation.ROLLBACK) {
                Files.copy(older.resolve("workspace.mv.db"), dir.resolve("workspace.mv.db"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            var r = verify(dir);
            counts.computeIfAbsent(m, x -> new int[2])[0]++;
            Optional<Finding> first = r.report().findings().stream().findFirst();
            boolean ok = !r.intact() && first.isPresent() && first.get().seq() == expected
                    && kinds.contains(first.get().kind());
            if (ok) {
                counts.get(m)[1]++;
            } else {
                misses.add(what + " → " + (r.intact() ? "intact!" : r.lines()));
            }
        }
        int clean = 6;
        int falseAlarms = 0;
        for (int i = 0; i < clean; i++) {
            Path dir = tmp.resolve("clean-" + i);
            copy(pristine, dir);
            if (!verify(dir).intact()) {
                falseAlarms++;
            }
        }
        int total = counts.values().stream().mapToInt(a -> a[0]).sum();
        int detected = counts.values().stream().mapToInt(a -> a[1]).sum();
        StringBuilder per = new StringBuilder();
        counts.forEach((k, v) -> per.append(' ').append(k).append(' ').append(v[1]).append('/').append(v[0]));
        System.out.printf("tamper (encrypted H2, %d entries): %d mutations, %d detected at the right entry, %d missed"
                + " [%s ]; clean: %d copies, %d false alarms; seed=%d%n", head, total, detected, total - detected,
                per, clean, falseAlarms, seed);
        assertThat(misses).as("missed or misplaced (seed " + seed + ")").isEmpty();
        assertThat(falseAlarms).as("false alarms (seed " + seed + ")").isZero();
    }

    private static VerificationService.Result verify(Path dir) {
        try (Database db = new H2DatabaseOpener().open(dir, keyHex)) {
            return new VerificationService(TestWorkspaces.SIGNING, new JsonWorkspaceFiles()).verify(db, dir,
                    workspaceId, Optional.empty(), null, null);
        }
    }

    private static void edit(Connection c, long k, String col, Random rnd) throws Exception {
        switch (col) {
            case "occurred_at" -> exec(c, "UPDATE audit_entry SET occurred_at = DATEADD(SECOND, 1, occurred_at)"
                    + " WHERE seq = " + k);
            case "prev_hash", "hash" -> {
                try (PreparedStatement p = c.prepareStatement("UPDATE audit_entry SET " + col + " = ? WHERE seq = ?")) {
                    byte[] b = new byte[32];
                    rnd.nextBytes(b);
                    p.setBytes(1, b);
                    p.setLong(2, k);
                    p.executeUpdate();
                }
            }
            default -> exec(c, "UPDATE audit_entry SET " + col + " = CONCAT(COALESCE(" + col + ", ''), 'x') WHERE"
                    + " seq = " + k);
        }
    }

    private static Connection connect(Path dir) throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("workspace")
                + ";CIPHER=AES;TRACE_LEVEL_FILE=0;IFEXISTS=TRUE", "CB", keyHex + " " + keyHex);
    }

    private static long scalar(Path dir, String sql) throws Exception {
        try (Connection c = connect(dir); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void exec(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
