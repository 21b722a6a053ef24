package io.github.lakefsspring.embedded.store.files;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.embedded.store.Change;
import io.github.lakefsspring.embedded.store.Change.ChangeType;
import io.github.lakefsspring.embedded.store.Page;
import io.github.lakefsspring.embedded.store.PageRequest;

/**
 * How lakeFS classifies differences between entries (two-way for a plain diff, three-way against a merge base
 * for a three-dot diff), and how a stream of changes becomes a page with common prefixes.
 */
final class Changes {

    private Changes() {
    }

    static Page<Change> page(Iterator<Change> changes, PageRequest page, String delimiter) {
        List<Change> found = new ArrayList<>();
        String lastPrefix = null;
        while (changes.hasNext() && found.size() <= page.amount()) {
            Change change = changes.next();
            if (!change.path().startsWith(page.prefix())) {
                break;
            }
            if (change.path().compareTo(page.after()) <= 0) {
                continue;
            }
            if (!delimiter.isEmpty()) {
                int index = change.path().indexOf(delimiter, page.prefix().length());
                if (index >= 0) {
                    String commonPrefix = change.path().substring(0, index + delimiter.length());
                    if (!commonPrefix.equals(lastPrefix) && commonPrefix.compareTo(page.after()) > 0) {
                        found.add(new Change(ChangeType.PREFIX_CHANGED, commonPrefix, true, null, null));
                    }
                    lastPrefix = commonPrefix;
                    continue;
                }
            }
            found.add(change);
        }
        return Page.of(found, page.amount(), Change::path);
    }

    static @Nullable Change twoWay(String path, @Nullable StoredEntry left, @Nullable StoredEntry right) {
        if (left == null && right != null) {
            return new Change(ChangeType.ADDED, path, false, right.sizeBytes(), right.toObject(path));
        }
        if (left != null && right == null) {
            return new Change(ChangeType.REMOVED, path, false, left.sizeBytes(), null);
        }
        if (left != null && !left.sameAs(right)) {
            return new Change(ChangeType.CHANGED, path, false, right.sizeBytes(), right.toObject(path));
        }
        return null;
    }

    static @Nullable Change threeDot(String path, @Nullable StoredEntry base, @Nullable StoredEntry source,
            @Nullable StoredEntry destination) {
        boolean sourceChanged = !same(base, source);
        if (!sourceChanged || same(source, destination)) {
            return null;
        }
        if (!same(base, destination)) {
            long size = (source != null) ? source.sizeBytes() : destination.sizeBytes();
            return new Change(ChangeType.CONFLICT, path, false, size, null);
        }
        return twoWay(path, destination, source);
    }

    static boolean same(@Nullable StoredEntry a, @Nullable StoredEntry b) {
        return (a == null) ? b == null : b != null && a.sameAs(b);
    }

    /** Turns zipped rows into changes, skipping rows that are no change. */
    static final class Iterating implements Iterator<Change> {

        private final SortedZip zip;

        private final Function<SortedZip.Row, @Nullable Change> classifier;

        private @Nullable Change next;

        Iterating(SortedZip zip, Function<SortedZip.Row, @Nullable Change> classifier) {
            this.zip = zip;
            this.classifier = classifier;
            this.next = advance();
        }

        private @Nullable Change advance() {
            while (this.zip.hasNext()) {
                Change change = this.classifier.apply(this.zip.next());
                if (change != null) {
                    return change;
                }
            }
            return null;
        }

        @Override
        public boolean hasNext() {
            return this.next != null;
        }

        @Override
        public Change next() {
            Change current = this.next;
            if (current == null) {
                throw new NoSuchElementException();
            }
            this.next = advance();
            return current;
        }

    }

}
