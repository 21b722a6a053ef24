package io.github.lakefsspring.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.github.lakefsspring.client.model.ImportStatus;
import io.github.lakefsspring.core.Branch;
import io.github.lakefsspring.core.CreateRepositoryOptions;
import io.github.lakefsspring.core.ObjectListOptions;
import io.github.lakefsspring.core.Reference;
import io.github.lakefsspring.core.Repository;
import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.core.TransactionOptions;
import io.github.lakefsspring.core.WritableObject;
import io.github.lakefsspring.core.WriteOptions;

/**
 * The lakeFS High Level Python SDK walkthrough, step by step, in Java: repositories, branches, object IO,
 * uncommitted changes, commit, diff, merge, reading back, import and a transaction.
 */
final class SdkWalkthrough {

    private static final List<List<String>> SAMPLE_DATA = List.of(List.of("1", "Alice", "alice@example.com"),
            List.of("2", "Bob", "bob@example.com"), List.of("3", "Carol", "carol@example.com"));

    private final RepositoryOperations repositories;

    private final SampleProperties properties;

    private final Printer out;

    SdkWalkthrough(RepositoryOperations repositories, SampleProperties properties, Printer out) {
        this.repositories = repositories;
        this.properties = properties;
        this.out = out;
    }

    /** Runs the walkthrough; returns the main branch's commit after the merge, for the S3 examples. */
    String run() {
        Repository repo = this.repositories.repository(this.properties.repository())
            .create(this.properties.storageNamespace(), CreateRepositoryOptions.existOk());
        this.out.repository(repo.properties());

        this.out.line("Listing repositories:");
        this.repositories.repositories().forEach((repository) -> this.out.repository(repository.properties()));

        Branch branch1 = repo.branch("experiment1").create("main", true);
        this.out.line("experiment1 ref: " + branch1.commit().id());
        Branch branch2 = repo.branch("experiment2").create("main", true);
        this.out.line("experiment2 ref: " + branch2.commit().id());

        repo.branches().forEach(this.out::line);

        WritableObject text = branch1.object("text/sample_data.txt")
            .upload("This is my object data", WriteOptions.contentType("text/plain"));
        this.out.stats(text.stat());
        this.out.line(text.readString());

        WritableObject csv = branch1.object("csv/sample_data.csv")
            .writeText(WriteOptions.contentType("text/csv").withPresign(true), (writer) -> {
                writer.write("ID,Name,Email\r\n");
                for (List<String> row : SAMPLE_DATA) {
                    writer.write(String.join(",", row) + "\r\n");
                }
            });
        this.out.stats(csv.stat());

        WritableObject raw = branch1.object("raw/file1.data")
            .upload("Hello Object World".getBytes(StandardCharsets.UTF_8),
                    WriteOptions.defaults().withPresign(true));
        this.out.stats(raw.stat());

        branch1.uncommitted().forEach(this.out::change);
        Reference ref = branch1.commit("Add some data!", Map.of("using", "java_sdk"));
        this.out.commit(ref.commit());
        this.out.line(branch1.uncommitted().count());

        Branch main = repo.branch("main");
        main.diff(branch1).forEach(this.out::change);
        Reference mergeCommit = branch1.mergeInto(main);
        this.out.line(mergeCommit.id());
        this.out.line(main.diff(branch1).count());

        try (BufferedReader reader = new BufferedReader(main.object("csv/sample_data.csv").openReader())) {
            reader.lines().map((line) -> Arrays.asList(line.split(",", -1))).forEach(this.out::row);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }

        Branch branch3 = repo.branch("experiment3").create("main", true);
        ImportStatus status = branch3.importData("added public S3 data")
            .prefix(this.properties.importPrefix(), "datasets/path1/")
            .object(this.properties.importObject(), "datasets/path2/imported_obj")
            .run();
        this.out.line("imported a total of " + status.ingestedObjects() + " objects!");

        branch3.object("prefix_to_delete/a.txt").upload("a");
        branch3.object("prefix_to_delete/b.txt").upload("b");
        branch3.commit("objects to delete in a transaction");
        branch3.transact(TransactionOptions.commitMessage("my transaction"), (tx) -> {
            tx.objects(ObjectListOptions.prefix("prefix_to_delete/"))
                .forEach((object) -> tx.object(object.path()).delete());
            tx.object("new_object").upload("new object data");
        });
        this.out.line(branch3.objects(ObjectListOptions.prefix("prefix_to_delete/")).count());
        this.out.line(branch3.object("new_object").exists() ? "True" : "False");
        return mergeCommit.id();
    }

}
