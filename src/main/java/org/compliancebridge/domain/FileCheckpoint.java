package org.compliancebridge.domain;

import java.util.Optional;

/** A checkpoint read from a file, with the certificate stored beside it, or the reason the line is unreadable. */
public record FileCheckpoint(Optional<Checkpoint> checkpoint, Optional<byte[]> certificateDer, String source,
        int lineNumber, Optional<String> problem) {
}
