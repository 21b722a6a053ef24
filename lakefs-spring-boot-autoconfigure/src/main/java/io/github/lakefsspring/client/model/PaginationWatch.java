package io.github.lakefsspring.client.model;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Tells a paged listing where its next page starts as soon as a page's {@link Pagination} is read, before the
 * page's results: lakeFS writes the pagination first, so the next page can be requested, and prepared by the
 * server, while this page's results are still being read. The client's paged streams watch each page fetch, on the
 * thread that fetches it.
 *
 * @since 0.1.0
 */
public final class PaginationWatch {

    private static final ThreadLocal<Consumer<Pagination>> WATCHER = new ThreadLocal<>();

    private PaginationWatch() {
    }

    /**
     * Runs a page fetch on this thread, telling {@code watcher} each pagination read meanwhile.
     * @param watcher told each pagination as soon as it is read
     * @param fetch fetches the page
     * @return what the fetch returns
     */
    public static <T> T during(Consumer<Pagination> watcher, Supplier<T> fetch) {
        Consumer<Pagination> previous = WATCHER.get();
        WATCHER.set(watcher);
        try {
            return fetch.get();
        }
        finally {
            restore(previous);
        }
    }

    private static void restore(@Nullable Consumer<Pagination> previous) {
        if (previous != null) {
            WATCHER.set(previous);
        }
        else {
            WATCHER.remove();
        }
    }

    static void read(Pagination pagination) {
        Consumer<Pagination> watcher = WATCHER.get();
        if (watcher != null) {
            watcher.accept(pagination);
        }
    }

}
