package io.github.lakefsspring.resource;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.lakefsspring.core.Branch;
import io.github.lakefsspring.core.LogOptions;
import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.core.TransactionOptions;
import io.github.lakefsspring.transaction.LakeFSTransactionDefinition;
import io.github.lakefsspring.transaction.LakeFSTransactionTemplate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.WritableResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@code lakefs://} locations as Spring resources: injected with {@code @Value}, loaded through the context,
 * written on a branch, refused for writing elsewhere, and redirected inside transactions.
 */
class LakeFSResourceTests {

    private static ConfigurableApplicationContext context;

    private static Branch main;

    @BeforeAll
    static void start() throws IOException {
        context = new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
            .properties("lakefs.lakectl.enabled=false", "spring.main.banner-mode=off")
            .run();
        main = context.getBean(RepositoryOperations.class).repository("resources").create("s3://resources/repo")
            .branch("main");
        main.object("data/config.csv").upload("a,b\n1,2\n");
        main.commit("config");
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {

        @Bean
        Holder holder(@Value("lakefs://resources/main/data/config.csv") Resource config) {
            return new Holder(config);
        }

    }

    record Holder(Resource config) {

    }

    @Test
    void injectedResourcesReadTheObject() throws IOException {
        Resource config = context.getBean(Holder.class).config();
        assertThat(config).isInstanceOf(LakeFSResource.class);
        assertThat(config.exists()).isTrue();
        assertThat(config.contentLength()).isEqualTo(8);
        assertThat(config.getFilename()).isEqualTo("config.csv");
        try (InputStream in = config.getInputStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("a,b\n1,2\n");
        }
        assertThat(config.createRelative("other.csv").getURI()).hasToString("lakefs://resources/main/data/other.csv");
    }

    @Test
    void branchResourcesAreWritableAndOthersAreNot() throws IOException {
        WritableResource written = (WritableResource) context.getResource("lakefs://resources/main/out/result.txt");
        assertThat(written.isWritable()).isTrue();
        try (OutputStream out = written.getOutputStream()) {
            out.write("result".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(main.object("out/result.txt").readString()).isEqualTo("result");
        WritableResource atCommit = (WritableResource) context.getResource("lakefs://resources/main~1/out/x.txt");
        assertThat(atCommit.isWritable()).isFalse();
        assertThatExceptionOfType(IOException.class).isThrownBy(atCommit::getOutputStream)
            .withMessageContaining("is not a branch");
        assertThatExceptionOfType(FileNotFoundException.class)
            .isThrownBy(() -> context.getResource("lakefs://resources/main/missing").getInputStream());
        assertThatIllegalArgumentException().isThrownBy(() -> context.getResource("lakefs://resources/main"))
            .withMessageContaining("must be lakefs://repository/ref/path");
    }

    @Test
    void resourcesFollowTheActiveTransaction() throws IOException {
        LakeFSTransactionTemplate transactions = context.getBean(LakeFSTransactionTemplate.class);
        transactions.execute(LakeFSTransactionDefinition.of("resources", "main",
                TransactionOptions.commitMessage("via resource")),
                () -> {
                    WritableResource resource = (WritableResource) context.getResource("lakefs://resources/main/tx/r.txt");
                    try (OutputStream out = resource.getOutputStream()) {
                        out.write("in tx".getBytes(StandardCharsets.UTF_8));
                    }
                    assertThat(main.uncommitted().map((change) -> change.path()))
                        .as("seen through the redirect, the change is on the transaction branch").containsExactly("tx/r.txt");
                    return null;
                });
        assertThat(main.object("tx/r.txt").readString()).isEqualTo("in tx");
        assertThat(main.uncommitted().count()).as("nothing was staged on the source branch itself").isZero();
        assertThat(main.log(LogOptions.maxAmount(2)).map((commit) -> commit.message()))
            .contains("via resource");
    }

}
