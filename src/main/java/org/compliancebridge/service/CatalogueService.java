package org.compliancebridge.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.landscape.Catalogue;
import org.compliancebridge.domain.landscape.CatalogueDocument;
import org.compliancebridge.domain.landscape.CatalogueExistsException;
import org.compliancebridge.domain.landscape.CatalogueFormatException;
import org.compliancebridge.domain.landscape.CatalogueItem;
import org.compliancebridge.domain.landscape.CrosswalkLink;
import org.compliancebridge.domain.landscape.CrosswalkMapping;
import org.compliancebridge.domain.landscape.ImportCancelledException;
import org.compliancebridge.domain.landscape.ImportLimits;
import org.compliancebridge.domain.landscape.ItemKind;
import org.compliancebridge.domain.landscape.ItemRef;
import org.compliancebridge.domain.landscape.Origin;
import org.compliancebridge.domain.landscape.ProgressMonitor;
import org.compliancebridge.domain.port.BundledCatalogues;
import org.compliancebridge.domain.port.CatalogueReader;
import org.compliancebridge.domain.port.Transaction;

/**
 * The framework catalogues of a workspace: loading the bundled ones (at creation and after an upgrade), importing
 * OSCAL catalogues chosen by a user, reading items and searching them.
 *
 * <p>Every load is all-or-nothing: the file is parsed and validated completely first, then stored in one audited
 * transaction with one audit entry per catalogue (naming the source file and its SHA-256), never one per item.
 * Cancellation is a flag checked between batches; a cancelled import rolls back.
 */
public final class CatalogueService {
    private static final int BATCH = 50;
    private final Session session;
    private final CatalogueReader reader;
    private final BundledCatalogues bundled;
    private final ImportLimits limits;
    private volatile CatalogueIndex index;

    public CatalogueService(Session session, CatalogueReader reader, BundledCatalogues bundled) {
        this(session, reader, bundled, ImportLimits.DEFAULT);
    }

    public CatalogueService(Session session, CatalogueReader reader, BundledCatalogues bundled, ImportLimits limits) {
        this.session = session;
        this.reader = reader;
        this.bundled = bundled;
        this.limits = limits;
    }

    /** What {@link #ensureBundled} did. */
    public record BundledLoad(List<String> loaded, List<String> updated, List<String> crosswalks) {
        public boolean changedAnything() {
            return !loaded.isEmpty() || !updated.isEmpty() || !crosswalks.isEmpty();
        }
    }

    /**
     * Brings the bundled catalogues and crosswalks of this application version into the workspace: missing ones are
     * loaded, bundled ones whose file changed (an application upgrade) are replaced; identical ones are skipped by
     * their SHA-256 without parsing. Idempotent; runs at every sign-in.
     */
    public BundledLoad ensureBundled() {
        Map<String, Catalogue> present = session.writes().read(tx -> tx.catalogues().catalogues()).stream()
                .collect(Collectors.toMap(Catalogue::frameworkId, c -> c));
        Set<String> presentHashes = present.values().stream().filter(c -> c.origin() == Origin.BUNDLED)
                .map(c -> c.sourceFile() + "\u0000" + c.sha256()).collect(Collectors.toSet());
        List<String> loaded = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        for (BundledCatalogues.BundledFile f : bundled.catalogueFiles()) {
            String sha = sha256(f.content());
            if (presentHashes.contains(f.name() + "\u0000" + sha)) {
                continue;
            }
            CatalogueDocument doc = reader.readCatalogue(f.content(), f.name(), null, limits, ProgressMonitor.NONE);
            Catalogue old = present.get(doc.info().frameworkId());
            if (old != null && old.origin() != Origin.BUNDLED) {
                throw new IllegalStateException("Framework ID " + old.frameworkId() + " is taken by an imported"
                        + " catalogue");
            }
            store(doc, Origin.BUNDLED, f.name(), sha, Optional.ofNullable(old), old == null
                    ? "catalogue bundled with ComplianceBridge loaded into the workspace"
                    : "newer version of the bundled catalogue shipped with this ComplianceBridge version",
                    ProgressMonitor.NONE);
            (old == null ? loaded : updated).add(doc.info().frameworkId());
        }
        List<String> crosswalks = new ArrayList<>();
        Map<String, String> loadedSources = session.writes().read(tx -> tx.crosswalk().loadedSources());
        for (BundledCatalogues.BundledFile f : bundled.crosswalkFiles()) {
            String sha = sha256(f.content());
            if (sha.equals(loadedSources.get(f.name()))) {
                continue;
            }
            loadBundledCrosswalk(f.name(), sha, reader.readCrosswalk(f.content(), f.name()));
            crosswalks.add(f.name());
        }
        if (!loaded.isEmpty() || !updated.isEmpty()) {
            index = null;
        }
        return new BundledLoad(loaded, updated, crosswalks);
    }

    private void loadBundledCrosswalk(String file, String sha, List<CrosswalkMapping> rows) {
        session.writes().write(session.actor(), ctx -> {
            Transaction tx = ctx.tx();
            for (CrosswalkMapping m : rows) {
                requireItem(tx, m.source(), file);
                if (m.target() != null) {
                    requireItem(tx, m.target(), file);
                }
            }
            Instant now = session.clock().instant();
            var me = session.account().userId();
            Map<String, CrosswalkLink> existing = new HashMap<>();
            for (CrosswalkLink l : tx.crosswalk().all()) {
                if (file.equals(l.bundleFile())) {
                    existing.put(l.mapping().key(), l);
                }
            }
            List<CrosswalkLink> added = new ArrayList<>();
            int changed = 0;
            int retired = 0;
            for (CrosswalkMapping m : rows) {
                CrosswalkLink l = existing.remove(m.key());
                if (l == null) {
                    added.add(new CrosswalkLink(UUID.randomUUID(), m, Origin.BUNDLED, file, true, false, now, me, now,
                            me));
                } else if (!l.userModified() && !l.mapping().equals(m)) {
                    tx.crosswalk().update(new CrosswalkLink(l.linkId(), m, l.origin(), file, true, false,
                            l.createdAt(), l.createdBy(), now, me));
                    changed++;
                }
            }
            for (CrosswalkLink gone : existing.values()) {
                if (!gone.userModified() && gone.active()) {
                    tx.crosswalk().update(new CrosswalkLink(gone.linkId(), gone.mapping(), gone.origin(), file, false,
                            false, gone.createdAt(), gone.createdBy(), now, me));
                    retired++;
                }
            }
            tx.crosswalk().insert(added);
            tx.crosswalk().recordSource(file, sha, rows.size(), now, me);
            return ctx.record(AuditDraft.of(AuditEventType.CROSSWALK_IMPORTED, "CROSSWALK", file, null,
                    AuditValues.json(AuditValues.of("sourceFile", file, "sha256", sha, "rows", rows.size(),
                            "added", added.size(), "updated", changed, "retired", retired)))
                    .withReason("crosswalk bundled with ComplianceBridge loaded into the workspace"));
        });
    }

    private static void requireItem(Transaction tx, ItemRef ref, String file) {
        if (!tx.catalogues().exists(ref)) {
            throw new IllegalStateException("Bundled crosswalk " + file + " names an unknown item " + ref);
        }
    }

    /**
     * Imports an OSCAL 1.x catalog file chosen by a user.
     *
     * @param frameworkId the framework ID to use when the file does not state one; empty to derive it from the title
     * @param replace     whether an earlier import with the same framework ID may be replaced (needs a reason)
     */
    public Catalogue importFile(Path file, Optional<String> frameworkId, boolean replace, String reason,
            ProgressMonitor monitor) {
        byte[] content = readLimited(file);
        return importContent(content, file.getFileName().toString(), frameworkId, replace, reason, monitor);
    }

    /** Imports catalogue content (see {@link #importFile}). */
    public Catalogue importContent(byte[] content, String sourceName, Optional<String> frameworkId, boolean replace,
            String reason, ProgressMonitor monitor) {
        String sha = sha256(content);
        ProgressMonitor parse = scaled(monitor, 0, 0.6);
        CatalogueDocument doc = reader.readCatalogue(content, sourceName, frameworkId.map(s -> s.strip()
                .toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).orElse(null), limits, parse);
        String fid = doc.info().frameworkId();
        if (bundled.catalogueFiles().stream().anyMatch(f -> f.name().equals(fid + ".json"))
                || session.writes().read(tx -> tx.catalogues().find(fid)).filter(c -> c.origin() == Origin.BUNDLED)
                .isPresent()) {
            throw new InvalidInputException("The framework ID '" + fid + "' belongs to a catalogue that comes with"
                    + " ComplianceBridge and cannot be replaced by an import. Import the file under another framework"
                    + " ID.");
        }
        Optional<Catalogue> old = session.writes().read(tx -> tx.catalogues().find(fid));
        if (old.isPresent()) {
            Catalogue o = old.get();
            if (o.sha256().equals(sha)) {
                throw new InvalidInputException("This file was imported already as '" + fid + "' on "
                        + o.importedAt().atZone(session.zone()).toLocalDate() + " by " + o.importedBy()
                        + " (identical content). Nothing was imported.");
            }
            if (!replace) {
                throw new CatalogueExistsException(fid, "A catalogue with the framework ID '" + fid
                        + "' exists already ("
                        + o.sourceFile() + ", imported " + o.importedAt().atZone(session.zone()).toLocalDate()
                        + "). Choose to replace it, or import the file under another framework ID.");
            }
            if (reason == null || reason.isBlank()) {
                throw new InvalidInputException("Give the reason for replacing the catalogue '" + fid + "'; it is"
                        + " recorded in the audit trail.");
            }
        }
        if (monitor.cancelled()) {
            throw new ImportCancelledException("The import was cancelled. Nothing was imported.");
        }
        Catalogue c = store(doc, Origin.IMPORTED, sourceName, sha, old, reason == null || reason.isBlank()
                ? null : reason.strip(), scaled(monitor, 0.6, 1.0));
        index = null;
        return c;
    }

    private Catalogue store(CatalogueDocument doc, Origin origin, String sourceName, String sha,
            Optional<Catalogue> old, String reason, ProgressMonitor monitor) {
        return session.writes().write(session.actor(), ctx -> {
            Transaction tx = ctx.tx();
            old.ifPresent(o -> tx.catalogues().delete(o.frameworkId()));
            Catalogue c = new Catalogue(doc.info(), origin, sourceName, sha, doc.items().size(),
                    session.clock().instant(), session.account().userId());
            tx.catalogues().insert(c);
            List<CatalogueItem> items = doc.items();
            for (int from = 0; from < items.size(); from += BATCH) {
                if (monitor.cancelled()) {
                    throw new ImportCancelledException("The import was cancelled. Nothing was imported.");
                }
                tx.catalogues().insertItems(items.subList(from, Math.min(items.size(), from + BATCH)));
                monitor.progress((double) Math.min(items.size(), from + BATCH) / items.size(), "Storing "
                        + Math.min(items.size(), from + BATCH) + " of " + items.size() + " items");
            }
            ctx.record(AuditDraft.of(old.isPresent() ? AuditEventType.CATALOGUE_REPLACED
                    : AuditEventType.CATALOGUE_IMPORTED, "CATALOGUE", c.frameworkId(),
                    old.map(CatalogueService::describe).orElse(null), describe(c, doc)).withReason(reason));
            return c;
        });
    }

    private static String describe(Catalogue c) {
        return AuditValues.json(AuditValues.of("frameworkId", c.frameworkId(), "title", c.title(), "version",
                c.info().version(), "sourceFile", c.sourceFile(), "sha256", c.sha256(), "items", c.itemCount(),
                "origin", c.origin().name()));
    }

    private static String describe(Catalogue c, CatalogueDocument doc) {
        long controls = doc.items().stream().filter(i -> i.kind() == ItemKind.CONTROL).count();
        return AuditValues.json(AuditValues.of("frameworkId", c.frameworkId(), "title", c.title(), "version",
                c.info().version(), "oscalVersion", c.info().oscalVersion(), "sourceFile", c.sourceFile(), "sha256",
                c.sha256(), "items", c.itemCount(), "controls", controls, "assessable", doc.assessableCount(),
                "origin", c.origin().name(), "draft", c.info().draft()));
    }

    private byte[] readLimited(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new InvalidInputException(file + " is a folder. Choose an OSCAL catalog file (.json).");
            }
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new CatalogueFormatException(file.getFileName() + " is " + megabytes(size) + "; catalogues"
                        + " larger than " + megabytes(limits.maxFileBytes()) + " are refused.");
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Read at most one byte more than allowed: the file may grow between the size check and the read.
                byte[] content = in.readNBytes((int) limits.maxFileBytes() + 1);
                if (content.length > limits.maxFileBytes()) {
                    throw new CatalogueFormatException(file.getFileName() + " is larger than "
                            + megabytes(limits.maxFileBytes()) + "; catalogues that large are refused.");
                }
                return content;
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("The file " + file + " does not exist.");
        } catch (IOException e) {
            throw new InvalidInputException("Could not read " + file + ": " + e.getMessage());
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static ProgressMonitor scaled(ProgressMonitor m, double from, double to) {
        return new ProgressMonitor() {
            @Override
            public void progress(double fraction, String message) {
                m.progress(from + (to - from) * Math.max(0, Math.min(1, fraction)), message);
            }

            @Override
            public boolean cancelled() {
                return m.cancelled();
            }
        };
    }

    public List<Catalogue> catalogues() {
        return session.writes().read(tx -> tx.catalogues().catalogues());
    }

    public List<CatalogueItem> items(String frameworkId) {
        return session.writes().read(tx -> tx.catalogues().items(frameworkId));
    }

    public Optional<CatalogueItem> item(ItemRef ref) {
        return session.writes().read(tx -> tx.catalogues().item(ref));
    }

    /** The in-memory search index over every item of every catalogue (built on first use, rebuilt after imports). */
    public CatalogueIndex index() {
        CatalogueIndex i = index;
        if (i == null) {
            i = new CatalogueIndex(orderedCatalogues(), session.writes().read(tx -> tx.catalogues().allItems()));
            index = i;
        }
        return i;
    }

    /** Catalogues in display order: bundled ones in their documented order, then imports by title. */
    public List<Catalogue> orderedCatalogues() {
        List<String> order = bundled.catalogueFiles().stream().map(f -> f.name().replaceFirst("\\.json$", ""))
                .toList();
        List<Catalogue> all = new ArrayList<>(catalogues());
        all.sort((a, b) -> {
            int ia = order.indexOf(a.frameworkId());
            int ib = order.indexOf(b.frameworkId());
            ia = ia < 0 ? Integer.MAX_VALUE : ia;
            ib = ib < 0 ? Integer.MAX_VALUE : ib;
            return ia != ib ? Integer.compare(ia, ib) : a.title().compareToIgnoreCase(b.title());
        });
        return all;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
