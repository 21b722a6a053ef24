package io.github.lakefsspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The server's configuration: its version and what its storage supports.
 *
 * @param versionConfig the version
 * @param storageConfig the default storage's capabilities
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServerConfig(@JsonProperty("version_config") @Nullable VersionConfig versionConfig,
        @JsonProperty("storage_config") @Nullable StorageConfig storageConfig) {

    /**
     * The server's version.
     *
     * @param version the version, e.g. {@code 1.84.0}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VersionConfig(@JsonProperty("version") @Nullable String version) {

    }

    /** @return the server's version, or an empty string when it does not say */
    public String version() {
        return (this.versionConfig != null && this.versionConfig.version() != null) ? this.versionConfig.version() : "";
    }

}
