package io.github.lakefsspring.embedded.server.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.embedded.store.Change;
import io.github.lakefsspring.embedded.store.Commit;
import io.github.lakefsspring.embedded.store.ObjectEntry;
import io.github.lakefsspring.embedded.store.Page;
import io.github.lakefsspring.embedded.store.Repository;

/**
 * The JSON shapes lakeFS answers with, field for field, built as sorted maps so that the output has lakeFS's
 * field order and leaves out what lakeFS leaves out.
 */
final class Views {

    private Views() {
    }

    static Map<String, Object> repository(Repository repository) {
        Map<String, Object> view = new TreeMap<>();
        view.put("id", repository.id());
        view.put("creation_date", repository.creationDate());
        view.put("default_branch", repository.defaultBranch());
        view.put("storage_namespace", repository.storageNamespace());
        view.put("read_only", repository.readOnly());
        view.put("storage_id", "");
        return view;
    }

    static Map<String, Object> commit(Commit commit) {
        Map<String, Object> view = new TreeMap<>();
        view.put("id", commit.id());
        view.put("parents", commit.parents());
        view.put("committer", commit.committer());
        view.put("message", commit.message());
        view.put("creation_date", commit.creationDate());
        view.put("meta_range_id", commit.metaRangeId());
        view.put("metadata", new TreeMap<>(commit.metadata()));
        view.put("generation", commit.generation());
        view.put("version", commit.version());
        return view;
    }

    static Map<String, Object> object(ObjectEntry entry, boolean withMetadata, @Nullable String presignedUrl,
            @Nullable Long expiry) {
        Map<String, Object> view = new TreeMap<>();
        view.put("path", entry.path());
        view.put("path_type", "object");
        view.put("physical_address", (presignedUrl != null) ? presignedUrl : entry.physicalAddress());
        if (expiry != null) {
            view.put("physical_address_expiry", expiry);
        }
        view.put("checksum", entry.checksum());
        view.put("size_bytes", entry.sizeBytes());
        view.put("mtime", entry.mtime());
        view.put("content_type", entry.contentType());
        if (withMetadata) {
            view.put("metadata", new TreeMap<>(entry.metadata()));
        }
        return view;
    }

    static Map<String, Object> change(Change change) {
        Map<String, Object> view = new TreeMap<>();
        view.put("type", change.type().wireName());
        view.put("path", change.path());
        view.put("path_type", change.commonPrefix() ? "common_prefix" : "object");
        if (change.sizeBytes() != null) {
            view.put("size_bytes", change.sizeBytes());
        }
        return view;
    }

    static <T> Map<String, Object> page(Page<T> page, Function<T, ?> view) {
        return page(page, view, 1000);
    }

    /**
     * A page of the auth API, whose {@code max_per_page} lakeFS reports as 0 when its ACL server answers.
     */
    static <T> Map<String, Object> authPage(Page<T> page, Function<T, ?> view) {
        return page(page, view, 0);
    }

    private static <T> Map<String, Object> page(Page<T> page, Function<T, ?> view, int maxPerPage) {
        Map<String, Object> pagination = new TreeMap<>();
        pagination.put("has_more", page.hasMore());
        pagination.put("next_offset", page.nextOffset());
        pagination.put("results", page.results().size());
        pagination.put("max_per_page", maxPerPage);
        Map<String, Object> body = new TreeMap<>();
        body.put("pagination", pagination);
        List<?> results = page.results().stream().map(view).toList();
        body.put("results", results);
        return body;
    }

}
