package io.github.lakefsspring.docker;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.lakefsspring.autoconfigure.LakeFSConnectionDetails;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactories;
import org.springframework.boot.docker.compose.core.ConnectionPorts;
import org.springframework.boot.docker.compose.core.ImageReference;
import org.springframework.boot.docker.compose.core.RunningService;
import org.springframework.boot.docker.compose.service.connection.DockerComposeConnectionSource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lakeFS service of a Docker Compose file becomes the connection (found through Boot's own factory lookup, as at
 * runtime): its host and mapped API port, its installation keys or the quickstart ones, and nothing for other
 * images. Docker itself is not needed: the running service is described as Boot's Docker Compose support sees it.
 */
class LakeFSDockerComposeConnectionDetailsFactoryTests {

    @Test
    void aQuickstartServiceConnectsWithTheQuickstartKeys() throws Exception {
        LakeFSConnectionDetails details = connect(service("treeverse/lakefs:1.84.0", Map.of(), Map.of(8000, 32768)));
        assertThat(details.getEndpoint()).isEqualTo("http://127.0.0.1:32768");
        assertThat(details.getAccessKeyId()).isEqualTo("AKIAIOSFOLQUICKSTART");
        assertThat(details.getSecretAccessKey()).isEqualTo("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        assertThat(details.getSslBundle()).isNull();
    }

    @Test
    void installationKeysAndTheListenAddressAreUsed() throws Exception {
        LakeFSConnectionDetails details = connect(service("treeverse/lakefs:latest",
                Map.of("LAKEFS_INSTALLATION_ACCESS_KEY_ID", "AKIDCOMPOSE", "LAKEFS_INSTALLATION_SECRET_ACCESS_KEY",
                        "compose-secret", "LAKEFS_LISTEN_ADDRESS", "0.0.0.0:8080"),
                Map.of(8080, 40000)));
        assertThat(details.getEndpoint()).isEqualTo("http://127.0.0.1:40000");
        assertThat(details.getAccessKeyId()).isEqualTo("AKIDCOMPOSE");
        assertThat(details.getSecretAccessKey()).isEqualTo("compose-secret");
        assertThat(details.toString()).doesNotContain("compose-secret");
    }

    @Test
    void otherImagesAreNotLakeFS() throws Exception {
        assertThat(new ConnectionDetailsFactories(null)
            .getConnectionDetails(source(service("redis:7", Map.of(), Map.of(6379, 1234))), false)).isEmpty();
    }

    private static LakeFSConnectionDetails connect(RunningService service) throws Exception {
        Map<Class<?>, ?> found = new ConnectionDetailsFactories(null).getConnectionDetails(source(service), false);
        assertThat(found).containsKey(LakeFSConnectionDetails.class);
        return (LakeFSConnectionDetails) found.get(LakeFSConnectionDetails.class);
    }

    /** Boot builds sources itself; its constructor is not public, so the test reaches it as Boot does. */
    private static DockerComposeConnectionSource source(RunningService service) throws Exception {
        Constructor<DockerComposeConnectionSource> constructor = DockerComposeConnectionSource.class
            .getDeclaredConstructor(RunningService.class, Environment.class);
        constructor.setAccessible(true);
        return constructor.newInstance(service, new StandardEnvironment());
    }

    private static RunningService service(String image, Map<String, String> env, Map<Integer, Integer> ports) {
        return new RunningService() {

            @Override
            public String name() {
                return "lakefs-1";
            }

            @Override
            public ImageReference image() {
                return ImageReference.of(image);
            }

            @Override
            public String host() {
                return "127.0.0.1";
            }

            @Override
            public ConnectionPorts ports() {
                return new ConnectionPorts() {

                    @Override
                    public int get(int containerPort) {
                        Integer mapped = ports.get(containerPort);
                        if (mapped == null) {
                            throw new IllegalStateException("No host port for " + containerPort);
                        }
                        return mapped;
                    }

                    @Override
                    public List<Integer> getAll() {
                        return List.copyOf(ports.values());
                    }

                    @Override
                    public List<Integer> getAll(String protocol) {
                        return getAll();
                    }

                };
            }

            @Override
            public Map<String, String> env() {
                return env;
            }

            @Override
            public Map<String, String> labels() {
                return Map.of();
            }

        };
    }

}
