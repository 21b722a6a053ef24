package io.github.lakefsspring.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * Reads the lakeFS connection from a lakectl configuration file: {@code server.endpoint_url},
 * {@code credentials.access_key_id}, {@code credentials.secret_access_key} and {@code credentials.provider} (type
 * and {@code aws_iam} settings); other keys are ignored.
 */
final class LakectlConfigFile {

    private static final String PROVIDER = "credentials.provider.";

    private static final String HEADERS = PROVIDER + "aws_iam.token_request_headers.";

    private LakectlConfigFile() {
    }

    /**
     * @param file the file; a missing file says nothing
     * @return what the file says
     * @throws LakeFSConfigurationException when the file exists but cannot be read as YAML
     */
    static LakeFSConnectionSource read(Path file) {
        String description = "lakectl configuration file " + file;
        if (!Files.isRegularFile(file)) {
            return new LakeFSConnectionSource(description + " (not found)", null, null, null);
        }
        List<PropertySource<?>> documents;
        try {
            documents = new YamlPropertySourceLoader().load(file.toString(), new FileSystemResource(file));
        }
        catch (IOException | RuntimeException ex) {
            throw new LakeFSConfigurationException(
                    "The lakectl configuration file " + file + " cannot be read as YAML: " + ex.getMessage(),
                    "Fix the file, point LAKECTL_CONFIG_FILE at another one, or set lakefs.lakectl.enabled=false.");
        }
        String in = " in " + file;
        return new LakeFSConnectionSource(description, value(documents, "server.endpoint_url"),
                value(documents, "credentials.access_key_id"), value(documents, "credentials.secret_access_key"), null,
                LakectlAwsIam.provider(value(documents, PROVIDER + "type"), PROVIDER + "type" + in,
                        value(documents, PROVIDER + "aws_iam.token_ttl_seconds"),
                        PROVIDER + "aws_iam.token_ttl_seconds" + in,
                        value(documents, PROVIDER + "aws_iam.url_presign_ttl_seconds"),
                        PROVIDER + "aws_iam.url_presign_ttl_seconds" + in, headers(documents)));
    }

    private static @Nullable String value(List<PropertySource<?>> documents, String key) {
        for (PropertySource<?> document : documents) {
            Object value = document.getProperty(key);
            if (value != null) {
                return value.toString();
            }
        }
        return null;
    }

    private static Map<String, String> headers(List<PropertySource<?>> documents) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (PropertySource<?> document : documents) {
            if (document instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    Object value = enumerable.getProperty(name);
                    if (name.startsWith(HEADERS) && value != null) {
                        headers.putIfAbsent(name.substring(HEADERS.length()), value.toString());
                    }
                }
            }
        }
        return headers;
    }

}
