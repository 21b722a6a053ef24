package io.github.lakefsspring.core;

import org.jspecify.annotations.Nullable;

/**
 * The paging rules every listing option shares.
 */
final class Paging {

    private Paging() {
    }

    static void requireValid(@Nullable Integer maxAmount, int pageSize) {
        if (maxAmount != null && maxAmount < 0) {
            throw new IllegalArgumentException("maxAmount " + maxAmount + " is invalid: it must be 0 or more");
        }
        if (pageSize < 1 || pageSize > ListOptions.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize " + pageSize + " is invalid: it must be between 1 and "
                    + ListOptions.MAX_PAGE_SIZE);
        }
    }

}
