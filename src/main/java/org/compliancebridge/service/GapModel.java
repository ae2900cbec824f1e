package org.compliancebridge.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compliancebridge.domain.gap.GapRow.LinkedItem;
import org.compliancebridge.domain.landscape.Catalogue;
import org.compliancebridge.domain.landscape.CatalogueItem;
import org.compliancebridge.domain.landscape.CrosswalkLink;
import org.compliancebridge.domain.landscape.CrosswalkMapping;
import org.compliancebridge.domain.landscape.ItemKind;
import org.compliancebridge.domain.landscape.ItemRef;
import org.compliancebridge.domain.landscape.Relationship;

/**
 * What the gap analysis assesses, read once per use: the assessable requirements of the confirmed frameworks in
 * catalogue order, the section each belongs to, short framework names, and every item's crosswalk links read from
 * its own side. Plain data, safe to share between threads once built.
 */
final class GapModel {
    private static final Map<String, String> SHORT_NAMES = Map.of(
            "cfr-part11", "Part 11",
            "eu-gmp-annex11-2011", "Annex 11",
            "eu-gmp-annex11-2025-draft", "Annex 11 (2025 draft)",
            "iso27001-2022", "ISO 27001",
            "nist-csf-2.0", "NIST CSF 2.0",
            "hipaa-security-rule", "HIPAA",
            "gdpr", "GDPR",
            "fda-premarket-cybersecurity", "FDA premarket",
            "imdrf-n60", "IMDRF N60");

    final List<String> frameworks;
    final List<CatalogueItem> items;
    final Map<ItemRef, CatalogueItem> byRef;
    final Map<ItemRef, String> sections;
    final Map<String, String> names;
    final Map<ItemRef, List<LinkedItem>> links;

    private GapModel(List<String> frameworks, List<CatalogueItem> items, Map<ItemRef, CatalogueItem> byRef,
            Map<ItemRef, String> sections, Map<String, String> names, Map<ItemRef, List<LinkedItem>> links) {
        this.frameworks = List.copyOf(frameworks);
        this.items = List.copyOf(items);
        this.byRef = byRef;
        this.sections = sections;
        this.names = names;
        this.links = links;
    }

    static String shortName(Catalogue c) {
        String s = SHORT_NAMES.get(c.frameworkId());
        if (s != null) {
            return s;
        }
        String t = c.title();
        return t.length() <= 28 ? t : t.substring(0, 27) + "…";
    }

    /**
     * @param frameworks confirmed applicable frameworks in catalogue order
     * @param allItems   every item (groups too) of those frameworks, per framework in document order
     */
    static GapModel build(List<Catalogue> catalogues, List<String> frameworks, List<CatalogueItem> allItems,
            List<CrosswalkLink> activeLinks) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Catalogue c : catalogues) {
            names.put(c.frameworkId(), shortName(c));
        }
        Map<ItemRef, CatalogueItem> all = new HashMap<>();
        for (CatalogueItem i : allItems) {
            all.put(i.ref(), i);
        }
        List<CatalogueItem> assessable = new ArrayList<>();
        Map<ItemRef, CatalogueItem> byRef = new HashMap<>();
        Map<ItemRef, String> sections = new HashMap<>();
        for (String f : frameworks) {
            for (CatalogueItem i : allItems) {
                if (i.frameworkId().equals(f) && i.assessable() && !i.withdrawn()) {
                    assessable.add(i);
                    byRef.put(i.ref(), i);
                    sections.put(i.ref(), section(i, all));
                }
            }
        }
        Map<ItemRef, List<LinkedItem>> links = new HashMap<>();
        for (CrosswalkLink l : activeLinks) {
            CrosswalkMapping m = l.mapping();
            if (m.relationship() == Relationship.NONE) {
                continue;
            }
            add(links, all, names, m.source(), m.target(), m.relationship());
            add(links, all, names, m.target(), m.source(), m.relationship().inverse());
        }
        return new GapModel(frameworks, assessable, byRef, sections, names, links);
    }

    private static void add(Map<ItemRef, List<LinkedItem>> links, Map<ItemRef, CatalogueItem> all,
            Map<String, String> names, ItemRef from, ItemRef to, Relationship rel) {
        CatalogueItem target = all.get(to);
        String title = target == null ? "" : target.title();
        links.computeIfAbsent(from, k -> new ArrayList<>()).add(new LinkedItem(to.frameworkId(),
                names.getOrDefault(to.frameworkId(), to.frameworkId()), to.itemId(), title, rel));
    }

    /** The section an item belongs to: its ancestor one level below the top, else its top-level group. */
    private static String section(CatalogueItem item, Map<ItemRef, CatalogueItem> all) {
        List<CatalogueItem> chain = new ArrayList<>();
        CatalogueItem cur = item;
        int guard = 0;
        while (cur.parentId().isPresent() && guard++ < 64) {
            CatalogueItem parent = all.get(new ItemRef(item.frameworkId(), cur.parentId().get()));
            if (parent == null) {
                break;
            }
            chain.add(0, parent);
            cur = parent;
        }
        CatalogueItem s;
        if (chain.size() >= 2) {
            s = chain.get(1);
        } else if (chain.size() == 1) {
            s = chain.get(0);
        } else {
            s = item;
        }
        // Groups without a citable label (OSCAL IDs such as "subpart-b") are shown by their title alone.
        if (s.kind() == ItemKind.GROUP && (s.title().toLowerCase(java.util.Locale.ROOT).startsWith(
                s.itemId().toLowerCase(java.util.Locale.ROOT)) || s.itemId().matches("[a-z0-9]+(-[a-z0-9]+)*"))) {
            return s.title();
        }
        return (s.itemId() + " " + s.title()).strip();
    }

    Optional<CatalogueItem> item(ItemRef ref) {
        return Optional.ofNullable(byRef.get(ref));
    }

    String name(String frameworkId) {
        return names.getOrDefault(frameworkId, frameworkId);
    }

    List<LinkedItem> linksOf(ItemRef ref) {
        return links.getOrDefault(ref, List.of());
    }
}
