package io.github.lakefsspring.transaction;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.lakefsspring.client.model.ChangeType;
import io.github.lakefsspring.core.Branch;
import io.github.lakefsspring.core.BranchOperations;
import io.github.lakefsspring.core.LakeFSMergeRejectedException;
import io.github.lakefsspring.core.LakeFSTransactionException;
import io.github.lakefsspring.core.Reference;
import io.github.lakefsspring.core.Repository;
import io.github.lakefsspring.core.RepositoryOperations;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A lakeFS pre-merge webhook gates {@code @LakeFSTransactional} methods: the webhook (served here as an
 * application would serve it) reads the transaction's changes from lakeFS and refuses CSV files without a header
 * row; the refused method rolls back with an exception naming the hook and what it answered. On the embedded server,
 * or on the real lakeFS the {@code LAKEFS_IT_*} variables name.
 */
class HookGateTests {

    private static ConfigurableApplicationContext context;

    private static HttpServer webhook;

    private static String repositoryId;

    private static Branch main;

    @BeforeAll
    static void start() throws IOException {
        repositoryId = "hooked-" + Long.toString(System.nanoTime(), 36);
        ApplicationTarget target = ApplicationTarget.fromEnvironment();
        context = target.run(Application.class, repositoryId);
        RepositoryOperations repositories = context.getBean(RepositoryOperations.class);
        webhook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        webhook.createContext("/csv-header", (exchange) -> {
            JsonNode event = JsonMapper.builder().build().readTree(exchange.getRequestBody().readAllBytes());
            String refusal = headerCheck(repositories, event);
            byte[] answer = ((refusal != null) ? refusal : "ok").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders((refusal != null) ? 400 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        webhook.start();
        main = repositories.repository(repositoryId).create(target.namespace(repositoryId)).branch("main");
        main.object("_lakefs_actions/csv.yaml").upload("""
                name: CSV header check
                on:
                  pre-merge:
                    branches: [main]
                hooks:
                  - id: csv_headers
                    type: webhook
                    properties:
                      url: "http://127.0.0.1:%d/csv-header"
                """.formatted(webhook.getAddress().getPort()));
        main.commit("gate CSV files");
    }

    /** What the application's webhook does: read the merge's changes at its source and check each CSV file. */
    private static String headerCheck(RepositoryOperations repositories, JsonNode event) {
        Repository repository = repositories.repository(event.path("repository_id").asString());
        Reference source = repository.commit(event.path("source_ref").asString());
        return repository.branch(event.path("branch_id").asString())
            .diff(source)
            .filter((change) -> change.type() != ChangeType.REMOVED && change.path().endsWith(".csv"))
            .filter((change) -> !source.object(change.path()).readString().startsWith("id,"))
            .findFirst()
            .map((change) -> change.path() + " has no header row")
            .orElse(null);
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.getBean(RepositoryOperations.class).repository(repositoryId).delete();
            context.close();
        }
        if (webhook != null) {
            webhook.stop(0);
        }
    }

    @Test
    void aRefusingWebhookRollsTheTransactionBackNamingTheHookAndItsAnswer() {
        Loads loads = context.getBean(Loads.class);
        String head = main.commit().id();
        assertThatExceptionOfType(LakeFSMergeRejectedException.class)
            .isThrownBy(() -> loads.load("daily/1.csv", "1,Alice\n"))
            .satisfies((ex) -> {
                assertThat(ex.validator()).isEqualTo("csv_headers");
                assertThat(ex.reason()).isEqualTo("daily/1.csv has no header row");
                assertThat(ex.step()).isEqualTo(LakeFSTransactionException.Step.MERGE);
                assertThat(ex.getMessage()).contains("was rejected by lakeFS hook 'csv_headers' of action 'CSV header "
                        + "check': daily/1.csv has no header row; branch 'main' is unchanged");
            });
        assertThat(main.commit().id()).isEqualTo(head);
        assertThat(main.object("daily/1.csv").exists()).isFalse();
        loads.load("daily/2.csv", "id,name\n2,Bob\n");
        assertThat(main.object("daily/2.csv").readString()).startsWith("id,");
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class Application {

        @Bean
        Loads loads(BranchOperations branch) {
            return new Loads(branch);
        }

    }

    /** A transactional method, as an application writes it. */
    static class Loads {

        final BranchOperations branch;

        Loads(BranchOperations branch) {
            this.branch = branch;
        }

        @LakeFSTransactional(commitMessage = "load #{#path}")
        public void load(String path, String content) {
            this.branch.upload(path, content);
        }

    }

}
