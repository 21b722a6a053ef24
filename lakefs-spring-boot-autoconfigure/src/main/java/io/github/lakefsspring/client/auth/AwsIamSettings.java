package io.github.lakefsspring.client.auth;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How an AWS IAM identity is proven to lakeFS, with lakectl's and the Python SDK's defaults.
 *
 * @param tokenLifetime how long each lakeFS token should be valid ({@code token_ttl_seconds}, 1 hour)
 * @param presignedUrlLifetime how long the presigned STS request is valid ({@code url_presign_ttl_seconds}, 60 s)
 * @param tokenRequestHeaders headers signed into the STS request; {@code null} for lakeFS's default, one
 * {@code X-LakeFS-Server-ID} header naming the lakeFS host ({@code token_request_headers})
 * @param stsEndpoint the STS endpoint the request is signed for; {@code null} for the regional endpoint of the AWS
 * SDK's default region, else the global {@code https://sts.amazonaws.com}. The signing region is read from its
 * host as the Python SDK reads it: {@code sts.<region>.amazonaws.com}, else {@code us-east-1}.
 * @since 0.2.0
 */
public record AwsIamSettings(Duration tokenLifetime, Duration presignedUrlLifetime,
        @Nullable Map<String, String> tokenRequestHeaders, @Nullable URI stsEndpoint) {

    /** The header naming the lakeFS server an identity request is meant for. */
    public static final String SERVER_ID_HEADER = "X-LakeFS-Server-ID";

    public AwsIamSettings {
        requireSeconds("token lifetime", tokenLifetime);
        requireSeconds("presigned URL lifetime", presignedUrlLifetime);
        tokenRequestHeaders = (tokenRequestHeaders != null) ? Map.copyOf(tokenRequestHeaders) : null;
    }

    /** @return a 1 hour token, a 60 s presigned request, the default header and STS endpoint */
    public static AwsIamSettings defaults() {
        return new AwsIamSettings(Duration.ofHours(1), Duration.ofSeconds(60), null, null);
    }

    /**
     * @param lakeFSHost the host of the lakeFS endpoint
     * @return the headers to sign into the identity request
     */
    public Map<String, String> headersFor(String lakeFSHost) {
        return (this.tokenRequestHeaders != null) ? this.tokenRequestHeaders : Map.of(SERVER_ID_HEADER, lakeFSHost);
    }

    private static void requireSeconds(String name, Duration duration) {
        if (duration == null || duration.toSeconds() < 1) {
            throw new IllegalArgumentException("AWS IAM " + name + " " + duration
                    + " is invalid: it must be at least 1 second");
        }
    }

}
