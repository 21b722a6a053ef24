package io.github.lakefsspring.embedded.fidelity;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;

import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.model.BranchCreation;
import io.lakefs.clients.sdk.model.Commit;
import io.lakefs.clients.sdk.model.CommitCreation;
import io.lakefs.clients.sdk.model.Diff;
import io.lakefs.clients.sdk.model.DiffList;
import io.lakefs.clients.sdk.model.Merge;
import io.lakefs.clients.sdk.model.ObjectCopyCreation;
import io.lakefs.clients.sdk.model.ObjectErrorList;
import io.lakefs.clients.sdk.model.ObjectStats;
import io.lakefs.clients.sdk.model.ObjectStatsList;
import io.lakefs.clients.sdk.model.PathList;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;

import static io.github.lakefsspring.embedded.fidelity.SdkClients.failure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Objects, diffs and merges, driven by the official lakeFS Java SDK, plus the raw HTTP details the SDK hides
 * (ranges, headers, conditional writes, authentication and validation order).
 */
@EmbeddedLakeFS
class ObjectFidelityTests {

    private static final HttpClient http = HttpClient.newHttpClient();

    private SdkClients sdk;

    @BeforeEach
    void connect(LakeFSTarget target) {
        this.sdk = new SdkClients(target);
    }

    static ObjectStats upload(SdkClients sdk, String repo, String branch, String path, String content)
            throws ApiException, IOException {
        Path file = Files.writeString(Files.createTempFile("upload", ".txt"), content);
        try {
            return sdk.objects.uploadObject(repo, branch, path).content(file.toFile()).execute();
        }
        finally {
            Files.delete(file);
        }
    }

    @Test
    void uploadedObjectsAreStatedReadAndListed() throws Exception {
        String repo = this.sdk.newRepository("obj");
        ObjectStats stats = upload(this.sdk, repo, "main", "data/a.txt", "hello world");
        assertThat(stats.getPath()).isEqualTo("data/a.txt");
        assertThat(stats.getSizeBytes()).isEqualTo(11);
        assertThat(stats.getChecksum()).isEqualTo("5eb63bbbe01eeed093cb22bb8f5acdc3");
        upload(this.sdk, repo, "main", "data/sub/b.txt", "b");
        upload(this.sdk, repo, "main", "root.txt", "r");
        File read = this.sdk.objects.getObject(repo, "main", "data/a.txt").execute();
        assertThat(Files.readString(read.toPath())).isEqualTo("hello world");
        ObjectStatsList flat = this.sdk.objects.listObjects(repo, "main").execute();
        assertThat(flat.getResults()).extracting(ObjectStats::getPath)
            .containsExactly("data/a.txt", "data/sub/b.txt", "root.txt");
        ObjectStatsList top = this.sdk.objects.listObjects(repo, "main").delimiter("/").execute();
        assertThat(top.getResults()).extracting(ObjectStats::getPath).containsExactly("data/", "root.txt");
        assertThat(top.getResults().get(0).getPathType()).isEqualTo(ObjectStats.PathTypeEnum.COMMON_PREFIX);
        ObjectStatsList page = this.sdk.objects.listObjects(repo, "main").amount(1).after("data/a.txt").execute();
        assertThat(page.getResults()).extracting(ObjectStats::getPath).containsExactly("data/sub/b.txt");
        assertThat(page.getPagination().getHasMore()).isTrue();
        assertThat(failure(404, () -> this.sdk.objects.statObject(repo, "main", "nope").execute()).getResponseBody())
            .contains("not found");
    }

    @Test
    void rawUploadKeepsContentTypeAndMetadataAndHonoursIfNoneMatch() throws Exception {
        String repo = this.sdk.newRepository("raw");
        HttpResponse<String> created = send(HttpRequest.newBuilder(object(repo, "branches/main/objects", "m.csv"))
            .header("Content-Type", "text/csv")
            .header("X-Lakefs-Meta-Owner", "Data-Team")
            .POST(HttpRequest.BodyPublishers.ofString("a,b\n")));
        assertThat(created.statusCode()).isEqualTo(201);
        ObjectStats stats = this.sdk.objects.statObject(repo, "main", "m.csv").execute();
        assertThat(stats.getContentType()).isEqualTo("text/csv");
        assertThat(stats.getMetadata()).containsEntry("owner", "Data-Team");
        HttpResponse<String> again = send(HttpRequest.newBuilder(object(repo, "branches/main/objects", "m.csv"))
            .header("If-None-Match", "*")
            .POST(HttpRequest.BodyPublishers.ofString("other")));
        assertThat(again.statusCode()).isEqualTo(412);
        assertThat(again.body()).contains("path already exists");
    }

    @Test
    void rangesAnswerAsLakeFS() throws Exception {
        String repo = this.sdk.newRepository("rng");
        upload(this.sdk, repo, "main", "f", "hello world");
        upload(this.sdk, repo, "main", "empty", "");
        HttpResponse<String> partial = send(HttpRequest.newBuilder(object(repo, "refs/main/objects", "f"))
            .header("Range", "bytes=2-4").GET());
        assertThat(partial.statusCode()).isEqualTo(206);
        assertThat(partial.body()).isEqualTo("llo");
        assertThat(partial.headers().firstValue("Content-Range")).hasValue("bytes 2-4/11");
        HttpResponse<String> clamped = send(HttpRequest.newBuilder(object(repo, "refs/main/objects", "f"))
            .header("Range", "bytes=6-100").GET());
        assertThat(clamped.body()).isEqualTo("world");
        HttpResponse<String> beyond = send(HttpRequest.newBuilder(object(repo, "refs/main/objects", "f"))
            .header("Range", "bytes=20-").GET());
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */11");
        HttpResponse<String> emptyRange = send(HttpRequest.newBuilder(object(repo, "refs/main/objects", "empty"))
            .header("Range", "bytes=0-").GET());
        assertThat(emptyRange.statusCode()).isEqualTo(416);
        assertThat(emptyRange.headers().firstValue("Content-Range")).hasValue("bytes */0");
        HttpResponse<String> whole = send(HttpRequest.newBuilder(object(repo, "refs/main/objects", "f")).GET());
        assertThat(whole.headers().firstValue("ETag")).hasValue("\"5eb63bbbe01eeed093cb22bb8f5acdc3\"");
        assertThat(whole.headers().firstValue("Content-Length")).hasValue("11");
        HttpResponse<String> missingHead = send(HttpRequest.newBuilder(object(repo, "refs/main/objects", "nope"))
            .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(missingHead.statusCode()).isEqualTo(404);
        assertThat(missingHead.body()).isEmpty();
    }

    @Test
    void wrongCredentialsAre401AndSpecViolationsAre400First() throws Exception {
        SdkClients intruder = new SdkClients(this.sdk.target, "AKIAWRONG", "wrong-secret");
        ApiException denied = failure(401, () -> intruder.repositories.listRepositories().execute());
        assertThat(denied.getResponseBody()).contains("error authenticating request");
        failure(400, () -> intruder.repositories.listRepositories().amount(5000).execute());
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(this.sdk.target.apiEndpoint().resolve("/api/v1/nothing-here"))
            .header("Authorization", basic()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("invalid API endpoint");
    }

    @Test
    void deleteCopyAndBulkDeleteStageChanges() throws Exception {
        String repo = this.sdk.newRepository("del");
        upload(this.sdk, repo, "main", "keep", "k");
        upload(this.sdk, repo, "main", "gone", "g");
        this.sdk.commits.commit(repo, "main", new CommitCreation().message("base")).execute();
        ObjectStats copy = this.sdk.objects.copyObject(repo, "main", "copy",
                new ObjectCopyCreation().srcPath("keep")).execute();
        ObjectStats original = this.sdk.objects.statObject(repo, "main", "keep").execute();
        assertThat(copy.getChecksum()).isEqualTo(original.getChecksum());
        assertThat(copy.getPhysicalAddress()).isNotEqualTo(original.getPhysicalAddress());
        this.sdk.objects.deleteObject(repo, "main", "gone").execute();
        this.sdk.objects.deleteObject(repo, "main", "never-there").execute();
        ObjectErrorList errors = this.sdk.objects.deleteObjects(repo, "main",
                new PathList().paths(List.of("keep", "also-never-there"))).execute();
        assertThat(errors.getErrors()).isEmpty();
        DiffList changes = this.sdk.branches.diffBranch(repo, "main").execute();
        assertThat(changes.getResults()).extracting(Diff::getPath, (d) -> d.getType().getValue())
            .containsExactly(Tuple.tuple("copy", "added"),
                    Tuple.tuple("gone", "removed"),
                    Tuple.tuple("keep", "removed"));
        failure(400, () -> this.sdk.objects.deleteObjects(repo, "main",
                new PathList().paths(IntStream.range(0, 1001).mapToObj((i) -> "p" + i).toList()))
            .execute());
    }

    @Test
    void diffAndMergeAreThreeWay() throws Exception {
        String repo = this.sdk.newRepository("mrg");
        upload(this.sdk, repo, "main", "shared", "base");
        this.sdk.commits.commit(repo, "main", new CommitCreation().message("base")).execute();
        this.sdk.branches.createBranch(repo, new BranchCreation().name("dev").source("main")).execute();
        upload(this.sdk, repo, "dev", "new", "n");
        this.sdk.commits.commit(repo, "dev", new CommitCreation().message("dev work")).execute();
        DiffList diff = this.sdk.refs.diffRefs(repo, "main", "dev").execute();
        assertThat(diff.getResults()).extracting(Diff::getPath).containsExactly("new");
        assertThat(this.sdk.refs.diffRefs(repo, "dev", "main").execute().getResults()).isEmpty();
        String merged = this.sdk.refs.mergeIntoBranch(repo, "dev", "main").merge(new Merge()).execute().getReference();
        Commit mergeCommit = this.sdk.commits.getCommit(repo, merged).execute();
        assertThat(mergeCommit.getParents()).hasSize(2);
        assertThat(mergeCommit.getMessage()).isEqualTo("Merge 'dev' into 'main'");
        assertThat(this.sdk.refs.diffRefs(repo, "main", "dev").execute().getResults()).isEmpty();
        assertThat(failure(400, () -> this.sdk.refs.mergeIntoBranch(repo, "dev", "main").merge(new Merge()).execute())
            .getResponseBody()).contains("no changes");
        upload(this.sdk, repo, "main", "shared", "main side");
        assertThat(failure(400, () -> this.sdk.refs.mergeIntoBranch(repo, "dev", "main").merge(new Merge()).execute())
            .getResponseBody()).contains("dirty branch");
        this.sdk.commits.commit(repo, "main", new CommitCreation().message("main change")).execute();
        upload(this.sdk, repo, "dev", "shared", "dev side");
        this.sdk.commits.commit(repo, "dev", new CommitCreation().message("dev change")).execute();
        assertThat(this.sdk.refs.diffRefs(repo, "main", "dev").execute().getResults())
            .extracting((d) -> d.getType().getValue()).containsExactly("conflict");
        ApiException conflict = failure(409, () -> this.sdk.refs.mergeIntoBranch(repo, "dev", "main")
            .merge(new Merge()).execute());
        assertThat(conflict.getResponseBody()).contains("\"reference\":\"\"");
        this.sdk.refs.mergeIntoBranch(repo, "dev", "main").merge(new Merge().strategy("source-wins")).execute();
        File content = this.sdk.objects.getObject(repo, "main", "shared").execute();
        assertThat(Files.readString(content.toPath())).isEqualTo("dev side");
        assertThat(this.sdk.commits.getCommit(repo, "main").execute().getMetadata())
            .containsEntry(".lakefs.merge.strategy", "source-wins");
    }

    private URI object(String repo, String route, String path) {
        return URI.create(this.sdk.target.apiEndpoint() + "/repositories/" + repo + "/" + route + "?path="
                + URLEncoder.encode(path, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", basic()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((this.sdk.target.accessKeyId() + ":"
                + this.sdk.target.secretAccessKey()).getBytes(StandardCharsets.UTF_8));
    }


}
