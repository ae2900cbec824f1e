package org.compliancebridge.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.compliancebridge.domain.Checkpoint;
import org.compliancebridge.domain.FailedLogin;
import org.compliancebridge.domain.FileCheckpoint;
import org.compliancebridge.domain.Hash;
import org.compliancebridge.domain.KdfParams;
import org.compliancebridge.domain.KeyFile;
import org.compliancebridge.domain.KeySlot;
import org.compliancebridge.domain.NotAWorkspaceException;
import org.compliancebridge.domain.StorageException;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.WrappedKey;
import org.compliancebridge.domain.port.WorkspaceFiles;

/**
 * The key file ({@code workspace.keys}, JSON) and the failed-login side file ({@code failed-logins.jsonl}). Both hold
 * no workspace data: the key file only wrapped keys, the side file time, zone, the user ID typed and the reason.
 */
public final class JsonWorkspaceFiles implements WorkspaceFiles {
    static final String KEY_FILE_FORMAT = "compliancebridge-keyfile";
    private static final int MAX_KEY_FILE_BYTES = 1 << 20;
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public boolean hasKeyFile(Path folder) {
        return Files.isRegularFile(folder.resolve(WorkspacePaths.KEY_FILE));
    }

    @Override
    public KeyFile readKeyFile(Path folder) {
        Path file = folder.resolve(WorkspacePaths.KEY_FILE);
        try {
            if (Files.size(file) > MAX_KEY_FILE_BYTES) {
                throw notAKeyFile(file, null);
            }
            JsonNode root = json.readTree(Files.readAllBytes(file));
            if (!KEY_FILE_FORMAT.equals(root.path("format").asText())) {
                throw notAKeyFile(file, null);
            }
            int version = root.path("version").asInt(-1);
            if (version != KeyFile.FORMAT_VERSION) {
                throw new org.compliancebridge.domain.NewerSchemaException("The key file of this workspace has format "
                        + version + ", which this version of ComplianceBridge does not understand. Open the workspace"
                        + " with the version that created it.");
            }
            List<KeySlot> slots = new ArrayList<>();
            for (JsonNode s : root.withArray("slots")) {
                slots.add(readSlot(s));
            }
            return new KeyFile(version, UUID.fromString(root.path("workspaceId").asText()), slots);
        } catch (NoSuchFileException e) {
            throw new NotAWorkspaceException("The folder " + folder + " is not a ComplianceBridge workspace (its key"
                    + " file " + WorkspacePaths.KEY_FILE + " is missing). Choose the workspace folder itself.");
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw notAKeyFile(file, e);
        }
    }

    private static NotAWorkspaceException notAKeyFile(Path file, Exception cause) {
        return new NotAWorkspaceException("The key file " + file + " is damaged or not a ComplianceBridge key file."
                + " Restore the workspace folder from a backup.", cause);
    }

    private static KeySlot readSlot(JsonNode s) {
        KeySlot.Kind kind = KeySlot.Kind.valueOf(s.path("kind").asText());
        Optional<UserId> user = s.hasNonNull("userId") ? Optional.of(new UserId(s.get("userId").asText()))
                : Optional.empty();
        JsonNode kdf = s.path("kdf");
        Base64.Decoder b64 = Base64.getDecoder();
        WrappedKey key = new WrappedKey(s.path("algorithm").asText(),
                new KdfParams(kdf.path("memoryKiB").asInt(), kdf.path("iterations").asInt(),
                        kdf.path("parallelism").asInt()),
                b64.decode(kdf.path("salt").asText()), b64.decode(s.path("nonce").asText()),
                b64.decode(s.path("wrappedKey").asText()));
        return new KeySlot(kind, user, key);
    }

    @Override
    public void writeKeyFile(Path folder, KeyFile keyFile) {
        ObjectNode root = json.createObjectNode();
        root.put("format", KEY_FILE_FORMAT);
        root.put("version", keyFile.formatVersion());
        root.put("workspaceId", keyFile.workspaceId().toString());
        ArrayNode slots = root.putArray("slots");
        Base64.Encoder b64 = Base64.getEncoder();
        for (KeySlot slot : keyFile.slots()) {
            ObjectNode s = slots.addObject();
            s.put("kind", slot.kind().name());
            slot.userId().ifPresent(u -> s.put("userId", u.value()));
            WrappedKey w = slot.wrappedKey();
            s.put("algorithm", w.algorithm());
            ObjectNode kdf = s.putObject("kdf");
            kdf.put("name", "argon2id");
            kdf.put("memoryKiB", w.kdf().memoryKiB());
            kdf.put("iterations", w.kdf().iterations());
            kdf.put("parallelism", w.kdf().parallelism());
            kdf.put("salt", b64.encodeToString(w.salt()));
            s.put("nonce", b64.encodeToString(w.nonce()));
            s.put("wrappedKey", b64.encodeToString(w.ciphertext()));
        }
        try {
            writeAtomically(folder.resolve(WorkspacePaths.KEY_FILE),
                    json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void appendFailedLogin(Path folder, FailedLogin attempt) {
        ObjectNode line = json.createObjectNode();
        line.put("at", attempt.at().toString());
        line.put("zone", attempt.zoneId());
        line.put("userId", attempt.attemptedUserId());
        line.put("reason", attempt.reason());
        try (FileChannel ch = FileChannel.open(folder.resolve(WorkspacePaths.FAILED_LOGINS_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap((json.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        } catch (IOException e) {
            throw new StorageException("Could not record the failed sign-in in " + folder + ": " + e.getMessage()
                    + ". Check that the folder is writable.", e);
        }
    }

    @Override
    public List<FailedLogin> readFailedLogins(Path folder) {
        Path file = folder.resolve(WorkspacePaths.FAILED_LOGINS_FILE);
        List<FailedLogin> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode n = json.readTree(line);
                    out.add(new FailedLogin(Instant.parse(n.path("at").asText()), n.path("zone").asText("UTC"),
                            n.path("userId").asText(""), n.path("reason").asText("")));
                } catch (IOException | RuntimeException malformed) {
                    // A torn last line (crash during append) or an edited line: keep it visible, not silently dropped.
                    out.add(new FailedLogin(Instant.EPOCH, "UTC", "?", "unreadable entry in side file"));
                }
            }
        } catch (IOException e) {
            throw new StorageException("Could not read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public void clearFailedLogins(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(WorkspacePaths.FAILED_LOGINS_FILE));
        } catch (IOException e) {
            throw new StorageException("Could not clear " + WorkspacePaths.FAILED_LOGINS_FILE + ": " + e.getMessage(),
                    e);
        }
    }

    static final String CHECKPOINT_FORMAT = "compliancebridge-checkpoint";

    @Override
    public void appendCheckpoint(Path folder, Checkpoint c, byte[] certificateDer) {
        ObjectNode line = json.createObjectNode();
        line.put("format", CHECKPOINT_FORMAT);
        line.put("version", 1);
        line.put("checkpointId", c.checkpointId().toString());
        line.put("workspaceId", c.workspaceId().toString());
        line.put("seq", c.seq());
        line.put("headHash", c.headHash().hex());
        line.put("createdAt", c.createdAt().toString());
        line.put("userId", c.userId().value());
        line.put("occasion", c.occasion());
        line.put("keyId", c.keyId());
        line.put("signature", Base64.getEncoder().encodeToString(c.signature()));
        line.put("certificate", Base64.getEncoder().encodeToString(certificateDer));
        try (FileChannel ch = FileChannel.open(folder.resolve(WorkspacePaths.CHECKPOINT_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap((json.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        } catch (IOException e) {
            throw new StorageException("Could not append to the checkpoint file in " + folder + " ("
                    + e.getMessage() + "). Check that the disk is not full and the folder is writable.", e);
        }
    }

    @Override
    public List<FileCheckpoint> readCheckpoints(Path folder) {
        Path file = folder.resolve(WorkspacePaths.CHECKPOINT_FILE);
        return Files.isRegularFile(file) ? readCheckpointFile(file) : List.of();
    }

    @Override
    public List<FileCheckpoint> readCheckpointFile(Path file) {
        List<FileCheckpoint> out = new ArrayList<>();
        List<String> lines;
        try {
            if (Files.size(file) > 256L * 1024 * 1024) {
                throw new org.compliancebridge.domain.InvalidInputException("The checkpoint file " + file
                        + " is larger than 256 MB; it is not a ComplianceBridge checkpoint file.");
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StorageException("Could not read the checkpoint file " + file + ": " + e.getMessage(), e);
        }
        String source = file.getFileName().toString();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            try {
                JsonNode n = json.readTree(text);
                if (!CHECKPOINT_FORMAT.equals(n.path("format").asText()) || n.path("version").asInt() != 1) {
                    throw new IllegalArgumentException("not a version-1 checkpoint line");
                }
                Checkpoint c = new Checkpoint(UUID.fromString(n.path("checkpointId").asText()),
                        UUID.fromString(n.path("workspaceId").asText()), n.path("seq").asLong(),
                        Hash.ofHex(n.path("headHash").asText()), Instant.parse(n.path("createdAt").asText()),
                        new UserId(n.path("userId").asText()), n.path("occasion").asText(), n.path("keyId").asText(),
                        Base64.getDecoder().decode(n.path("signature").asText()));
                out.add(new FileCheckpoint(Optional.of(c), Optional.of(Base64.getDecoder().decode(
                        n.path("certificate").asText())), source, i + 1, Optional.empty()));
            } catch (IOException | RuntimeException e) {
                out.add(new FileCheckpoint(Optional.empty(), Optional.empty(), source, i + 1,
                        Optional.of("line " + (i + 1) + " of " + source + " is not a readable checkpoint")));
            }
        }
        return out;
    }

    /** Write to a temporary file in the same folder, force it to disk, then rename over the target. */
    static void writeAtomically(Path target, byte[] content) {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort; the original file is untouched
            }
            String why = String.valueOf(e.getMessage()).toLowerCase().contains("space")
                    ? "the disk is full" : e.getMessage();
            throw new StorageException("Could not save " + target.getFileName() + " (" + why + "). The previous"
                    + " version is unchanged; free space or check permissions and try again.", e);
        }
    }
}
