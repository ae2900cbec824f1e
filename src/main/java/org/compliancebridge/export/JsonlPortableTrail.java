package org.compliancebridge.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.compliancebridge.audit.ChainAnchor;
import org.compliancebridge.audit.ChainVerifier;
import org.compliancebridge.audit.VerificationReport;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.Canonical;
import org.compliancebridge.domain.Checkpoint;
import org.compliancebridge.domain.Hash;
import org.compliancebridge.domain.StorageException;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.port.AuditTrailWriter;
import org.compliancebridge.domain.port.PortableTrailWriter;
import org.compliancebridge.domain.port.SigningKeys;

/**
 * The portable audit trail: JSON Lines, one object per line (format in docs/audit-trail-format.md). Every byte is
 * covered: entries by the hash chain and the signed checkpoint, the whole file by the final "seal" line, an ECDSA
 * signature over the SHA-256 of all bytes before it.
 */
public final class JsonlPortableTrail implements PortableTrailWriter {
    public static final String FORMAT = "compliancebridge-audit-trail";
    private static final long MAX_FILE = 4L * 1024 * 1024 * 1024;
    private final ObjectMapper json = new ObjectMapper();
    private final SigningKeys signing;

    public JsonlPortableTrail(SigningKeys signing) {
        this.signing = signing;
    }

    /** The bytes the seal signature covers (version 1). */
    static byte[] sealPayload(byte[] sha256) {
        return Canonical.of("CB-TRAIL-SEAL", 1).bytes(sha256).toBytes();
    }

    @Override
    public long write(Path target, Header header, AuditTrailWriter.Pages pages, List<Certificate> certificates,
            Checkpoint checkpoint, String sealKeyId, UnaryOperator<byte[]> sealSigner) {
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        long n = 0;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (OutputStream raw = Files.newOutputStream(tmp);
                    DigestOutputStream out = new DigestOutputStream(new java.io.BufferedOutputStream(raw, 1 << 16),
                            sha)) {
                ObjectNode h = json.createObjectNode();
                h.put("type", "header");
                h.put("format", FORMAT);
                h.put("version", 1);
                h.put("workspaceId", header.workspaceId().toString());
                h.put("organisation", header.organisation());
                h.put("exportedAt", header.exportedAt().toString());
                h.put("exportedBy", header.exportedBy());
                h.put("exportedByName", header.exportedByName());
                h.put("headSeq", checkpoint.seq());
                line(out, h);
                for (List<AuditEntry> page = pages.next(); !page.isEmpty(); page = pages.next()) {
                    for (AuditEntry e : page) {
                        if (e.seq() > checkpoint.seq()) {
                            continue;
                        }
                        line(out, entry(e));
                        n++;
                    }
                }
                for (Certificate c : certificates) {
                    ObjectNode cn = json.createObjectNode();
                    cn.put("type", "certificate");
                    cn.put("keyId", c.keyId());
                    cn.put("userId", c.userId());
                    cn.put("der", Base64.getEncoder().encodeToString(c.der()));
                    cn.put("pem", signing.toPem(c.der()));
                    line(out, cn);
                }
                ObjectNode cp = json.createObjectNode();
                cp.put("type", "checkpoint");
                cp.put("checkpointId", checkpoint.checkpointId().toString());
                cp.put("workspaceId", checkpoint.workspaceId().toString());
                cp.put("seq", checkpoint.seq());
                cp.put("headHash", checkpoint.headHash().hex());
                cp.put("createdAt", checkpoint.createdAt().toString());
                cp.put("userId", checkpoint.userId().value());
                cp.put("occasion", checkpoint.occasion());
                cp.put("keyId", checkpoint.keyId());
                cp.put("signature", Base64.getEncoder().encodeToString(checkpoint.signature()));
                line(out, cp);
                out.flush();
                byte[] digest = sha.digest();
                ObjectNode seal = json.createObjectNode();
                seal.put("type", "seal");
                seal.put("sha256", java.util.HexFormat.of().formatHex(digest));
                seal.put("keyId", sealKeyId);
                seal.put("signature", Base64.getEncoder().encodeToString(sealSigner.apply(sealPayload(digest))));
                raw.write((json.writeValueAsString(seal) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return n;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the original failure matters
            }
            throw new StorageException("The audit trail could not be written to " + target + " (" + e.getMessage()
                    + "). Nothing was written.", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode entry(AuditEntry e) {
        ObjectNode n = json.createObjectNode();
        n.put("type", "entry");
        n.put("seq", e.seq());
        n.put("formatVersion", e.formatVersion());
        n.put("occurredAt", e.occurredAt().toString());
        n.put("zoneId", e.zoneId());
        n.put("userId", e.userId());
        n.put("eventType", e.eventType());
        n.put("recordType", e.recordType());
        n.put("recordId", e.recordId());
        n.put("oldValue", e.oldValue());
        n.put("newValue", e.newValue());
        n.put("reason", e.reason());
        n.put("prevHash", e.prevHash().hex());
        n.put("hash", e.hash().hex());
        return n;
    }

    private void line(OutputStream out, JsonNode node) throws IOException {
        out.write(json.writeValueAsBytes(node));
        out.write('\n');
    }

    /** What {@link #verify} found. */
    public record Verdict(boolean intact, List<String> lines, long entries, Optional<String> signerFingerprint) {
    }

    /**
     * Checks a portable trail file with no workspace and no password. Intact only if the seal covers every byte,
     * the seal and checkpoint signatures verify, the chain recomputes from the workspace's genesis, and the signed
     * checkpoint covers the last entry.
     *
     * @param trusted if present, the seal must be signed by exactly this certificate (DER)
     */
    public Verdict verify(Path file, Optional<byte[]> trusted) {
        try {
            return verifyUnchecked(file, trusted);
        } catch (StorageException e) {
            throw e;
        } catch (RuntimeException e) {
            // Any malformed part (bad base64, bad UUID, broken certificate) means the file is not what was sealed.
            return fail("the file is malformed (" + e.getClass().getSimpleName() + "): it was changed or is not a"
                    + " ComplianceBridge audit trail");
        }
    }

    private Verdict verifyUnchecked(Path file, Optional<byte[]> trusted) {
        List<String> problems = new ArrayList<>();
        byte[] all;
        try {
            if (Files.size(file) > MAX_FILE) {
                return fail("the file is larger than 4 GB; it is not a ComplianceBridge audit trail");
            }
            all = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StorageException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (all.length == 0 || all[all.length - 1] != '\n') {
            return fail("the file does not end with a complete seal line: it was cut off or changed");
        }
        int lastStart = lastLineStart(all);
        JsonNode seal;
        try {
            seal = json.readTree(new String(all, lastStart, all.length - lastStart, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            return fail("the last line is not a readable seal: the file was cut off or changed");
        }
        if (!"seal".equals(seal.path("type").asText())) {
            return fail("the last line is not the seal: the file was cut off or changed");
        }
        byte[] digest;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(all, 0, lastStart);
            digest = sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        if (!java.util.HexFormat.of().formatHex(digest).equals(seal.path("sha256").asText())) {
            problems.add("the content before the seal does not match the sealed SHA-256: the file was changed");
        }
        Map<String, byte[]> certs = new HashMap<>();
        List<JsonNode> entryNodes = new ArrayList<>();
        JsonNode header = null;
        JsonNode checkpoint = null;
        String text = new String(all, 0, lastStart, StandardCharsets.UTF_8);
        int lineNo = 0;
        for (String l : text.split("\n", -1)) {
            lineNo++;
            if (l.isEmpty()) {
                continue;
            }
            JsonNode n;
            try {
                n = json.readTree(l);
            } catch (JsonProcessingException e) {
                problems.add("line " + lineNo + " is not valid JSON");
                continue;
            }
            switch (n.path("type").asText()) {
                case "header" -> header = lineNo == 1 ? n : header;
                case "entry" -> entryNodes.add(n);
                case "certificate" -> certs.put(n.path("keyId").asText(), Base64.getDecoder().decode(
                        n.path("der").asText()));
                case "checkpoint" -> checkpoint = n;
                default -> problems.add("line " + lineNo + " has an unknown type '" + n.path("type").asText() + "'");
            }
        }
        byte[] sealCert = certs.get(seal.path("keyId").asText());
        Optional<String> fingerprint = Optional.empty();
        if (sealCert == null) {
            problems.add("the seal's certificate is not in the file");
        } else {
            fingerprint = Optional.of(signing.describe(sealCert).sha256Fingerprint() + " ("
                    + signing.describe(sealCert).printedName() + ", " + signing.describe(sealCert).userId() + ")");
            if (!signing.verify(sealCert, sealPayload(digest), decode(seal.path("signature").asText()))) {
                problems.add("the seal signature does not verify: the file was changed");
            }
            if (trusted.isPresent() && !Arrays.equals(trusted.get(), sealCert)) {
                problems.add("the seal was made with a different certificate than the trusted one given");
            }
        }
        if (header == null || !FORMAT.equals(header.path("format").asText()) || header.path("version").asInt() != 1) {
            problems.add("the first line is not a version-1 ComplianceBridge audit trail header");
            return new Verdict(false, problems, entryNodes.size(), fingerprint);
        }
        UUID workspaceId = UUID.fromString(header.path("workspaceId").asText());
        List<ChainAnchor> anchors = new ArrayList<>();
        if (checkpoint == null) {
            problems.add("the signed checkpoint is missing");
        } else {
            Checkpoint cp = new Checkpoint(UUID.fromString(checkpoint.path("checkpointId").asText()),
                    UUID.fromString(checkpoint.path("workspaceId").asText()), checkpoint.path("seq").asLong(),
                    Hash.ofHex(checkpoint.path("headHash").asText()), Instant.parse(checkpoint.path("createdAt")
                    .asText()), new UserId(checkpoint.path("userId").asText()), checkpoint.path("occasion").asText(),
                    checkpoint.path("keyId").asText(), decode(checkpoint.path("signature").asText()));
            byte[] cpCert = certs.get(cp.keyId());
            if (cpCert == null || !signing.verify(cpCert, cp.payload(), cp.signature())
                    || !cp.workspaceId().equals(workspaceId)) {
                problems.add("the checkpoint signature does not verify");
            } else {
                anchors.add(new ChainAnchor(cp.seq(), cp.headHash(), cp.createdAt(), cp.userId().value(), "export"));
            }
            long last = entryNodes.isEmpty() ? 0 : entryNodes.get(entryNodes.size() - 1).path("seq").asLong();
            if (last != cp.seq()) {
                problems.add("the entries end at " + last + " but the signed checkpoint covers entry " + cp.seq()
                        + ": entries were removed or added");
            }
        }
        ChainVerifier v = new ChainVerifier(workspaceId, anchors, null, null);
        try {
            for (JsonNode n : entryNodes) {
                v.accept(new AuditEntry(n.path("seq").asLong(), n.path("formatVersion").asInt(),
                        Instant.parse(n.path("occurredAt").asText()), n.path("zoneId").asText(),
                        n.path("userId").asText(), n.path("eventType").asText(), n.path("recordType").asText(),
                        text(n, "recordId"), text(n, "oldValue"), text(n, "newValue"), text(n, "reason"),
                        Hash.ofHex(n.path("prevHash").asText()), Hash.ofHex(n.path("hash").asText())));
            }
        } catch (RuntimeException e) {
            problems.add("an entry is malformed (" + e.getMessage() + ")");
        }
        VerificationReport r = v.finish();
        r.findings().forEach(f -> problems.add(f.kind() + " at entry " + f.seq() + ": " + f.message()));
        if (problems.isEmpty()) {
            return new Verdict(true, List.of("intact: " + entryNodes.size() + " entries of workspace " + workspaceId
                    + " (" + header.path("organisation").asText() + "), exported " + header.path("exportedAt").asText()
                    + " by " + header.path("exportedByName").asText() + "; sealed by certificate "
                    + fingerprint.orElse("?")), entryNodes.size(), fingerprint);
        }
        return new Verdict(false, problems, entryNodes.size(), fingerprint);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static byte[] decode(String b64) {
        try {
            return Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static Verdict fail(String why) {
        return new Verdict(false, List.of(why), 0, Optional.empty());
    }

    private static int lastLineStart(byte[] all) {
        int i = all.length - 2;
        while (i >= 0 && all[i] != '\n') {
            i--;
        }
        return i + 1;
    }
}
