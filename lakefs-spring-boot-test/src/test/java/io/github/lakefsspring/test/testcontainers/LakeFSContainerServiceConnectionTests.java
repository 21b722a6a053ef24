package io.github.lakefsspring.test.testcontainers;

import io.github.lakefsspring.client.LakeFSClient;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real lakeFS in a container, wired by {@code @ServiceConnection}; runs only where Docker is available.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = LakeFSContainerServiceConnectionTests.App.class, properties = "lakefs.embedded.enabled=false")
class LakeFSContainerServiceConnectionTests {

    @Container
    @ServiceConnection
    static LakeFSContainer lakefs = new LakeFSContainer("treeverse/lakefs:1.84.0");

    @Autowired
    LakeFSClient client;

    @Test
    void theStarterTalksToTheContainer() {
        assertThat(this.client.server().config().version()).isNotEmpty();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

    }

}
