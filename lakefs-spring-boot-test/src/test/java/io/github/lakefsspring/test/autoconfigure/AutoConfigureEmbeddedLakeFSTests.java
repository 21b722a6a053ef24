package io.github.lakefsspring.test.autoconfigure;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;
import io.github.lakefsspring.embedded.store.blockstore.BlockstoreType;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.test.context.TestContextManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link AutoConfigureEmbeddedLakeFS}: the context gets its own embedded server whatever {@code lakefs.*} says,
 * contexts alike share it, cleanup isolates tests when asked, and closing the context stops the server.
 */
class AutoConfigureEmbeddedLakeFSTests {

    @Test
    void contextsAlikeShareOneServer() {
        EmbeddedLakeFSServer first = serverOf(FirstSharingTests.class);
        EmbeddedLakeFSServer second = serverOf(SecondSharingTests.class);
        assertThat(second).isSameAs(first);
    }

    private static EmbeddedLakeFSServer serverOf(Class<?> testClass) {
        return new TestContextManager(testClass).getTestContext().getApplicationContext()
            .getBean(EmbeddedLakeFSServer.class);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

    }

    @Nested
    @SpringBootTest(classes = App.class, properties = { "lakefs.endpoint=http://192.0.2.1:1",
            "lakefs.access-key-id=never-used", "lakefs.secret-access-key=never-used" })
    @AutoConfigureEmbeddedLakeFS
    class FirstSharingTests {

        @Autowired
        EmbeddedLakeFSServer server;

        @Autowired
        LakeFSClient client;

        @Test
        void theEmbeddedServerWinsOverConfiguredProperties() {
            assertThat(this.client.settings().endpoint()).isEqualTo(this.server.endpoint().toString());
            this.client.server().healthCheck();
        }

    }

    @Nested
    @SpringBootTest(classes = App.class, properties = { "lakefs.endpoint=http://192.0.2.1:1",
            "lakefs.access-key-id=never-used", "lakefs.secret-access-key=never-used" })
    @AutoConfigureEmbeddedLakeFS
    class SecondSharingTests {

        @Autowired
        LakeFSClient client;

        @Test
        void theConfiguredEndpointIsNeverCalled() {
            assertThat(this.client.settings().endpoint()).doesNotContain("192.0.2.1");
            this.client.server().healthCheck();
        }

    }

    @Nested
    @SpringBootTest(classes = App.class, properties = "lakefs.lakectl.enabled=false")
    @AutoConfigureEmbeddedLakeFS(blockstore = BlockstoreType.LOCAL, cleanup = AutoConfigureEmbeddedLakeFS.Cleanup.AFTER_EACH_TEST)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class CleanupTests {

        @Autowired
        RepositoryOperations repositories;

        @Test
        @Order(1)
        void createsARepository() {
            this.repositories.repository("left-behind").create("local://cleanup/left-behind");
            assertThat(this.repositories.repositories().count()).isOne();
        }

        @Test
        @Order(2)
        void seesNoRepositoryOfThePreviousTest() {
            assertThat(this.repositories.repositories().count()).isZero();
        }

    }

    @Test
    void closingTheContextStopsTheServer() throws IOException {
        GenericApplicationContext context = new GenericApplicationContext();
        new EmbeddedLakeFSContextCustomizer(BlockstoreType.S3).customizeContext(context, null);
        context.refresh();
        int port = context.getBean(EmbeddedLakeFSServer.class).port();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            assertThat(socket.isConnected()).isTrue();
        }
        context.close();
        assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> new Socket("127.0.0.1", port).close());
    }

}
