package org.compliancebridge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HexFormat;
import org.compliancebridge.domain.KeyFile;
import org.compliancebridge.domain.KeySlot;
import org.compliancebridge.domain.NewerSchemaException;
import org.compliancebridge.sign.Argon2KeyProtection;
import org.compliancebridge.testsupport.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace written by a newer version is refused with a specific message, and left untouched. */
class NewerSchemaIT {
    static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(f)));
    }

    @TempDir
    Path tmp;

    @Test
    void newerSchemaIsRefusedAndTheFileStaysByteIdentical() throws Exception {
        TestWorkspaces ws = new TestWorkspaces();
        Path dir = tmp.resolve("ws");
        ws.create(dir).session().close();
        KeyFile kf = new JsonWorkspaceFiles().readKeyFile(dir);
        KeySlot slot = kf.slotFor(TestWorkspaces.ADMIN).orElseThrow();
        String hex = HexFormat.of().formatHex(new Argon2KeyProtection().unwrap(slot.wrappedKey(),
                TestWorkspaces.ADMIN_PASSWORD.toCharArray(), slot.context(kf.workspaceId())));
        String url = "jdbc:h2:file:" + dir.resolve("workspace") + ";CIPHER=AES;TRACE_LEVEL_FILE=0;IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, "CB", hex + " " + hex)) {
            c.createStatement().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                    + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\","
                    + " \"success\") VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'CB', 1,"
                    + " TRUE)");
        }
        String before = sha256(dir.resolve("workspace.mv.db"));
        assertThatThrownBy(() -> ws.service.open(dir, TestWorkspaces.ADMIN,
                TestWorkspaces.ADMIN_PASSWORD.toCharArray()))
                .isInstanceOf(NewerSchemaException.class)
                .hasMessageContaining("newer version of ComplianceBridge")
                .hasMessageContaining("Nothing was changed");
        assertThat(sha256(dir.resolve("workspace.mv.db"))).isEqualTo(before);
    }
}
