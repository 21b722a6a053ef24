package io.github.lakefsspring.embedded.store.files;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keys of one repository in a map keyed {@code <repository>/<name>}: listed and counted without taking those
 * of repositories whose ids sort next to it.
 */
class PrefixKeysTests {

    @Test
    void keysOfOneRepositoryAreListedAndCountedAlone() {
        try (MVStore store = MVStore.open(null)) {
            MVMap<String, String> map = store.openMap("runs");
            for (String key : new String[] { "ab-c/1", "ab/1", "ab/2", "ab/3", "ab0/1", "abc/1" }) {
                map.put(key, key);
            }
            assertThat(Mutations.keysWithPrefix(map, "ab/")).containsExactly("ab/1", "ab/2", "ab/3");
            assertThat(Mutations.countWithPrefix(map, "ab/")).isEqualTo(3);
            assertThat(Mutations.countWithPrefix(map, "ab-c/")).isEqualTo(1);
            assertThat(Mutations.countWithPrefix(map, "zz/")).isZero();
            assertThat(Mutations.keysWithPrefix(map, "zz/")).isEmpty();
        }
    }

}
