package io.github.lakefsspring.core;

import org.jspecify.annotations.Nullable;

/**
 * What a listing of objects returns. Without a delimiter the listing is recursive; with one (usually
 * {@code "/"}) it also returns the common prefixes one level down, like directories.
 *
 * @param prefix only paths starting with it, or {@code null} for all
 * @param delimiter groups paths into common prefixes at it, or {@code null} for a recursive listing
 * @param after only paths sorting after it, or {@code null} to start at the beginning
 * @param maxAmount the most results to return in total, or {@code null} for all
 * @param pageSize results per request, 1 to 1000
 * @param userMetadata whether objects carry their user metadata
 * @since 0.1.0
 */
public record ObjectListOptions(@Nullable String prefix, @Nullable String delimiter, @Nullable String after,
        @Nullable Integer maxAmount, int pageSize, boolean userMetadata) {

    public ObjectListOptions {
        Paging.requireValid(maxAmount, pageSize);
    }

    /**
     * Every object, recursively, with user metadata.
     * @return the default options
     */
    public static ObjectListOptions all() {
        return new ObjectListOptions(null, null, null, null, ListOptions.DEFAULT_PAGE_SIZE, true);
    }

    /**
     * Every object under a prefix, recursively.
     * @param prefix the prefix
     * @return the options
     */
    public static ObjectListOptions prefix(String prefix) {
        return all().withPrefix(prefix);
    }

    /**
     * Like these options, under a prefix.
     * @param prefix the prefix
     * @return the new options
     */
    public ObjectListOptions withPrefix(@Nullable String prefix) {
        return new ObjectListOptions(prefix, this.delimiter, this.after, this.maxAmount, this.pageSize,
                this.userMetadata);
    }

    /**
     * Like these options, grouping at a delimiter.
     * @param delimiter the delimiter, usually {@code "/"}
     * @return the new options
     */
    public ObjectListOptions withDelimiter(@Nullable String delimiter) {
        return new ObjectListOptions(this.prefix, delimiter, this.after, this.maxAmount, this.pageSize,
                this.userMetadata);
    }

    /**
     * Like these options, starting after a path.
     * @param after the path to start after
     * @return the new options
     */
    public ObjectListOptions withAfter(@Nullable String after) {
        return new ObjectListOptions(this.prefix, this.delimiter, after, this.maxAmount, this.pageSize,
                this.userMetadata);
    }

    /**
     * Like these options, with a maximum number of results.
     * @param maxAmount the maximum, 0 or more
     * @return the new options
     */
    public ObjectListOptions withMaxAmount(@Nullable Integer maxAmount) {
        return new ObjectListOptions(this.prefix, this.delimiter, this.after, maxAmount, this.pageSize,
                this.userMetadata);
    }

    /**
     * Like these options, with another page size.
     * @param pageSize results per request, 1 to 1000
     * @return the new options
     */
    public ObjectListOptions withPageSize(int pageSize) {
        return new ObjectListOptions(this.prefix, this.delimiter, this.after, this.maxAmount, pageSize,
                this.userMetadata);
    }

    /**
     * Like these options, with or without user metadata.
     * @param userMetadata whether objects carry their user metadata
     * @return the new options
     */
    public ObjectListOptions withUserMetadata(boolean userMetadata) {
        return new ObjectListOptions(this.prefix, this.delimiter, this.after, this.maxAmount, this.pageSize,
                userMetadata);
    }

}
