package io.github.lakefsspring.embedded.junit;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;
import org.jspecify.annotations.Nullable;

/**
 * The lakeFS a test talks to: a real server named by the environment, or an embedded one.
 *
 * <p>A real lakeFS is used when {@code LAKEFS_IT_ENDPOINT}, {@code LAKEFS_IT_ACCESS_KEY_ID},
 * {@code LAKEFS_IT_SECRET_ACCESS_KEY} and {@code LAKEFS_IT_NAMESPACE_PREFIX} are all set, so one suite
 * can prove the same behaviour against both.
 *
 * @param endpoint the server root (the S3 gateway endpoint); the REST API is under {@code /api/v1}
 * @param accessKeyId the access key id to authenticate with
 * @param secretAccessKey the secret access key to authenticate with
 * @param namespacePrefix the storage namespace prefix new repositories go under, e.g. {@code local://it/}
 * @param embedded the embedded server, or null when the target is a real lakeFS
 */
public record LakeFSTarget(URI endpoint, String accessKeyId, String secretAccessKey, String namespacePrefix,
        @Nullable EmbeddedLakeFSServer embedded) {

    /** The environment variable naming a real lakeFS endpoint (with or without {@code /api/v1}). */
    public static final String ENDPOINT_VARIABLE = "LAKEFS_IT_ENDPOINT";

    /** The environment variable holding the real lakeFS access key id. */
    public static final String ACCESS_KEY_ID_VARIABLE = "LAKEFS_IT_ACCESS_KEY_ID";

    /** The environment variable holding the real lakeFS secret access key. */
    public static final String SECRET_ACCESS_KEY_VARIABLE = "LAKEFS_IT_SECRET_ACCESS_KEY";

    /** The environment variable holding the storage namespace prefix for repositories on the real lakeFS. */
    public static final String NAMESPACE_PREFIX_VARIABLE = "LAKEFS_IT_NAMESPACE_PREFIX";

    /**
     * The environment variable naming a directory a real lakeFS imports from (a local blockstore with
     * {@code blockstore.local.import_enabled} and the directory among its allowed external prefixes).
     */
    public static final String IMPORT_DIR_VARIABLE = "LAKEFS_IT_IMPORT_DIR";

    /** The namespace prefix used on an embedded server. */
    public static final String EMBEDDED_NAMESPACE_PREFIX = "s3://embedded-it/";

    /** Hides the secret. */
    @Override
    public String toString() {
        return "LakeFSTarget[endpoint=" + endpoint + ", accessKeyId=" + accessKeyId + ", namespacePrefix="
                + namespacePrefix + ", embedded=" + (embedded != null) + "]";
    }

    /** @return the REST API base, {@code <endpoint>/api/v1} */
    public URI apiEndpoint() {
        String root = endpoint.toString();
        return URI.create((root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + "/api/v1");
    }

    /**
     * @param prefix another storage namespace prefix
     * @return this target with new repositories going under that prefix
     */
    public LakeFSTarget withNamespacePrefix(String prefix) {
        return new LakeFSTarget(this.endpoint, this.accessKeyId, this.secretAccessKey, prefix, this.embedded);
    }

    /** @return whether this is a real lakeFS rather than an embedded server */
    public boolean isRealLakeFS() {
        return embedded == null;
    }

    /**
     * A storage namespace no repository has used, for a new repository.
     *
     * @param repository the repository id, used to make the namespace readable
     */
    public String uniqueNamespace(String repository) {
        String prefix = namespacePrefix.endsWith("/") ? namespacePrefix : namespacePrefix + "/";
        return prefix + repository + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A storage URI prefix no import has used, ending with {@code /}: in an embedded server's own storage, or, on a
     * real lakeFS, under the S3 prefix {@code LAKEFS_IT_IMPORT_S3_PREFIX} names (with
     * {@code LAKEFS_IT_IMPORT_S3_ENDPOINT}, {@code LAKEFS_IT_IMPORT_S3_ACCESS_KEY_ID},
     * {@code LAKEFS_IT_IMPORT_S3_SECRET_ACCESS_KEY} and optionally {@code LAKEFS_IT_IMPORT_S3_REGION}), else
     * {@code local://} URIs under {@value #IMPORT_DIR_VARIABLE}.
     * @return the prefix, or empty when the target is a real lakeFS and the environment names no import source
     */
    public Optional<String> freshImportPrefix() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        if (!isRealLakeFS()) {
            return Optional.of("s3://it-import/" + unique + "/");
        }
        Optional<S3ImportSource> s3 = S3ImportSource.fromEnvironment(System.getenv());
        if (s3.isPresent()) {
            return Optional.of(s3.get().prefix() + unique + "/");
        }
        String directory = System.getenv(IMPORT_DIR_VARIABLE);
        if (isBlank(directory)) {
            return Optional.empty();
        }
        return Optional.of("local://" + directory.replaceAll("/+$", "") + "/" + unique + "/");
    }

    /**
     * Writes an object where the target imports it from.
     * @param uri its URI, under a {@link #freshImportPrefix()}
     * @param content its bytes
     * @throws IOException when the object cannot be written
     */
    public void writeImportSource(String uri, byte[] content) throws IOException {
        if (embedded == null && uri.startsWith("s3://")) {
            S3ImportSource.fromEnvironment(System.getenv())
                .orElseThrow(() -> new IllegalStateException("No S3 import source is configured for " + uri))
                .put(uri, content);
            return;
        }
        Path file = (embedded != null) ? embedded.storagePath(uri)
                : Path.of(URI.create("file://" + uri.substring("local://".length())));
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    /**
     * The real lakeFS the environment names, if it names one completely.
     *
     * @param environment the environment, usually {@link System#getenv()}
     */
    public static Optional<LakeFSTarget> fromEnvironment(Map<String, String> environment) {
        String endpoint = environment.get(ENDPOINT_VARIABLE);
        String accessKeyId = environment.get(ACCESS_KEY_ID_VARIABLE);
        String secret = environment.get(SECRET_ACCESS_KEY_VARIABLE);
        String prefix = environment.get(NAMESPACE_PREFIX_VARIABLE);
        if (isBlank(endpoint) || isBlank(accessKeyId) || isBlank(secret) || isBlank(prefix)) {
            return Optional.empty();
        }
        String root = endpoint.replaceAll("/+$", "");
        if (root.endsWith("/api/v1")) {
            root = root.substring(0, root.length() - "/api/v1".length());
        }
        return Optional.of(new LakeFSTarget(URI.create(root), accessKeyId, secret, prefix, null));
    }

    /** A target for a running embedded server. */
    public static LakeFSTarget of(EmbeddedLakeFSServer server) {
        return new LakeFSTarget(server.endpoint(), server.accessKeyId(), server.secretAccessKey(),
                EMBEDDED_NAMESPACE_PREFIX, server);
    }

    /** @return whether an environment variable is unset or holds nothing but blanks */
    static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
