package org.compliancebridge.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.compliancebridge.domain.AuditEntry;

/**
 * Canonical, unambiguous byte encoding of an audit entry, the input of its SHA-256 hash.
 *
 * <p>Format version 1 (all integers big-endian):
 * <pre>
 *   "CB-AUDIT" (8 ASCII bytes) | int32 formatVersion (=1)
 *   int64 seq
 *   int64 epochSecond | int32 nanoOfSecond      (occurredAt, UTC, microsecond precision)
 *   str zoneId | str userId | str eventType | str recordType | str recordId
 *   str oldValue | str newValue | str reason
 *   32 bytes prevHash
 * where str = int32 byteLength (-1 for null) followed by that many UTF-8 bytes.
 * </pre>
 * Length prefixes make the encoding injective: no choice of field values can make two different entries encode to
 * the same bytes (unlike joining fields with a separator). The format never changes once released; a new format gets
 * a new version number and the verifier keeps reading the old one.
 */
public final class AuditEncoding {
    public static final int FORMAT_VERSION = 1;
    private static final byte[] MAGIC = "CB-AUDIT".getBytes(StandardCharsets.US_ASCII);

    private AuditEncoding() {
    }

    public static byte[] encode(AuditEntry e) {
        if (e.formatVersion() != FORMAT_VERSION) {
            throw new IllegalArgumentException("Unknown audit format version " + e.formatVersion());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(e.formatVersion());
            out.writeLong(e.seq());
            Instant t = e.occurredAt();
            out.writeLong(t.getEpochSecond());
            out.writeInt(t.getNano());
            writeString(out, e.zoneId());
            writeString(out, e.userId());
            writeString(out, e.eventType());
            writeString(out, e.recordType());
            writeString(out, e.recordId());
            writeString(out, e.oldValue());
            writeString(out, e.newValue());
            writeString(out, e.reason());
            out.write(e.prevHash().bytes());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
