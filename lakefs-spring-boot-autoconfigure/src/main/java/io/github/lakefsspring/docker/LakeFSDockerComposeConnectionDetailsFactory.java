package io.github.lakefsspring.docker;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.autoconfigure.LakeFSConnectionDetails;

import org.springframework.boot.docker.compose.core.RunningService;
import org.springframework.boot.docker.compose.service.connection.DockerComposeConnectionDetailsFactory;
import org.springframework.boot.docker.compose.service.connection.DockerComposeConnectionSource;
import org.springframework.boot.ssl.SslBundle;

/**
 * Connects the application to a lakeFS that Spring Boot's Docker Compose support started: a service running a
 * {@code treeverse/lakefs} image (or labelled {@code org.springframework.boot.service-connection: lakefs}). The
 * endpoint is the service's host and its mapped API port (8000, or the port of {@code LAKEFS_LISTEN_ADDRESS});
 * the credentials are the service's {@code LAKEFS_INSTALLATION_ACCESS_KEY_ID} and
 * {@code LAKEFS_INSTALLATION_SECRET_ACCESS_KEY}, or lakeFS's quickstart keys when it sets none
 * ({@code run --quickstart}).
 */
class LakeFSDockerComposeConnectionDetailsFactory extends DockerComposeConnectionDetailsFactory<LakeFSConnectionDetails> {

    static final String QUICKSTART_ACCESS_KEY_ID = "AKIAIOSFOLQUICKSTART";

    static final String QUICKSTART_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    private static final int DEFAULT_PORT = 8000;

    LakeFSDockerComposeConnectionDetailsFactory() {
        super(new String[] { "treeverse/lakefs", "lakefs" });
    }

    @Override
    protected LakeFSConnectionDetails getDockerComposeConnectionDetails(DockerComposeConnectionSource source) {
        return new LakeFSDockerComposeConnectionDetails(source.getRunningService());
    }

    /** The connection to a lakeFS service of a Docker Compose file. */
    static final class LakeFSDockerComposeConnectionDetails extends DockerComposeConnectionDetails
            implements LakeFSConnectionDetails {

        private final String endpoint;

        private final String accessKeyId;

        private final String secretAccessKey;

        private final @Nullable SslBundle sslBundle;

        LakeFSDockerComposeConnectionDetails(RunningService service) {
            super(service);
            Map<String, String> env = service.env();
            this.sslBundle = getSslBundle(service);
            String scheme = (this.sslBundle != null) ? "https" : "http";
            this.endpoint = scheme + "://" + service.host() + ":" + service.ports().get(apiPort(env));
            String key = env.get("LAKEFS_INSTALLATION_ACCESS_KEY_ID");
            String secret = env.get("LAKEFS_INSTALLATION_SECRET_ACCESS_KEY");
            boolean configured = key != null && !key.isBlank() && secret != null && !secret.isBlank();
            this.accessKeyId = configured ? key : QUICKSTART_ACCESS_KEY_ID;
            this.secretAccessKey = configured ? secret : QUICKSTART_SECRET_ACCESS_KEY;
        }

        private static int apiPort(Map<String, String> env) {
            String listen = env.get("LAKEFS_LISTEN_ADDRESS");
            if (listen == null || listen.lastIndexOf(':') < 0) {
                return DEFAULT_PORT;
            }
            try {
                return Integer.parseInt(listen.substring(listen.lastIndexOf(':') + 1).trim());
            }
            catch (NumberFormatException ex) {
                return DEFAULT_PORT;
            }
        }

        @Override
        public String getEndpoint() {
            return this.endpoint;
        }

        @Override
        public String getAccessKeyId() {
            return this.accessKeyId;
        }

        @Override
        public String getSecretAccessKey() {
            return this.secretAccessKey;
        }

        @Override
        public @Nullable SslBundle getSslBundle() {
            return this.sslBundle;
        }

        @Override
        public String toString() {
            return "LakeFSDockerComposeConnectionDetails[endpoint=" + this.endpoint + ", accessKeyId="
                    + this.accessKeyId + "]";
        }

    }

}
