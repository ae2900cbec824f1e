package org.compliancebridge.domain.gap;

import java.time.Instant;
import java.util.UUID;
import org.compliancebridge.domain.UserId;

/**
 * One Excel matrix export. {@code tokenKey} is a random secret kept only in the encrypted workspace; it keys the
 * HMAC row tokens written into the file, so a re-imported workbook can be recognised as ours and unaltered in its
 * hidden columns.
 */
public record MatrixExport(UUID exportId, byte[] tokenKey, String fileSha256, long rowCount, Instant exportedAt,
        UserId exportedBy) {
}
