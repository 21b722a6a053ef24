package io.github.lakefsspring.transaction;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSClientSettings;
import io.github.lakefsspring.core.LakeFSTransactionException;
import io.github.lakefsspring.core.ListOptions;
import io.github.lakefsspring.core.Repository;
import io.github.lakefsspring.core.RepositoryTemplate;
import io.github.lakefsspring.core.TransactionOptions;
import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;
import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A transaction whose merge never reaches lakeFS: the connection is cut by a proxy in front of the embedded
 * server (a fault the server itself cannot produce). The source branch must be unchanged, the merge must not be
 * retried, and the error must say what to check.
 */
@EmbeddedLakeFS
class TransactionFaultTests {

    private HttpServer proxy;

    @AfterEach
    void stopProxy() {
        if (this.proxy != null) {
            this.proxy.stop(0);
        }
    }

    @Test
    void lostMergeLeavesTheSourceUnchangedAndSaysWhatToCheck(EmbeddedLakeFSServer server) throws IOException {
        int[] merges = { 0 };
        this.proxy = cuttingProxy(server.endpoint(), "/merge/", merges);
        LakeFSClient client = LakeFSClient.create(LakeFSClientSettings.of(
                "http://127.0.0.1:" + this.proxy.getAddress().getPort(), server.accessKeyId(), server.secretAccessKey()));
        RepositoryTemplate repositories = new RepositoryTemplate(client);
        Repository repo = repositories.repository("faults").create("s3://faults/repo");
        String before = repo.branch("main").commit().id();
        LakeFSTransactionTemplate transactions = new LakeFSTransactionTemplate(repositories, ObservationRegistry.NOOP);
        assertThatExceptionOfType(LakeFSTransactionException.class)
            .isThrownBy(() -> transactions.execute(LakeFSTransactionDefinition.of("faults", "main",
                    TransactionOptions.commitMessage("lost merge")), () -> {
                        repo.branch("main").object("data").upload("x");
                        return null;
                    }))
            .satisfies((ex) -> assertThat(ex.step()).isEqualTo(LakeFSTransactionException.Step.MERGE))
            .withMessageContaining("Check its log before retrying");
        assertThat(merges[0]).as("a merge is never retried").isEqualTo(1);
        assertThat(repo.branch("main").commit().id()).isEqualTo(before);
        assertThat(repo.branch("main").object("data").exists()).isFalse();
        assertThat(repo.allBranches(ListOptions.prefix("tx-")).count()).isZero();
    }

    @Test
    void failedCommitKeepsTheBranchWhenAskedAndNamesTheStep(EmbeddedLakeFSServer server) throws IOException {
        int[] commits = { 0 };
        this.proxy = cuttingProxy(server.endpoint(), "/commits", commits);
        LakeFSClient client = LakeFSClient.create(LakeFSClientSettings.of(
                "http://127.0.0.1:" + this.proxy.getAddress().getPort(), server.accessKeyId(), server.secretAccessKey()));
        RepositoryTemplate repositories = new RepositoryTemplate(client);
        Repository repo = repositories.repository("faults-commit").create("s3://faults/commit");
        LakeFSTransactionTemplate transactions = new LakeFSTransactionTemplate(repositories, ObservationRegistry.NOOP);
        assertThatExceptionOfType(LakeFSTransactionException.class)
            .isThrownBy(() -> transactions.execute(LakeFSTransactionDefinition.of("faults-commit", "main",
                    TransactionOptions.commitMessage("lost commit").withDeleteBranchOnError(false)), () -> {
                        repo.branch("main").object("data").upload("x");
                        return null;
                    }))
            .satisfies((ex) -> assertThat(ex.step()).isEqualTo(LakeFSTransactionException.Step.COMMIT))
            .withMessageContaining("committing it failed; branch 'main' is unchanged")
            .withMessageContaining("transaction branch kept for inspection");
        assertThat(commits[0]).as("a commit is never retried").isEqualTo(1);
        assertThat(repo.branch("main").object("data").exists()).isFalse();
        assertThat(repo.allBranches(ListOptions.prefix("tx-")).count()).isOne();
    }

    /** Forwards every request to the server, except those whose path contains a marker, which it cuts. */
    private static HttpServer cuttingProxy(URI target, String cut, int[] cuts) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", (exchange) -> {
            if (exchange.getRequestURI().getPath().contains(cut) && exchange.getRequestMethod().equals("POST")) {
                cuts[0]++;
                exchange.close();
                return;
            }
            forward(http, target, exchange);
        });
        server.start();
        return server;
    }

    private static void forward(HttpClient http, URI target, HttpExchange exchange) throws IOException {
        Set<String> skipped = Set.of("host", "connection", "content-length", "transfer-encoding", "expect", "upgrade");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI().toString()));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!skipped.contains(name.toLowerCase())) {
                values.forEach((value) -> request.header(name, value));
            }
        });
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        request.method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().map().forEach((name, values) -> {
                if (!skipped.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
            });
            byte[] answer = response.body();
            boolean bodiless = exchange.getRequestMethod().equals("HEAD") || response.statusCode() == 204
                    || response.statusCode() == 304;
            exchange.sendResponseHeaders(response.statusCode(), bodiless ? -1 : (answer.length == 0 ? -1 : answer.length));
            if (!bodiless && answer.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
            exchange.close();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            exchange.close();
        }
    }

}
