package io.github.lakefsspring.embedded.store;

import io.github.lakefsspring.embedded.store.files.FileVersionedStore;

/**
 * Opens {@link VersionedStore}s.
 */
public final class VersionedStores {

    private VersionedStores() {
    }

    /**
     * Opens the store in the settings' data directory, recovering whatever a previous process left there.
     */
    public static VersionedStore open(StoreSettings settings) {
        return new FileVersionedStore(settings);
    }
}
