package io.github.lakefsspring.test.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.github.lakefsspring.autoconfigure.LakeFSAutoConfiguration;
import io.github.lakefsspring.autoconfigure.LakeFSEmbeddedServerAutoConfiguration;
import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.NotFoundException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link LakeFSTestRepository} on the lakeFS the context connects to: the real one the {@code LAKEFS_IT_*}
 * variables name, else an embedded server (no lakeFS configured). Each test method, or each test class, gets a
 * repository of its own, deleted after it.
 */
class LakeFSTestRepositoryTests {

    private static final String PROPERTIES = "lakefs.lakectl.enabled=false";

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ LakeFSEmbeddedServerAutoConfiguration.class, LakeFSAutoConfiguration.class })
    static class Application {

    }

    @Nested
    @SpringBootTest(classes = Application.class, properties = { PROPERTIES, "lakefs.endpoint=${LAKEFS_IT_ENDPOINT:}",
            "lakefs.access-key-id=${LAKEFS_IT_ACCESS_KEY_ID:}", "lakefs.secret-access-key=${LAKEFS_IT_SECRET_ACCESS_KEY:}",
            "lakefs.test.namespace-prefix=${LAKEFS_IT_NAMESPACE_PREFIX:s3://lakefs-test-repositories/}" })
    @LakeFSTestRepository
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class EachMethod {

        private static final List<String> seen = new ArrayList<>();

        @Autowired
        TestRepository repository;

        @Autowired
        LakeFSClient client;

        @Test
        @Order(1)
        void aMethodWritesToItsOwnRepository() {
            this.repository.branch("main").object("report.csv").upload("id\n1\n");
            this.repository.branch("main").commit("report");
            assertThat(this.repository.id()).startsWith("test-eachmethod-");
            seen.add(this.repository.id());
        }

        @Test
        @Order(2)
        void theNextMethodGetsAnotherOneAndThePreviousOneIsGone() throws InterruptedException {
            assertThat(this.repository.id()).isNotIn(seen);
            assertThat(this.repository.branch("main").object("report.csv").exists()).isFalse();
            // a real lakeFS may answer for a deleted repository for a moment while it removes it
            Instant deadline = Instant.now().plusSeconds(10);
            while (Instant.now().isBefore(deadline)) {
                try {
                    this.client.repositories().get(seen.get(0));
                    Thread.sleep(200);
                }
                catch (NotFoundException ex) {
                    return;
                }
            }
            assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> this.client.repositories().get(seen.get(0)));
        }

    }

    @Nested
    @SpringBootTest(classes = Application.class, properties = { PROPERTIES, "lakefs.endpoint=${LAKEFS_IT_ENDPOINT:}",
            "lakefs.access-key-id=${LAKEFS_IT_ACCESS_KEY_ID:}", "lakefs.secret-access-key=${LAKEFS_IT_SECRET_ACCESS_KEY:}",
            "lakefs.test.namespace-prefix=${LAKEFS_IT_NAMESPACE_PREFIX:s3://lakefs-test-repositories/}" })
    @LakeFSTestRepository(scope = LakeFSTestRepository.Scope.CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class EachClass {

        private static String first;

        @Autowired
        TestRepository repository;

        @Test
        @Order(1)
        void theFirstMethodWrites() {
            first = this.repository.id();
            this.repository.branch("main").object("shared.txt").upload("shared");
        }

        @Test
        @Order(2)
        void theNextMethodSeesTheSameRepository() {
            assertThat(this.repository.id()).isEqualTo(first);
            assertThat(this.repository.branch("main").object("shared.txt").readString()).isEqualTo("shared");
        }

    }

}
