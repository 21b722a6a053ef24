package io.github.lakefsspring.core;

import org.jspecify.annotations.Nullable;

/**
 * What a listing of repositories, branches or tags returns: ids starting with a prefix, after a given id, up
 * to a maximum number. Listings page lazily; {@code pageSize} only tunes how many results each request
 * fetches.
 *
 * @param prefix only ids starting with it, or {@code null} for all
 * @param after only ids sorting after it, or {@code null} to start at the beginning
 * @param maxAmount the most results to return in total, or {@code null} for all
 * @param pageSize results per request, 1 to 1000
 * @since 0.1.0
 */
public record ListOptions(@Nullable String prefix, @Nullable String after, @Nullable Integer maxAmount, int pageSize) {

    /** The page size lakeFS uses when none is asked for. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    /** The largest page lakeFS serves. */
    public static final int MAX_PAGE_SIZE = 1000;

    public ListOptions {
        Paging.requireValid(maxAmount, pageSize);
    }

    /**
     * Everything, in pages of {@value #DEFAULT_PAGE_SIZE}.
     * @return the default options
     */
    public static ListOptions all() {
        return new ListOptions(null, null, null, DEFAULT_PAGE_SIZE);
    }

    /**
     * Only ids starting with the prefix.
     * @param prefix the prefix
     * @return the options
     */
    public static ListOptions prefix(String prefix) {
        return all().withPrefix(prefix);
    }

    /**
     * Like these options, with a prefix.
     * @param prefix the prefix
     * @return the new options
     */
    public ListOptions withPrefix(@Nullable String prefix) {
        return new ListOptions(prefix, this.after, this.maxAmount, this.pageSize);
    }

    /**
     * Like these options, starting after an id.
     * @param after the id to start after
     * @return the new options
     */
    public ListOptions withAfter(@Nullable String after) {
        return new ListOptions(this.prefix, after, this.maxAmount, this.pageSize);
    }

    /**
     * Like these options, with a maximum number of results.
     * @param maxAmount the maximum, 0 or more
     * @return the new options
     */
    public ListOptions withMaxAmount(@Nullable Integer maxAmount) {
        return new ListOptions(this.prefix, this.after, maxAmount, this.pageSize);
    }

    /**
     * Like these options, with another page size.
     * @param pageSize results per request, 1 to 1000
     * @return the new options
     */
    public ListOptions withPageSize(int pageSize) {
        return new ListOptions(this.prefix, this.after, this.maxAmount, pageSize);
    }

}
