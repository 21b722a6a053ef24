package io.github.lakefsspring.batch;

import org.jspecify.annotations.Nullable;

/**
 * What the item reader and writer builders check before building: that each required setting was given.
 */
final class BuilderChecks {

    private BuilderChecks() {
    }

    static <V> V required(@Nullable V value, String what) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw new IllegalStateException("A lakeFS item reader or writer needs a " + what + ": call ." + what
                    + "(...) on its builder");
        }
        return value;
    }

}
