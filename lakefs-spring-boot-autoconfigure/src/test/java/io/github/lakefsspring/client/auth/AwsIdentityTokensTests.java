package io.github.lakefsspring.client.auth;

import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity token of lakeFS's AWS IAM login has the fields, in the form, the Python SDK sends.
 */
class AwsIdentityTokensTests {

    private static JsonNode decode(String token) {
        return JsonMapper.builder().build().readTree(Base64.getDecoder().decode(token));
    }

    @Test
    void theTokenCarriesThePresignedRequestsFieldsAsThePythonSdkNamesThem() {
        JsonNode fields = decode(AwsIdentityTokens.identityToken(AwsBasicCredentials.create("AKIDEXAMPLE", "secret"),
                URI.create("https://sts.eu-central-1.amazonaws.com"),
                Map.of(AwsIamSettings.SERVER_ID_HEADER, "lakefs.example.com"), Duration.ofSeconds(60)));
        assertThat(fields.propertyNames()).containsExactly("method", "host", "region", "action", "date",
                "expiration_duration", "access_key_id", "signature", "signed_headers", "version", "algorithm",
                "security_token");
        assertThat(fields.path("method").asString()).isEqualTo("POST");
        assertThat(fields.path("host").asString()).isEqualTo("sts.eu-central-1.amazonaws.com");
        assertThat(fields.path("region").asString()).isEqualTo("eu-central-1");
        assertThat(fields.path("action").asString()).isEqualTo("GetCallerIdentity");
        assertThat(fields.path("version").asString()).isEqualTo("2011-06-15");
        assertThat(fields.path("algorithm").asString()).isEqualTo("AWS4-HMAC-SHA256");
        assertThat(fields.path("expiration_duration").asString()).isEqualTo("60");
        assertThat(fields.path("access_key_id").asString()).isEqualTo("AKIDEXAMPLE");
        assertThat(fields.path("date").asString()).matches("\\d{8}T\\d{6}Z");
        assertThat(fields.path("signature").asString()).matches("[0-9a-f]{64}");
        assertThat(fields.path("signed_headers").valueStream().map(JsonNode::asString).toList())
            .isEqualTo(List.of("host", "x-lakefs-server-id"));
        assertThat(fields.path("security_token").isNull()).isTrue();
    }

    @Test
    void temporaryCredentialsSendTheirSessionToken() {
        JsonNode fields = decode(AwsIdentityTokens.identityToken(
                AwsSessionCredentials.create("ASIAEXAMPLE", "secret", "the-session-token"),
                URI.create("https://sts.amazonaws.com"), Map.of(AwsIamSettings.SERVER_ID_HEADER, "lakefs"),
                Duration.ofSeconds(30)));
        assertThat(fields.path("security_token").asString()).isEqualTo("the-session-token");
        assertThat(fields.path("region").asString()).isEqualTo("us-east-1");
    }

    @Test
    void theRegionIsReadFromTheEndpointsHost() {
        assertThat(AwsIdentityTokens.region(URI.create("https://sts.us-west-2.amazonaws.com"))).isEqualTo("us-west-2");
        assertThat(AwsIdentityTokens.region(URI.create("https://sts.amazonaws.com"))).isEqualTo("us-east-1");
        assertThat(AwsIdentityTokens.region(URI.create("https://sts.eu-central-1.amazonaws.com/"))).isEqualTo("eu-central-1");
        assertThat(AwsIdentityTokens.region(URI.create("https://sts.cn-north-1.amazonaws.com.cn")))
            .isEqualTo("cn-north-1");
        assertThat(AwsIdentityTokens.region(URI.create("https://sts-fips.us-east-2.amazonaws.com")))
            .isEqualTo("us-east-2");
        assertThat(AwsIdentityTokens.region(URI.create("http://localhost:4566"))).isEqualTo("us-east-1");
    }

    @Test
    void withoutExtraHeadersTheLakeFSHostIsTheServerId() {
        assertThat(AwsIamSettings.defaults().headersFor("lakefs.example.com"))
            .isEqualTo(Map.of("X-LakeFS-Server-ID", "lakefs.example.com"));
        assertThat(new AwsIamSettings(Duration.ofHours(1), Duration.ofMinutes(1), Map.of("X-Team", "data"), null)
            .headersFor("lakefs.example.com")).isEqualTo(Map.of("X-Team", "data"));
    }

}
