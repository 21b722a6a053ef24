package io.github.lakefsspring.client.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An identity outside lakeFS (such as an AWS IAM role ARN) attached to a lakeFS user, for external principal
 * login (lakeFS Enterprise; lakeFS open source answers {@code 501}).
 *
 * @param id the principal, such as {@code arn:aws:sts::123456789012:assumed-role/etl}
 * @param userId the lakeFS user
 * @param settings settings for the remote authenticator
 * @since 0.2.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExternalPrincipal(@JsonProperty("id") String id, @JsonProperty("user_id") String userId,
        @JsonProperty("settings") Map<String, String> settings) {

    public ExternalPrincipal {
        settings = (settings != null) ? Map.copyOf(settings) : Map.of();
    }

}
