package io.github.lakefsspring.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.github.lakefsspring.client.LakeFSClientSettings.RetrySettings;
import io.github.lakefsspring.client.ObjectsApi.UploadOptions;
import io.github.lakefsspring.client.model.MergeRequest;
import io.github.lakefsspring.core.BranchTemplate;
import io.github.lakefsspring.core.CreateRepositoryOptions;
import io.github.lakefsspring.core.DiffOptions;
import io.github.lakefsspring.core.ListOptions;
import io.github.lakefsspring.core.LogOptions;
import io.github.lakefsspring.core.ObjectListOptions;
import io.github.lakefsspring.core.Repository;
import io.github.lakefsspring.core.RepositoryTemplate;
import io.github.lakefsspring.core.TransactionOptions;
import io.github.lakefsspring.core.WriteOptions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The catalogue of bad input: every value here breaks a rule that is known on the client, so each is refused with
 * an {@link IllegalArgumentException} that names the value and the rule, and not one request reaches the server.
 */
class BadInputCatalogueTests {

    private static StubServer server;

    private static RepositoryTemplate repositories;

    private static LakeFSClient client;

    @BeforeAll
    static void start() throws Exception {
        server = new StubServer((exchange) -> StubServer.respond(exchange, 500, "{\"message\":\"must not be called\"}"));
        client = LakeFSClient.create(LakeFSClientSettings.of(server.endpoint(), "key", "secret"));
        repositories = new RepositoryTemplate(client);
    }

    @AfterAll
    static void noRequestReachedTheServer() {
        assertThat(server.requests).isEmpty();
        server.close();
    }

    static Stream<Arguments> badInputs() {
        Repository repo = repositories.repository("repo");
        return Stream.of(
                bad("empty repository id", () -> repositories.repository(""), "Repository id must not be empty"),
                bad("upper-case repository id", () -> repositories.repository("Repo"), "'Repo' is invalid"),
                bad("two-character repository id", () -> repositories.repository("ab"), "'ab' is invalid"),
                bad("64-character repository id", () -> repositories.repository("a".repeat(64)), "3 to 63 characters"),
                bad("repository id starting with a dash", () -> repositories.repository("-repo"), "'-repo' is invalid"),
                bad("repository id with an underscore", () -> repositories.repository("my_repo"), "'my_repo' is invalid"),
                bad("repository id with a slash", () -> repositories.repository("my/repo"), "'my/repo' is invalid"),
                bad("empty branch id", () -> repo.branch(""), "Branch id must not be empty"),
                bad("branch id with a slash", () -> repo.branch("feature/x"), "'feature/x' is invalid"),
                bad("branch id with a dot", () -> repo.branch("v1.0"), "'v1.0' is invalid"),
                bad("branch id with a space", () -> repo.branch("my branch"), "'my branch' is invalid"),
                bad("branch id starting with a dash", () -> repo.branch("-main"), "'-main' is invalid"),
                bad("branch id with non-ASCII letters", () -> repo.branch("zweig-ä"), "'zweig-ä' is invalid"),
                bad("empty tag id", () -> repo.tag(""), "Tag id must not be empty"),
                bad("tag '@'", () -> repo.tag("@"), "'@' is invalid"),
                bad("tag ending with a dot", () -> repo.tag("v1."), "'v1.' is invalid"),
                bad("tag ending with .lock", () -> repo.tag("v1.lock"), "'v1.lock' is invalid"),
                bad("tag with '..'", () -> repo.tag("v1..2"), "'v1..2' is invalid"),
                bad("tag with a slash", () -> repo.tag("release/1"), "'release/1' is invalid"),
                bad("tag with '@{'", () -> repo.tag("v@{1}"), "'v@{1}' is invalid"),
                bad("tag with '^'", () -> repo.tag("v1^"), "'v1^' is invalid"),
                bad("tag with ':'", () -> repo.tag("v:1"), "'v:1' is invalid"),
                bad("tag with '?'", () -> repo.tag("v?"), "'v?' is invalid"),
                bad("tag with '*'", () -> repo.tag("v*"), "'v*' is invalid"),
                bad("tag with '['", () -> repo.tag("v[1]"), "'v[1]' is invalid"),
                bad("tag with a backslash", () -> repo.tag("v\\1"), "is invalid"),
                bad("tag with a space", () -> repo.tag("v 1"), "'v 1' is invalid"),
                bad("tag with a control character", () -> repo.tag("v\u00011"), "is invalid"),
                bad("empty ref", () -> repo.ref(""), "Ref must not be empty"),
                bad("ref with a space", () -> repo.ref("main branch"), "'main branch' is invalid"),
                bad("ref with a tab", () -> repo.ref("main\t1"), "is invalid"),
                bad("ref with a newline", () -> repo.ref("main\n"), "is invalid"),
                bad("empty object path", () -> repo.branch("main").object(""), "Object path must not be empty"),
                bad("object path over 1024 bytes", () -> repo.branch("main").object("p".repeat(1025)), "1025 bytes"),
                bad("object path over 1024 bytes in UTF-8", () -> repo.branch("main").object("é".repeat(513)),
                        "1026 bytes long in UTF-8"),
                bad("empty storage namespace", () -> repo.create(""), "Storage namespace must not be empty"),
                bad("namespace without a scheme", () -> repo.create("bucket/path"), "'bucket/path' is invalid"),
                bad("namespace with an unknown scheme", () -> repo.create("ftp://bucket"), "'ftp://bucket' is invalid"),
                bad("namespace with one slash", () -> repo.create("s3:/bucket"), "'s3:/bucket' is invalid"),
                bad("default branch with a slash", () -> CreateRepositoryOptions.defaults().withDefaultBranch("a/b"),
                        "'a/b' is invalid"),
                bad("negative max amount", () -> ListOptions.all().withMaxAmount(-1), "maxAmount -1 is invalid"),
                bad("page size 0", () -> ListOptions.all().withPageSize(0), "pageSize 0 is invalid"),
                bad("page size 1001", () -> ObjectListOptions.all().withPageSize(1001), "pageSize 1001 is invalid"),
                bad("negative diff max amount", () -> DiffOptions.all().withMaxAmount(-5), "maxAmount -5 is invalid"),
                bad("log page size 0", () -> LogOptions.all().withPageSize(0), "pageSize 0 is invalid"),
                bad("metadata key with a space", () -> WriteOptions.defaults().withMetadata(Map.of("my key", "v")),
                        "Metadata key 'my key' is invalid"),
                bad("metadata key with a colon", () -> new UploadOptions(null, Map.of("a:b", "v"), false),
                        "Metadata key 'a:b' is invalid"),
                bad("empty metadata key", () -> WriteOptions.defaults().withMetadata(Map.of("", "v")),
                        "Metadata key '' is invalid"),
                bad("endpoint without a scheme", () -> LakeFSClientSettings.apiEndpoint("lakefs:8000"),
                        "'lakefs:8000' is invalid"),
                bad("endpoint with ftp", () -> LakeFSClientSettings.apiEndpoint("ftp://lakefs"), "'ftp://lakefs' is invalid"),
                bad("endpoint with a query", () -> LakeFSClientSettings.apiEndpoint("http://lakefs?x=1"),
                        "must not carry a query"),
                bad("endpoint with user info", () -> LakeFSClientSettings.apiEndpoint("http://u:p@lakefs"),
                        "must not carry a query, fragment or user info"),
                bad("endpoint with spaces", () -> LakeFSClientSettings.apiEndpoint("http://lake fs"), "is invalid"),
                bad("empty access key id", () -> LakeFSClientSettings.of("http://lakefs", "", "secret"),
                        "access key id must not be empty"),
                bad("blank secret", () -> LakeFSClientSettings.of("http://lakefs", "key", "  "),
                        "secret access key must not be empty"),
                bad("zero read timeout", () -> LakeFSClientSettings.of("http://lakefs", "k", "s")
                    .withTimeouts(Duration.ofSeconds(1), Duration.ZERO), "readTimeout PT0S is invalid"),
                bad("negative connect timeout", () -> LakeFSClientSettings.of("http://lakefs", "k", "s")
                    .withTimeouts(Duration.ofSeconds(-1), Duration.ofSeconds(1)), "connectTimeout PT-1S is invalid"),
                bad("zero retry attempts", () -> new RetrySettings(0, Duration.ZERO, 2, Duration.ZERO, Duration.ZERO),
                        "maxAttempts 0 is invalid"),
                bad("shrinking retry delays", () -> new RetrySettings(3, Duration.ZERO, 0.5, Duration.ZERO, Duration.ZERO),
                        "multiplier 0.5 is invalid"),
                bad("unknown merge strategy", () -> new MergeRequest(null, Map.of(), "theirs", false, false, false),
                        "Merge strategy 'theirs' is invalid"),
                bad("negative revert parent", () -> repo.branch("main").revert("abc", -1), "Parent number -1 is invalid"),
                bad("zero cherry-pick parent", () -> repo.branch("main").cherryPick("abc", 0), "Parent number 0 is invalid"),
                bad("1001 paths in one bulk delete", () -> client.objects().delete("repo", "main",
                        IntStream.range(0, 1001).mapToObj((i) -> "p" + i).toList()), "1001 paths is invalid"),
                bad("bad path in a batch delete", () -> repo.branch("main").deleteObjects(List.of("ok", "")),
                        "Object path must not be empty"),
                bad("bad transaction tag", () -> TransactionOptions.commitMessage("m").withTag("a b"), "'a b' is invalid"),
                bad("import source without a scheme", () -> repo.branch("main").importData("m").prefix("bucket/x", "x/"),
                        "'bucket/x' is invalid"),
                bad("import destination empty", () -> repo.branch("main").importData("m").object("s3://b/o", ""),
                        "Object path must not be empty"),
                bad("copy to another repository", () -> repo.branch("main").object("a")
                    .copyTo(repositories.repository("other").branch("main"), "b"), "copies objects within a repository"),
                bad("branch template repository", () -> new BranchTemplate(repositories, "Bad Repo", "main"),
                        "'Bad Repo' is invalid"),
                bad("branch template branch", () -> new BranchTemplate(repositories, "repo", "a b"), "'a b' is invalid"));
    }

    private static Arguments bad(String what, ThrowingCallable call, String message) {
        return Arguments.of(what, call, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRefusedOnTheClientNamingTheValueAndTheRule(String what, ThrowingCallable call, String message) {
        assertThatIllegalArgumentException().as(what).isThrownBy(call).withMessageContaining(message);
    }

    @Test
    void theCatalogueHasAtLeastFiftyEntries() {
        assertThat(badInputs().count()).isGreaterThanOrEqualTo(50);
    }

}
