package io.github.lakefsspring.s3;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.S3Object;

import io.github.lakefsspring.autoconfigure.LakeFSAutoConfiguration;
import io.github.lakefsspring.autoconfigure.LakeFSEmbeddedServerAutoConfiguration;
import io.github.lakefsspring.autoconfigure.LakeFSS3AutoConfiguration;
import io.github.lakefsspring.core.Branch;
import io.github.lakefsspring.core.RepositoryOperations;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configured {@link S3Client} on the embedded server's gateway, and the routing client sending chosen
 * buckets to lakeFS and the rest to the application's own client.
 */
class LakeFSS3AutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LakeFSEmbeddedServerAutoConfiguration.class,
                LakeFSAutoConfiguration.class, LakeFSS3AutoConfiguration.class))
        .withPropertyValues("lakefs.lakectl.enabled=false");

    @Test
    void theLakeFSS3ClientWritesUncommittedChangesThroughTheGateway() {
        this.runner.run((context) -> {
            Branch main = context.getBean(RepositoryOperations.class).repository("example-repo")
                .create("s3://storage-bucket/repos/example-repo").branch("main");
            S3Client s3 = context.getBean("lakeFSS3Client", S3Client.class);
            s3.putObject((put) -> put.bucket("example-repo").key("main/example-file.parquet"),
                    RequestBody.fromString("parquet bytes"));
            assertThat(s3.listObjectsV2((list) -> list.bucket("example-repo").prefix("main/example")).contents())
                .extracting(S3Object::key).containsExactly("main/example-file.parquet");
            String commitId = main.commit("add via S3").id();
            assertThat(s3.listObjectsV2((list) -> list.bucket("example-repo").prefix(commitId.substring(0, 10) + "/"))
                .contents()).extracting(S3Object::key).containsExactly(commitId.substring(0, 10) + "/example-file.parquet");
            assertThat(s3.headObject((head) -> head.bucket("example-repo").key("main/example-file.parquet"))
                .contentLength()).isEqualTo(13);
        });
    }

    @Test
    void theRouterSendsRoutedBucketsToLakeFSAndTheRestToTheApplicationsClient() throws Exception {
        List<String> seenByDefault = new CopyOnWriteArrayList<>();
        HttpServer aws = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        aws.createContext("/", (exchange) -> {
            seenByDefault.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        aws.start();
        try {
            S3Client applicationClient = S3Client.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + aws.getAddress().getPort()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("aws", "aws-secret")))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .build();
            this.runner.withBean("applicationS3Client", S3Client.class, () -> applicationClient)
                .withPropertyValues("lakefs.s3.router.rules[0].bucket=analytics-*",
                        "lakefs.s3.router.rules[0].target=lakefs", "lakefs.s3.router.rules[0].repository=analytics",
                        "lakefs.s3.router.rules[0].ref=main")
                .run((context) -> {
                    context.getBean(RepositoryOperations.class).repository("analytics").create("s3://bucket/analytics");
                    S3Client router = context.getBean("lakeFSRoutingS3Client", S3Client.class);
                    router.putObject((put) -> put.bucket("analytics-2026").key("reports/today.csv"),
                            RequestBody.fromString("a,b"));
                    assertThat(context.getBean(RepositoryOperations.class).repository("analytics").branch("main")
                        .object("reports/today.csv").readString()).isEqualTo("a,b");
                    router.headBucket((head) -> head.bucket("other-bucket"));
                    assertThat(seenByDefault).containsExactly("HEAD /other-bucket");
                });
        }
        finally {
            aws.stop(0);
        }
    }

    @Test
    void anApplicationsOwnS3ClientStaysTheOneItInjects() {
        S3Client own = S3Client.builder()
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("aws", "aws-secret")))
            .build();
        this.runner.withBean("s3Client", S3Client.class, () -> own)
            .withPropertyValues("lakefs.s3.router.rules[0].bucket=analytics-*",
                    "lakefs.s3.router.rules[0].target=lakefs", "lakefs.s3.router.rules[0].repository=analytics")
            .withUserConfiguration(PlainInjection.class)
            .run((context) -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean(S3Client.class)).isSameAs(own);
                assertThat(context.getBean(PlainInjection.class).s3).isSameAs(own);
                assertThat(context.getBean("lakeFSS3Client", S3Client.class)).isNotSameAs(own);
                assertThat(context.getBean("lakeFSRoutingS3Client", S3Client.class)).isNotSameAs(own);
                assertThat(context.getBean(PlainInjection.class).lakeFS)
                    .isSameAs(context.getBean("lakeFSS3Client", S3Client.class));
            });
        this.runner.withUserConfiguration(PlainInjection.class).run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .hasMessageContaining("S3Client")
                .as("without an application client, lakeFS's never become the default")
                .isInstanceOf(NoSuchBeanDefinitionException.class);
        });
    }

    /** Injects S3 clients the way an application does: by type, and lakeFS's by qualifier. */
    static class PlainInjection {

        final S3Client s3;

        final S3Client lakeFS;

        PlainInjection(S3Client s3, @Qualifier("lakeFS") S3Client lakeFS) {
            this.s3 = s3;
            this.lakeFS = lakeFS;
        }

    }

    @Test
    void anAsyncClientReachesTheGatewayToo() {
        this.runner.run((context) -> {
            context.getBean(RepositoryOperations.class).repository("async-repo").create("s3://bucket/async-repo");
            S3AsyncClient s3 = context.getBean("lakeFSS3AsyncClient",
                    S3AsyncClient.class);
            s3.putObject((put) -> put.bucket("async-repo").key("main/async.txt"),
                    AsyncRequestBody.fromString("async")).join();
            assertThat(s3.listObjectsV2((list) -> list.bucket("async-repo").prefix("main/")).join().contents())
                .extracting(S3Object::key).containsExactly("main/async.txt");
        });
    }

    @Test
    void theS3ClientCanBeTurnedOff() {
        this.runner.withPropertyValues("lakefs.s3.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean("lakeFSS3Client"));
    }

}
