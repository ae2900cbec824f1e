package org.compliancebridge.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.BiFunction;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.StorageException;

/**
 * Writes an export so that it appears only when complete: into a temporary file beside the target, then moved over
 * it inside the audited unit that records the export with the file's SHA-256 (no audit entry without the file, no
 * file without the entry), then a signed checkpoint of the chain head.
 */
final class FileExport {
    /** What was written. */
    record Written(Path file, long bytes, String sha256) {
    }

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private FileExport() {
    }

    static Path checkedTarget(Path out) {
        Path target = out.toAbsolutePath().normalize();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InvalidInputException("The folder " + dir + " does not exist. Choose an existing folder.");
        }
        return target;
    }

    /** What the audited unit records about the finished file (it may also store rows of its own). */
    interface Unit {
        AuditDraft record(AuditedWritePath.WriteContext ctx, long size, String sha256);
    }

    /** @param audit builds the export's audit entry from the file's size and SHA-256 */
    static Written write(Session session, Path out, Body body, BiFunction<Long, String, AuditDraft> audit) {
        return write(session, out, body, (ctx, size, sha) -> audit.apply(size, sha));
    }

    static Written write(Session session, Path out, Body body, Unit unit) {
        Path target = checkedTarget(out);
        Path tmp = target.getParent().resolve("." + target.getFileName() + ".part");
        String sha;
        long size;
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (OutputStream os = new DigestOutputStream(Files.newOutputStream(tmp), md)) {
                body.write(os);
            }
            sha = HexFormat.of().formatHex(md.digest());
            size = Files.size(tmp);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new StorageException("Could not write " + target + ": " + e.getMessage() + ". Check that the folder"
                    + " is writable and the disk is not full.", e);
        } catch (NoSuchAlgorithmException e) {
            deleteQuietly(tmp);
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
        try {
            session.writes().write(session.actor(), ctx -> {
                try {
                    try {
                        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new StorageException("Could not save " + target + ": " + e.getMessage() + ". Is the file"
                            + " open in another program? Close it and export again.", e);
                }
                return ctx.record(unit.record(ctx, size, sha));
            });
        } finally {
            deleteQuietly(tmp);
        }
        session.checkpoint("export");
        return new Written(target, size, sha);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless; the next export replaces it
        }
    }
}
