package io.github.lakefsspring.embedded.store.files;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.h2.mvstore.MVMap;
import org.jspecify.annotations.Nullable;

/**
 * The changes one write operation makes to the store's maps, so that an operation that fails half-way leaves
 * no trace: its changes are undone, newest first, without touching what concurrent operations on other
 * repositories changed meanwhile. Clean-ups that cannot be undone (dropping a staging area) run only once the
 * operation has succeeded. Before the first change, {@code beforeFirstChange} runs (the coordinator takes its
 * persistence lock there), so an operation's long reading and computing phase holds nothing.
 */
final class Mutations {

    private final Deque<Runnable> undo = new ArrayDeque<>();

    private final List<Runnable> cleanups = new ArrayList<>();

    private final Runnable beforeFirstChange;

    private boolean changing;

    Mutations(Runnable beforeFirstChange) {
        this.beforeFirstChange = beforeFirstChange;
    }

    /** @return whether the operation has started changing the store */
    boolean changing() {
        return this.changing;
    }

    private void change() {
        if (!this.changing) {
            this.beforeFirstChange.run();
            this.changing = true;
        }
    }

    <K, V> void put(MVMap<K, V> map, K key, V value) {
        change();
        V old = map.put(key, value);
        this.undo.push(() -> restore(map, key, old));
    }

    <K, V> void remove(MVMap<K, V> map, K key) {
        change();
        V old = map.remove(key);
        if (old != null) {
            this.undo.push(() -> map.put(key, old));
        }
    }

    /** Removes every key starting with {@code prefix}. */
    <V> void removeWithPrefix(MVMap<String, V> map, String prefix) {
        keysWithPrefix(map, prefix).forEach((key) -> remove(map, key));
    }

    /** @return the keys of a map starting with {@code prefix}, in order */
    static List<String> keysWithPrefix(MVMap<String, ?> map, String prefix) {
        List<String> keys = new ArrayList<>();
        for (var iterator = map.keyIterator(prefix); iterator.hasNext();) {
            String key = iterator.next();
            if (!key.startsWith(prefix)) {
                break;
            }
            keys.add(key);
        }
        return keys;
    }

    /** @return how many keys of a map start with {@code prefix}, counted from the map's index, not walked */
    static long countWithPrefix(MVMap<String, ?> map, String prefix) {
        String first = map.ceilingKey(prefix);
        if (first == null || !first.startsWith(prefix)) {
            return 0;
        }
        String last = map.lowerKey(prefix + Character.MAX_VALUE);
        return map.getKeyIndex(last) - map.getKeyIndex(first) + 1;
    }

    /** Runs {@code cleanup} once the operation has succeeded (before it is persisted). */
    void afterSuccess(Runnable cleanup) {
        change();
        this.cleanups.add(cleanup);
    }

    void undo() {
        while (!this.undo.isEmpty()) {
            this.undo.pop().run();
        }
        this.cleanups.clear();
    }

    void succeeded() {
        this.undo.clear();
        this.cleanups.forEach(Runnable::run);
        this.cleanups.clear();
    }

    private static <K, V> void restore(MVMap<K, V> map, K key, @Nullable V old) {
        if (old == null) {
            map.remove(key);
        }
        else {
            map.put(key, old);
        }
    }

}
