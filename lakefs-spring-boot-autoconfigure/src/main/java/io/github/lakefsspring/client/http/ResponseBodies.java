package io.github.lakefsspring.client.http;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.model.ObjectError;
import io.github.lakefsspring.client.model.User;

/**
 * Answers that wrap what the client returns: unwrapped by the areas, never handed to users.
 */
public final class ResponseBodies {

    private ResponseBodies() {
    }

    /** {@code MergeResult}; a conflict answers {@code {"reference": ""}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MergeResult(@JsonProperty("reference") String reference) {
    }

    /** {@code ObjectErrorList}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ObjectErrorList(@JsonProperty("errors") List<ObjectError> errors) {
    }

    /** {@code ImportCreationResponse}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ImportStarted(@JsonProperty("id") String id) {
    }

    /** {@code CurrentUser}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CurrentUser(@JsonProperty("user") User user) {
    }

    /** {@code AuthenticationToken}; the token is never shown by {@link #toString()}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AuthenticationToken(@JsonProperty("token") String token,
            @JsonProperty("token_expiration") @Nullable Long tokenExpiration) {

        @Override
        public String toString() {
            return "AuthenticationToken[token=******, tokenExpiration=" + this.tokenExpiration + "]";
        }

    }

}
