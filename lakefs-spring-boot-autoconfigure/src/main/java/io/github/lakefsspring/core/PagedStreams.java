package io.github.lakefsspring.core;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.model.Page;

/**
 * Turns a paged lakeFS listing into a lazy {@link Stream}: the first page is fetched when the stream is first
 * read, and while a page is consumed the next one is already being fetched in the background (one page ahead, so
 * that the server's work and the consumer's overlap). The stream stops at the maximum amount without fetching
 * more.
 */
final class PagedStreams {

    private PagedStreams() {
    }

    /**
     * @param background runs the fetch of the page ahead
     * @param fetch fetches the page after a given offset ({@code null} for the first page)
     * @param after where to start, or {@code null}
     * @param maxAmount the most elements, or {@code null} for all
     */
    static <T> Stream<T> stream(BackgroundCalls background, Function<@Nullable String, Page<T>> fetch,
            @Nullable String after, @Nullable Integer maxAmount) {
        if (maxAmount != null && maxAmount == 0) {
            return Stream.empty();
        }
        Iterator<T> iterator = new Iterator<>() {

            private @Nullable Page<T> page;

            private @Nullable CompletableFuture<Page<T>> ahead;

            private int index;

            private long fetched;

            @Override
            public boolean hasNext() {
                while (this.page == null || this.index >= this.page.results().size()) {
                    if (this.page == null) {
                        this.page = fetch.apply(after);
                    }
                    else if (this.ahead != null) {
                        this.page = BackgroundCalls.join(this.ahead);
                    }
                    else {
                        return false;
                    }
                    this.index = 0;
                    this.fetched += this.page.results().size();
                    this.ahead = wanted(this.page) ? background.start(() -> fetch.apply(nextOffset(this.page))) : null;
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

            private boolean wanted(Page<T> current) {
                return current.pagination().hasMore() && (maxAmount == null || this.fetched < maxAmount);
            }

            private static @Nullable String nextOffset(Page<?> current) {
                return current.pagination().nextOffset();
            }

        };
        Stream<T> stream = StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false);
        return (maxAmount != null) ? stream.limit(maxAmount) : stream;
    }

}
