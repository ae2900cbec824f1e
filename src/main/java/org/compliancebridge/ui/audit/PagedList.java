package org.compliancebridge.ui.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import javafx.collections.ObservableListBase;
import org.compliancebridge.ui.common.TaskRunner;

/**
 * A read-only list of known size whose elements are fetched page by page in the background as the table asks for
 * them. Unloaded rows are placeholders until their page arrives; at most {@code maxPages} pages are kept. This is what
 * lets a virtualised TableView show a million audit entries without loading them.
 */
public final class PagedList<T> extends ObservableListBase<T> {
    /** Loads {@code limit} rows starting at {@code offset}; called on a background thread. */
    public interface Loader<T> {
        List<T> load(long offset, int limit) throws Exception;
    }

    private final int size;
    private final int pageSize;
    private final int maxPages;
    private final Loader<T> loader;
    private final IntFunction<T> placeholder;
    private final TaskRunner tasks;
    private final Map<Integer, List<T>> pages = new LinkedHashMap<>(16, 0.75f, true);
    private final Set<Integer> loading = new HashSet<>();
    private volatile boolean disposed;

    public PagedList(int size, int pageSize, int maxPages, Loader<T> loader, IntFunction<T> placeholder,
            TaskRunner tasks) {
        this.size = size;
        this.pageSize = pageSize;
        this.maxPages = maxPages;
        this.loader = loader;
        this.placeholder = placeholder;
        this.tasks = tasks;
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int p = index / pageSize;
        List<T> page = pages.get(p);
        if (page != null && index - p * pageSize < page.size()) {
            return page.get(index - p * pageSize);
        }
        request(p);
        return placeholder.apply(index);
    }

    @Override
    public int size() {
        return size;
    }

    /** Stops delivering pages (the list was replaced by a new query). */
    public void dispose() {
        disposed = true;
    }

    /** Whether the row at {@code index} is loaded (for tests and for keeping the selection stable). */
    public boolean isLoaded(int index) {
        return pages.containsKey(index / pageSize);
    }

    private void request(int p) {
        if (!loading.add(p)) {
            return;
        }
        long offset = (long) p * pageSize;
        tasks.run("Loading audit entries", () -> loader.load(offset, pageSize), rows -> {
            loading.remove(p);
            if (disposed) {
                return;
            }
            pages.put(p, new ArrayList<>(rows));
            while (pages.size() > maxPages) {
                Integer eldest = pages.keySet().iterator().next();
                pages.remove(eldest);
            }
            int from = p * pageSize;
            int to = Math.min(size, from + rows.size());
            if (to > from) {
                beginChange();
                for (int i = from; i < to; i++) {
                    nextUpdate(i);
                }
                endChange();
            }
        }, t -> loading.remove(p));
    }
}
