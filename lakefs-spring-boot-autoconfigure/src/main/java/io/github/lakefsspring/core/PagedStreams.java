package io.github.lakefsspring.core;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.model.Page;

/**
 * Turns a paged lakeFS listing into a lazy {@link Stream}: a page is fetched only when the stream reaches it,
 * and the stream stops at the maximum amount without fetching more.
 */
final class PagedStreams {

    private PagedStreams() {
    }

    /**
     * @param fetch fetches the page after a given offset ({@code null} for the first page)
     * @param after where to start, or {@code null}
     * @param maxAmount the most elements, or {@code null} for all
     */
    static <T> Stream<T> stream(Function<@Nullable String, Page<T>> fetch, @Nullable String after,
            @Nullable Integer maxAmount) {
        if (maxAmount != null && maxAmount == 0) {
            return Stream.empty();
        }
        Iterator<T> iterator = new Iterator<>() {

            private @Nullable Page<T> page;

            private int index;

            private @Nullable String offset = after;

            private boolean exhausted;

            @Override
            public boolean hasNext() {
                while (this.page == null || this.index >= this.page.results().size()) {
                    if (this.exhausted) {
                        return false;
                    }
                    this.page = fetch.apply(this.offset);
                    this.index = 0;
                    this.offset = this.page.pagination().nextOffset();
                    this.exhausted = !this.page.pagination().hasMore();
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

        };
        Stream<T> stream = StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false);
        return (maxAmount != null) ? stream.limit(maxAmount) : stream;
    }

}
