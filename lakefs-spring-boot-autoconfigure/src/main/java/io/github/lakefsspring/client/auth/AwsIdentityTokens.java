package io.github.lakefsspring.client.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the identity token lakeFS's AWS IAM login takes, exactly as the Python SDK does: an STS
 * {@code GetCallerIdentity} POST presigned with SigV4 (the extra headers signed in), its query fields as JSON,
 * base64-encoded.
 */
final class AwsIdentityTokens {

    private static final String GLOBAL_STS = "https://sts.amazonaws.com";

    private static final String DEFAULT_REGION = "us-east-1";

    private static final Pattern REGIONAL = Pattern.compile("sts(?:-fips)?\\.([a-z0-9-]+)\\.amazonaws\\.com(?:\\.cn)?");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AwsIdentityTokens() {
    }

    static AwsCredentialsProvider defaultCredentials() {
        return DefaultCredentialsProvider.builder().build();
    }

    /** @return the configured STS endpoint, else the default region's, else the global one */
    static URI stsEndpoint(@Nullable URI configured) {
        if (configured != null) {
            return configured;
        }
        try {
            return URI.create("https://sts." + new DefaultAwsRegionProviderChain().getRegion().id() + ".amazonaws.com");
        }
        catch (RuntimeException ex) {
            return URI.create(GLOBAL_STS);
        }
    }

    /**
     * The Python SDK's rule: {@code sts.<region>.amazonaws.com} names its region, the global endpoint is us-east-1;
     * read from the host, so that China's {@code .amazonaws.com.cn} and FIPS endpoints get their region too (the
     * Python SDK's split on dots signs those for a region named "amazonaws" or "us-east-1").
     */
    static String region(URI stsEndpoint) {
        Matcher regional = REGIONAL.matcher(String.valueOf(stsEndpoint.getHost()));
        return regional.matches() ? regional.group(1) : DEFAULT_REGION;
    }

    static String identityToken(AwsCredentialsIdentity credentials, URI stsEndpoint, Map<String, String> headers,
            Duration presignedUrlLifetime) {
        String region = region(stsEndpoint);
        SdkHttpRequest.Builder request = SdkHttpRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(stsEndpoint)
            .encodedPath("/")
            .putRawQueryParameter("Action", "GetCallerIdentity")
            .putRawQueryParameter("Version", "2011-06-15");
        headers.forEach(request::putHeader);
        SignedRequest signed = AwsV4HttpSigner.create()
            .sign((sign) -> sign.identity(credentials)
                .request(request.build())
                .payload(ContentStreamProvider.fromByteArray(new byte[0]))
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "sts")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(AwsV4FamilyHttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                .putProperty(AwsV4FamilyHttpSigner.EXPIRATION_DURATION, presignedUrlLifetime));
        Map<String, List<String>> query = signed.request().rawQueryParameters();
        Map<String, @Nullable Object> fields = new LinkedHashMap<>();
        fields.put("method", "POST");
        fields.put("host", stsEndpoint.getHost());
        fields.put("region", region);
        fields.put("action", first(query, "Action"));
        fields.put("date", first(query, "X-Amz-Date"));
        fields.put("expiration_duration", first(query, "X-Amz-Expires"));
        fields.put("access_key_id", String.valueOf(first(query, "X-Amz-Credential")).split("/")[0]);
        fields.put("signature", first(query, "X-Amz-Signature"));
        String signedHeaders = first(query, "X-Amz-SignedHeaders");
        fields.put("signed_headers", new ArrayList<>(Arrays.asList(((signedHeaders != null) ? signedHeaders : "")
            .split(";"))));
        fields.put("version", first(query, "Version"));
        fields.put("algorithm", first(query, "X-Amz-Algorithm"));
        fields.put("security_token", first(query, "X-Amz-Security-Token"));
        return Base64.getEncoder().encodeToString(JSON.writeValueAsString(fields).getBytes(StandardCharsets.UTF_8));
    }

    private static @Nullable String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return (values == null || values.isEmpty()) ? null : values.get(0);
    }

}
