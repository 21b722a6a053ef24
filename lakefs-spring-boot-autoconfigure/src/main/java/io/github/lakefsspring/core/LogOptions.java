package io.github.lakefsspring.core;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a log returns.
 *
 * @param maxAmount the most commits, or {@code null} for all
 * @param pageSize commits per request, 1 to 1000
 * @param objects only commits that changed one of these objects
 * @param prefixes only commits that changed something under one of these prefixes
 * @param firstParent whether to follow first parents only
 * @param since only commits made at or after this time, or {@code null}
 * @param stopAt stop at this ref, or {@code null}
 * @since 0.1.0
 */
public record LogOptions(@Nullable Integer maxAmount, int pageSize, List<String> objects, List<String> prefixes,
        boolean firstParent, @Nullable Instant since, @Nullable String stopAt) {

    public LogOptions {
        Paging.requireValid(maxAmount, pageSize);
        objects = List.copyOf(objects);
        prefixes = List.copyOf(prefixes);
    }

    /** @return the whole log */
    public static LogOptions all() {
        return new LogOptions(null, ListOptions.DEFAULT_PAGE_SIZE, List.of(), List.of(), false, null, null);
    }

    /**
     * @param maxAmount the most commits
     * @return the newest commits, at most {@code maxAmount}
     */
    public static LogOptions maxAmount(int maxAmount) {
        return all().withMaxAmount(maxAmount);
    }

    /**
     * @param maxAmount the most commits
     * @return the new options
     */
    public LogOptions withMaxAmount(@Nullable Integer maxAmount) {
        return new LogOptions(maxAmount, this.pageSize, this.objects, this.prefixes, this.firstParent, this.since,
                this.stopAt);
    }

    /**
     * @param pageSize commits per request
     * @return the new options
     */
    public LogOptions withPageSize(int pageSize) {
        return new LogOptions(this.maxAmount, pageSize, this.objects, this.prefixes, this.firstParent, this.since,
                this.stopAt);
    }

    /**
     * @param objects only commits that changed one of these objects
     * @return the new options
     */
    public LogOptions withObjects(List<String> objects) {
        return new LogOptions(this.maxAmount, this.pageSize, objects, this.prefixes, this.firstParent, this.since,
                this.stopAt);
    }

    /**
     * @param prefixes only commits that changed something under one of these prefixes
     * @return the new options
     */
    public LogOptions withPrefixes(List<String> prefixes) {
        return new LogOptions(this.maxAmount, this.pageSize, this.objects, prefixes, this.firstParent, this.since,
                this.stopAt);
    }

    /**
     * @param firstParent whether to follow first parents only
     * @return the new options
     */
    public LogOptions withFirstParent(boolean firstParent) {
        return new LogOptions(this.maxAmount, this.pageSize, this.objects, this.prefixes, firstParent, this.since,
                this.stopAt);
    }

    /**
     * @param since only commits made at or after this time
     * @return the new options
     */
    public LogOptions withSince(@Nullable Instant since) {
        return new LogOptions(this.maxAmount, this.pageSize, this.objects, this.prefixes, this.firstParent, since,
                this.stopAt);
    }

    /**
     * @param stopAt stop at this ref
     * @return the new options
     */
    public LogOptions withStopAt(@Nullable String stopAt) {
        return new LogOptions(this.maxAmount, this.pageSize, this.objects, this.prefixes, this.firstParent, this.since,
                stopAt);
    }

}
