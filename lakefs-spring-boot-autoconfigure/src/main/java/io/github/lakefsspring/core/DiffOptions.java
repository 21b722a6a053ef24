package io.github.lakefsspring.core;

import org.jspecify.annotations.Nullable;

/**
 * What a diff returns.
 *
 * @param twoDot whether to compare the two refs directly; by default (three-dot) the other ref is compared with
 * the merge base, showing what a merge of it would change
 * @param prefix only paths starting with it, or {@code null}
 * @param delimiter groups changed paths into common prefixes at it, or {@code null}
 * @param after only paths after it, or {@code null}
 * @param maxAmount the most changes, or {@code null} for all
 * @param pageSize changes per request, 1 to 1000
 * @since 0.1.0
 */
public record DiffOptions(boolean twoDot, @Nullable String prefix, @Nullable String delimiter, @Nullable String after,
        @Nullable Integer maxAmount, int pageSize) {

    public DiffOptions {
        Paging.requireValid(maxAmount, pageSize);
    }

    /** @return every change, three-dot */
    public static DiffOptions all() {
        return new DiffOptions(false, null, null, null, null, ListOptions.DEFAULT_PAGE_SIZE);
    }

    /**
     * @param prefix the prefix
     * @return the changes under a prefix
     */
    public static DiffOptions prefix(String prefix) {
        return all().withPrefix(prefix);
    }

    /**
     * @param twoDot whether to compare the refs directly
     * @return the new options
     */
    public DiffOptions withTwoDot(boolean twoDot) {
        return new DiffOptions(twoDot, this.prefix, this.delimiter, this.after, this.maxAmount, this.pageSize);
    }

    /**
     * @param prefix only paths starting with it
     * @return the new options
     */
    public DiffOptions withPrefix(@Nullable String prefix) {
        return new DiffOptions(this.twoDot, prefix, this.delimiter, this.after, this.maxAmount, this.pageSize);
    }

    /**
     * @param delimiter groups paths into common prefixes at it
     * @return the new options
     */
    public DiffOptions withDelimiter(@Nullable String delimiter) {
        return new DiffOptions(this.twoDot, this.prefix, delimiter, this.after, this.maxAmount, this.pageSize);
    }

    /**
     * @param after only paths after it
     * @return the new options
     */
    public DiffOptions withAfter(@Nullable String after) {
        return new DiffOptions(this.twoDot, this.prefix, this.delimiter, after, this.maxAmount, this.pageSize);
    }

    /**
     * @param maxAmount the most changes
     * @return the new options
     */
    public DiffOptions withMaxAmount(@Nullable Integer maxAmount) {
        return new DiffOptions(this.twoDot, this.prefix, this.delimiter, this.after, maxAmount, this.pageSize);
    }

    /**
     * @param pageSize changes per request
     * @return the new options
     */
    public DiffOptions withPageSize(int pageSize) {
        return new DiffOptions(this.twoDot, this.prefix, this.delimiter, this.after, this.maxAmount, pageSize);
    }

}
