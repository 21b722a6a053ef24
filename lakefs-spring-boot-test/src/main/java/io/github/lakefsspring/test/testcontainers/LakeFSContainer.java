package io.github.lakefsspring.test.testcontainers;

import java.time.Duration;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The real lakeFS ({@code treeverse/lakefs}) in quickstart mode: local metadata and blockstore inside
 * the container, and the quickstart credentials.
 *
 * <pre>{@code
 * @Container
 * @ServiceConnection
 * static LakeFSContainer lakefs = new LakeFSContainer("treeverse/lakefs:1.84.0");
 * }</pre>
 *
 * @since 0.1.0
 */
public class LakeFSContainer extends GenericContainer<LakeFSContainer> {

    /** The image this container runs, without a tag. */
    public static final String IMAGE_NAME = "treeverse/lakefs";

    /** The port lakeFS listens on inside the container. */
    public static final int PORT = 8000;

    /** The access key id of lakeFS's quickstart installation. */
    public static final String QUICKSTART_ACCESS_KEY_ID = "AKIAIOSFOLQUICKSTART";

    /** The secret access key of lakeFS's quickstart installation. */
    public static final String QUICKSTART_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    /**
     * @param image the image name with a tag, e.g. {@code treeverse/lakefs:1.84.0}
     */
    public LakeFSContainer(String image) {
        this(DockerImageName.parse(image));
    }

    /**
     * @param image a {@code treeverse/lakefs} image, or one declared compatible with it
     */
    public LakeFSContainer(DockerImageName image) {
        super(image);
        image.assertCompatibleWith(DockerImageName.parse(IMAGE_NAME));
        withExposedPorts(PORT);
        withCommand("run", "--quickstart");
        withEnv("LAKEFS_STATS_ENABLED", "false");
        withEnv("LAKEFS_SECURITY_CHECK_LATEST_VERSION", "false");
        waitingFor(Wait.forHttp("/api/v1/healthcheck").forStatusCode(204).withStartupTimeout(Duration.ofMinutes(2)));
    }

    /** @return the server's root URL as seen from the test, e.g. {@code http://localhost:32768} */
    public String getEndpoint() {
        return "http://" + getHost() + ":" + getMappedPort(PORT);
    }

    /** @return the access key id to authenticate with */
    public String getAccessKeyId() {
        return QUICKSTART_ACCESS_KEY_ID;
    }

    /** @return the secret access key to authenticate with */
    public String getSecretAccessKey() {
        return QUICKSTART_SECRET_ACCESS_KEY;
    }

}
