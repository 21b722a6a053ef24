package io.github.lakefsspring.core;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.model.Page;
import io.github.lakefsspring.client.model.Pagination;
import io.github.lakefsspring.client.model.PaginationWatch;

/**
 * Turns a paged lakeFS listing into a lazy {@link Stream}: the first page is fetched when the stream is first
 * read, and the pages after it in the background, at most two ahead of the one being consumed. A page's successor
 * is requested as soon as the page's pagination is read (lakeFS writes it before the results, see
 * {@link PaginationWatch}), so that the server prepares the next page while this one's results are read; with a
 * maximum amount, only once the page is complete, and the stream stops at the maximum without fetching more.
 */
final class PagedStreams {

    private PagedStreams() {
    }

    /**
     * @param background runs the page fetches
     * @param fetch fetches the page after a given offset ({@code null} for the first page)
     * @param after where to start, or {@code null}
     * @param maxAmount the most elements, or {@code null} for all
     */
    static <T> Stream<T> stream(BackgroundCalls background, Function<@Nullable String, Page<T>> fetch,
            @Nullable String after, @Nullable Integer maxAmount) {
        if (maxAmount != null && maxAmount == 0) {
            return Stream.empty();
        }
        Stream<T> stream = StreamSupport.stream(Spliterators.spliteratorUnknownSize(
                new PageIterator<>(background, fetch, after, maxAmount), Spliterator.ORDERED | Spliterator.NONNULL),
                false);
        return (maxAmount != null) ? stream.limit(maxAmount) : stream;
    }

    /** The elements of a listing's pages, pages numbered from 0. */
    private static final class PageIterator<T> implements Iterator<T> {

        private static final int AHEAD = 2;

        private final BackgroundCalls background;

        private final Function<@Nullable String, Page<T>> fetch;

        private final @Nullable Integer maxAmount;

        /** The pages requested and not yet consumed; guarded by this. */
        private final Map<Integer, CompletableFuture<Page<T>>> requested = new HashMap<>();

        /** The highest page requested; guarded by this. */
        private int highestRequested = -1;

        /**
         * The highest page whose start is known: the highest requested, or the one after it while it waits for the
         * consumer to come within two pages; guarded by this.
         */
        private int highestKnown;

        /** Where page {@link #highestKnown} starts (its {@code after}); guarded by this. */
        private @Nullable String highestKnownAfter;

        /** The page being consumed; guarded by this. */
        private int consuming = -1;

        private @Nullable Observation parent;

        private @Nullable Page<T> page;

        private int index;

        private long fetched;

        PageIterator(BackgroundCalls background, Function<@Nullable String, Page<T>> fetch, @Nullable String after,
                @Nullable Integer maxAmount) {
            this.background = background;
            this.fetch = fetch;
            this.maxAmount = maxAmount;
            this.highestKnownAfter = after;
        }

        @Override
        public boolean hasNext() {
            while (this.page == null || this.index >= this.page.results().size()) {
                Page<T> next = nextPage();
                if (next == null) {
                    return false;
                }
                this.page = next;
                this.index = 0;
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return this.page.results().get(this.index++);
        }

        private @Nullable Page<T> nextPage() {
            CompletableFuture<Page<T>> call;
            int number;
            synchronized (this) {
                if (this.consuming < 0) {
                    this.parent = this.background.current();
                }
                number = ++this.consuming;
                requestAllowed();
                call = this.requested.remove(number);
            }
            if (call == null) {
                return null;
            }
            Page<T> next = BackgroundCalls.join(call);
            this.fetched += next.results().size();
            synchronized (this) {
                known(number, next.pagination(), true);
            }
            return next;
        }

        /** Requests the page whose start is known, if it is not yet and is within two of the one being consumed. */
        private void requestAllowed() {
            if (this.highestRequested < this.highestKnown && this.highestKnown <= this.consuming + AHEAD) {
                int number = ++this.highestRequested;
                String after = this.highestKnownAfter;
                this.requested.put(number, BackgroundCalls.start(this.parent, () -> PaginationWatch.during(
                        (pagination) -> read(number, pagination), () -> this.fetch.apply(after))));
            }
        }

        private synchronized void read(int number, Pagination pagination) {
            known(number, pagination, false);
        }

        /** Records where the page after {@code number} starts, once, if it is wanted. */
        private void known(int number, Pagination pagination, boolean complete) {
            if (number < this.highestKnown || !pagination.hasMore()) {
                return;
            }
            if (this.maxAmount != null && (!complete || this.fetched >= this.maxAmount)) {
                return;
            }
            this.highestKnown = number + 1;
            this.highestKnownAfter = pagination.nextOffset();
            requestAllowed();
        }

    }

}
