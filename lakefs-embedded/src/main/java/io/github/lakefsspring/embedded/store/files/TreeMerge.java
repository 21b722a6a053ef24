package io.github.lakefsspring.embedded.store.files;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.embedded.store.MergeConflictException;

/**
 * lakeFS's three-way merge of committed trees: the changes from a base to a source applied to a destination, with
 * conflicting paths resolved by a strategy or refused. Used by merges, reverts and cherry-picks.
 */
final class TreeMerge {

    private TreeMerge() {
    }

    /**
     * Builds the tree that results from applying the changes between {@code base} and {@code source} to
     * {@code destination}; conflicting paths follow the strategy or fail.
     */
    static String apply(TreeStore trees, String destination, String base, String source, @Nullable String strategy,
            String operation) {
        Map<String, StoredEntry> changes = new TreeMap<>();
        Set<String> removals = new HashSet<>();
        SortedZip zip = new SortedZip(List.of(trees.entries(base, ""), trees.entries(source, ""),
                trees.entries(destination, "")));
        boolean conflict = false;
        while (zip.hasNext()) {
            SortedZip.Row row = zip.next();
            StoredEntry b = row.get(0);
            StoredEntry s = row.get(1);
            StoredEntry d = row.get(2);
            if (Changes.same(b, s) || Changes.same(s, d)) {
                continue;
            }
            if (!Changes.same(b, d)) {
                if (strategy == null) {
                    conflict = true;
                    break;
                }
                if (strategy.equals("dest-wins")) {
                    continue;
                }
            }
            if (s == null) {
                removals.add(row.key());
            }
            else {
                changes.put(row.key(), s);
            }
        }
        if (conflict) {
            throw new MergeConflictException(operation + ": conflict found");
        }
        if (changes.isEmpty() && removals.isEmpty()) {
            return destination;
        }
        return trees.apply(destination, changes, removals);
    }

}
