package org.compliancebridge.domain.port;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.compliancebridge.domain.Checkpoint;

/** Writes the portable audit trail file (docs/audit-trail-format.md) that inspectors verify without the app. */
public interface PortableTrailWriter {
    record Header(UUID workspaceId, String organisation, Instant exportedAt, String exportedBy,
            String exportedByName) {
    }

    record Certificate(String keyId, String userId, byte[] der) {
    }

    /**
     * @param sealSigner signs the seal payload with the exporter's key (ECDSA, DER)
     * @return the number of entries written
     */
    long write(Path target, Header header, AuditTrailWriter.Pages pages, List<Certificate> certificates,
            Checkpoint checkpoint, String sealKeyId, UnaryOperator<byte[]> sealSigner);
}
