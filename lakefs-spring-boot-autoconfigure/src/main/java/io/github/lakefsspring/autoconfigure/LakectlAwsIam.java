package io.github.lakefsspring.autoconfigure;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.auth.AwsIamSettings;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.StringUtils;

/**
 * lakectl's {@code credentials.provider} settings, from its environment variables or its file: the provider type
 * (only {@code aws_iam} exists) and AWS IAM's lifetimes and extra headers, read as lakectl and the Python SDK read
 * them.
 */
final class LakectlAwsIam {

    static final String TYPE = "aws_iam";

    private LakectlAwsIam() {
    }

    /**
     * @param type the provider type, or null when none is set
     * @param typeSetting where the type is set, for messages
     * @param tokenTtl {@code token_ttl_seconds}, or null
     * @param tokenTtlSetting where it is set
     * @param presignTtl {@code url_presign_ttl_seconds}, or null
     * @param presignTtlSetting where it is set
     * @param headers {@code token_request_headers}, or null
     * @return the provider the settings name, or null when no type is set
     */
    static LakeFSConnectionSource.@Nullable NamedProvider provider(@Nullable String type, String typeSetting,
            @Nullable String tokenTtl, String tokenTtlSetting, @Nullable String presignTtl, String presignTtlSetting,
            @Nullable Map<String, String> headers) {
        if (!StringUtils.hasText(type)) {
            return null;
        }
        return new LakeFSConnectionSource.NamedProvider(type + " (" + typeSetting + ")", () -> {
            if (!TYPE.equals(type.trim())) {
                throw new LakeFSConfigurationException(typeSetting + "=" + type + " is not a credentials provider "
                        + "this starter knows: the only lakectl provider type is " + TYPE + ".",
                        "Set " + typeSetting + " to " + TYPE + ", or remove it and configure keys or a session token.");
            }
            AwsIamSettings defaults = AwsIamSettings.defaults();
            return AwsIamProviders.create(new AwsIamSettings(
                    lifetime(tokenTtl, tokenTtlSetting, defaults.tokenLifetime()),
                    lifetime(presignTtl, presignTtlSetting, defaults.presignedUrlLifetime()),
                    (headers == null || headers.isEmpty()) ? null : headers, null), typeSetting + "=" + type);
        });
    }

    /** Whole seconds as the Python SDK reads them, or a duration such as {@code 6h} as lakectl writes them. */
    static Duration lifetime(@Nullable String value, String setting, Duration otherwise) {
        if (!StringUtils.hasText(value)) {
            return otherwise;
        }
        String trimmed = value.trim();
        try {
            Duration duration = trimmed.chars().allMatch(Character::isDigit) ? Duration.ofSeconds(Long.parseLong(trimmed))
                    : DurationStyle.SIMPLE.parse(trimmed);
            if (duration.toSeconds() >= 1) {
                return duration;
            }
        }
        catch (IllegalArgumentException | DateTimeParseException ex) {
            // reported below
        }
        throw new LakeFSConfigurationException(setting + "=" + value + " is not a lifetime: it must be a whole "
                + "number of seconds (3600) or a duration such as 1h, of at least 1 second.",
                "Fix " + setting + ", or remove it for the default of " + otherwise.toSeconds() + " seconds.");
    }

}
