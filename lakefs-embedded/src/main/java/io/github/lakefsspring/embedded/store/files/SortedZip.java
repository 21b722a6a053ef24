package io.github.lakefsspring.embedded.store.files;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;

/**
 * Walks several key-sorted entry iterators in step, yielding each key once with the entry every source holds
 * for it (or {@code null}), so diffs and merges read trees side by side without loading them.
 */
final class SortedZip implements Iterator<SortedZip.Row> {

    /** One key and what each source holds for it, in source order. */
    record Row(String key, @Nullable StoredEntry[] entries) {

        @Nullable StoredEntry get(int source) {
            return this.entries[source];
        }

    }

    private final List<Iterator<Map.Entry<String, StoredEntry>>> sources;

    private final Map.@Nullable Entry<String, StoredEntry>[] heads;

    @SuppressWarnings("unchecked")
    SortedZip(List<Iterator<Map.Entry<String, StoredEntry>>> sources) {
        this.sources = sources;
        this.heads = new Map.Entry[sources.size()];
        for (int i = 0; i < sources.size(); i++) {
            advance(i);
        }
    }

    private void advance(int source) {
        Iterator<Map.Entry<String, StoredEntry>> iterator = this.sources.get(source);
        if (iterator.hasNext()) {
            Map.Entry<String, StoredEntry> entry = iterator.next();
            this.heads[source] = Map.entry(entry.getKey(), entry.getValue());
        }
        else {
            this.heads[source] = null;
        }
    }

    @Override
    public boolean hasNext() {
        for (Map.Entry<String, StoredEntry> head : this.heads) {
            if (head != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Row next() {
        String smallest = null;
        for (Map.Entry<String, StoredEntry> head : this.heads) {
            if (head != null && (smallest == null || head.getKey().compareTo(smallest) < 0)) {
                smallest = head.getKey();
            }
        }
        if (smallest == null) {
            throw new NoSuchElementException();
        }
        StoredEntry[] entries = new StoredEntry[this.heads.length];
        for (int i = 0; i < this.heads.length; i++) {
            Map.Entry<String, StoredEntry> head = this.heads[i];
            if (head != null && head.getKey().equals(smallest)) {
                entries[i] = head.getValue();
                advance(i);
            }
        }
        return new Row(smallest, entries);
    }

}
