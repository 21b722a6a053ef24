package io.github.lakefsspring.sample;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.lakefsspring.client.model.Change;
import io.github.lakefsspring.client.model.Commit;
import io.github.lakefsspring.client.model.ObjectStats;
import io.github.lakefsspring.client.model.Repository;

/**
 * Prints lakeFS records the way the Python SDK's walkthrough shows them.
 */
final class Printer {

    private final PrintStream out;

    Printer(PrintStream out) {
        this.out = out;
    }

    void line(Object text) {
        this.out.println(text);
    }

    void repository(Repository repository) {
        line("{id: '" + repository.id() + "', creation_date: " + repository.creationDate() + ", default_branch: '"
                + repository.defaultBranch() + "', storage_namespace: '" + repository.storageNamespace() + "'}");
    }

    void stats(ObjectStats stats) {
        line("{'path': '" + stats.path() + "', 'physical_address': '" + stats.physicalAddress() + "', 'checksum': '"
                + stats.checksum() + "', 'mtime': " + stats.mtime() + ", 'size_bytes': " + stats.sizeBytes()
                + ", 'metadata': " + map(stats.metadata()) + ", 'content_type': '" + stats.contentType() + "'}");
    }

    void change(Change change) {
        line("{'type': '" + change.type() + "', 'path': '" + change.path() + "', 'path_type': '" + change.pathType()
                + "', 'size_bytes': " + change.sizeBytes() + "}");
    }

    void commit(Commit commit) {
        line("{'id': '" + commit.id() + "', 'parents': " + list(commit.parents()) + ", 'committer': '"
                + commit.committer() + "', 'message': '" + commit.message() + "', 'creation_date': "
                + commit.creationDate() + ", 'meta_range_id': '" + commit.metaRangeId() + "', 'metadata': "
                + map(commit.metadata()) + "}");
    }

    void row(List<String> cells) {
        line(list(cells));
    }

    private static String list(List<String> values) {
        return values.stream().map((value) -> "'" + value + "'").collect(Collectors.joining(", ", "[", "]"));
    }

    private static String map(Map<String, String> values) {
        return values.entrySet().stream().sorted(Map.Entry.comparingByKey())
            .map((entry) -> "'" + entry.getKey() + "': '" + entry.getValue() + "'")
            .collect(Collectors.joining(", ", "{", "}"));
    }

}
