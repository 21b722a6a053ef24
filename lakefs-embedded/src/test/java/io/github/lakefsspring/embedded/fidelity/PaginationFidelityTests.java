package io.github.lakefsspring.embedded.fidelity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;
import io.lakefs.clients.sdk.model.ObjectStats;
import io.lakefs.clients.sdk.model.ObjectStatsList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * lakeFS's pagination envelope and its edges: amount 0 and -1 mean the default, more than 1000 is refused by the
 * validator, {@code after} at, between and past keys, and conditional GETs.
 */
@EmbeddedLakeFS
class PaginationFidelityTests {

    private static final HttpClient http = HttpClient.newHttpClient();

    private SdkClients sdk;

    private String repo;

    @BeforeEach
    void connect(LakeFSTarget target) throws Exception {
        this.sdk = new SdkClients(target);
        this.repo = this.sdk.newRepository("pg");
        for (String path : new String[] { "a", "b", "c" }) {
            ObjectFidelityTests.upload(this.sdk, this.repo, "main", path, "x");
        }
    }

    @Test
    void amountZeroAndMinusOneMeanTheDefault() throws Exception {
        assertThat(this.sdk.objects.listObjects(this.repo, "main").amount(0).execute().getResults()).hasSize(3);
        assertThat(this.sdk.objects.listObjects(this.repo, "main").amount(-1).execute().getResults()).hasSize(3);
    }

    @Test
    void afterWorksAtBetweenAndPastKeys() throws Exception {
        ObjectStatsList one = this.sdk.objects.listObjects(this.repo, "main").amount(1).execute();
        assertThat(one.getResults()).extracting(ObjectStats::getPath).containsExactly("a");
        assertThat(one.getPagination().getHasMore()).isTrue();
        assertThat(one.getPagination().getNextOffset()).isEqualTo("a");
        assertThat(this.sdk.objects.listObjects(this.repo, "main").after("a").amount(1).execute().getResults())
            .extracting(ObjectStats::getPath).containsExactly("b");
        ObjectStatsList between = this.sdk.objects.listObjects(this.repo, "main").after("ab").execute();
        assertThat(between.getResults()).extracting(ObjectStats::getPath).containsExactly("b", "c");
        assertThat(between.getPagination().getHasMore()).isFalse();
        assertThat(between.getPagination().getNextOffset()).isEmpty();
        assertThat(this.sdk.objects.listObjects(this.repo, "main").after("c").execute().getResults()).isEmpty();
        assertThat(this.sdk.objects.listObjects(this.repo, "main").after("zz").execute().getResults()).isEmpty();
    }

    @Test
    void invalidAmountsAreRefusedByTheValidator() throws Exception {
        HttpResponse<String> tooMany = get("/repositories/" + this.repo + "/refs/main/objects/ls?amount=1001");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).startsWith("{\"message\":\"parameter \\\"amount\\\" in query has an error: number "
                + "must be at most 1000");
        HttpResponse<String> notANumber = get("/repositories/" + this.repo + "/refs/main/objects/ls?amount=abc");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.body().strip()).isEqualTo("{\"message\":\"parameter \\\"amount\\\" in query has an error: value "
                + "abc: an invalid integer: invalid syntax\"}");
    }

    @Test
    void conditionalGetAnswers304ForTheCurrentETag() throws Exception {
        String checksum = this.sdk.objects.statObject(this.repo, "main", "a").execute().getChecksum();
        HttpResponse<String> notModified = http.send(request("/repositories/" + this.repo + "/refs/main/objects?path=a")
            .header("If-None-Match", "\"" + checksum + "\"").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
    }

    @Test
    void mergeBaseAndHardResetAnswerAsLakeFS() throws Exception {
        var base = this.sdk.refs.findMergeBase(this.repo, "main", "main").execute();
        assertThat(base.getBaseCommitId()).isEqualTo(base.getSourceCommitId()).isEqualTo(base.getDestinationCommitId());
        HttpResponse<String> reset = http.send(request("/repositories/" + this.repo + "/branches/main/hard_reset?ref=main")
            .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reset.statusCode()).isEqualTo(204);
        assertThat(this.sdk.branches.diffBranch(this.repo, "main").execute().getResults())
            .as("lakeFS moves the branch and keeps its staging area").hasSize(3);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(this.sdk.target.apiEndpoint() + path))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((this.sdk.target.accessKeyId() + ":"
                    + this.sdk.target.secretAccessKey()).getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

}
