package org.compliancebridge.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.compliancebridge.domain.landscape.Catalogue;
import org.compliancebridge.domain.landscape.CatalogueItem;
import org.compliancebridge.domain.landscape.ItemRef;

/**
 * An immutable in-memory index of catalogue items for search-as-you-type across all catalogues.
 *
 * <p>Each item is reduced once to lower-case text without accents (ID, title, statement, guidance); a query matches
 * when every word of it occurs. Results rank exact ID matches first, then ID prefixes, then items whose ID or title
 * contains the words, then the rest, each in catalogue order. A full scan of 5,000 items takes a few milliseconds
 * (see CatalogueSearchBenchmark), so no inverted index is needed and substring queries such as {@code 11.10(k} work.
 */
public final class CatalogueIndex {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private final List<CatalogueItem> items;
    private final String[] ids;
    private final String[] heads;
    private final String[] texts;
    private final int[] catalogueOrder;
    private final Map<ItemRef, CatalogueItem> byRef = new HashMap<>();
    private final Map<String, String> frameworkTitles = new HashMap<>();

    public CatalogueIndex(List<Catalogue> catalogues, List<CatalogueItem> items) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < catalogues.size(); i++) {
            order.put(catalogues.get(i).frameworkId(), i);
            frameworkTitles.put(catalogues.get(i).frameworkId(), catalogues.get(i).title());
        }
        List<CatalogueItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt((CatalogueItem it) -> order.getOrDefault(it.frameworkId(),
                Integer.MAX_VALUE)).thenComparing(CatalogueItem::frameworkId)
                .thenComparingInt(CatalogueItem::sortOrder));
        this.items = List.copyOf(sorted);
        int n = sorted.size();
        ids = new String[n];
        heads = new String[n];
        texts = new String[n];
        catalogueOrder = new int[n];
        for (int i = 0; i < n; i++) {
            CatalogueItem it = sorted.get(i);
            ids[i] = normalise(it.itemId());
            heads[i] = ids[i] + " " + normalise(it.title());
            StringBuilder sb = new StringBuilder(heads[i]).append(' ').append(normalise(it.statement()));
            it.guidance().forEach(g -> sb.append(' ').append(normalise(g.prose())));
            texts[i] = sb.toString();
            catalogueOrder[i] = i;
            byRef.put(it.ref(), it);
        }
    }

    /** Lower case, accents removed, runs of white space as one space. */
    public static String normalise(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String n = s;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
                break;
            }
        }
        return SPACES.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** One search result with its rank (lower is better). */
    public record Hit(CatalogueItem item, int rank) {
    }

    /** Results of one query: the first {@code limit} hits and how many matched in total. */
    public record Result(List<Hit> hits, int total) {
    }

    /**
     * Items matching every word of {@code query}, restricted to {@code frameworks} when not empty.
     *
     * @param limit at most this many hits are returned (the total is still counted)
     */
    public Result search(String query, Set<String> frameworks, int limit) {
        String q = normalise(query);
        if (q.isEmpty()) {
            return new Result(List.of(), 0);
        }
        String[] words = q.split(" ");
        List<int[]> matches = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            if (!frameworks.isEmpty() && !frameworks.contains(items.get(i).frameworkId())) {
                continue;
            }
            String t = texts[i];
            boolean all = true;
            for (String w : words) {
                if (!t.contains(w)) {
                    all = false;
                    break;
                }
            }
            if (!all) {
                continue;
            }
            int rank;
            if (ids[i].equals(q)) {
                rank = 0;
            } else if (ids[i].startsWith(q)) {
                rank = 1;
            } else if (containsAll(heads[i], words)) {
                rank = 2;
            } else {
                rank = 3;
            }
            matches.add(new int[] {rank, i});
        }
        matches.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(catalogueOrder[a[1]],
                catalogueOrder[b[1]]));
        List<Hit> hits = new ArrayList<>(Math.min(limit, matches.size()));
        for (int k = 0; k < matches.size() && k < limit; k++) {
            hits.add(new Hit(items.get(matches.get(k)[1]), matches.get(k)[0]));
        }
        return new Result(hits, matches.size());
    }

    private static boolean containsAll(String s, String[] words) {
        for (String w : words) {
            if (!s.contains(w)) {
                return false;
            }
        }
        return true;
    }

    public Optional<CatalogueItem> find(ItemRef ref) {
        return Optional.ofNullable(byRef.get(ref));
    }

    public String frameworkTitle(String frameworkId) {
        return frameworkTitles.getOrDefault(frameworkId, frameworkId);
    }

    /** All items in catalogue order. */
    public List<CatalogueItem> items() {
        return items;
    }

    public int size() {
        return items.size();
    }
}
