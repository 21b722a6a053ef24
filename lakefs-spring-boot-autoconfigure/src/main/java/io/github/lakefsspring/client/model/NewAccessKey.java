package io.github.lakefsspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An access key just created, with its secret: lakeFS shows the secret only once. {@link #toString()} leaves the
 * secret out.
 *
 * @param accessKeyId the access key id
 * @param secretAccessKey the secret access key
 * @param creationDate when it was created, in Unix seconds
 * @since 0.2.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewAccessKey(@JsonProperty("access_key_id") String accessKeyId,
        @JsonProperty("secret_access_key") String secretAccessKey,
        @JsonProperty("creation_date") long creationDate) {

    @Override
    public String toString() {
        return "NewAccessKey[accessKeyId=" + this.accessKeyId + ", secretAccessKey=******, creationDate="
                + this.creationDate + "]";
    }

}
