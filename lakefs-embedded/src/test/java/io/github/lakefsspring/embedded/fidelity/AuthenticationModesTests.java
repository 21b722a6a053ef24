package io.github.lakefsspring.embedded.fidelity;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lakefs.clients.sdk.ApiClient;
import io.lakefs.clients.sdk.AuthApi;
import io.lakefs.clients.sdk.ExperimentalApi;
import io.lakefs.clients.sdk.model.AuthenticationToken;
import io.lakefs.clients.sdk.model.CommitCreation;
import io.lakefs.clients.sdk.model.ExternalLoginInformation;
import io.lakefs.clients.sdk.model.LoginInformation;
import io.lakefs.clients.sdk.model.StsAuthRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import tools.jackson.databind.json.JsonMapper;

import io.github.lakefsspring.embedded.GatewayClients;
import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;

import static io.github.lakefsspring.embedded.fidelity.SdkClients.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The ways lakeFS deployments authenticate, driven by the official lakeFS Java SDK: several users, login tokens
 * that expire, AWS IAM identities (a presigned STS request signed by the AWS SDK, checked here as AWS STS would)
 * and web identities.
 */
class AuthenticationModesTests {

    private static final String AWS_KEY = "AKIAFIDELITYTEST0001";

    private static final String AWS_SECRET = "aws-secret-of-the-fidelity-test";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static EmbeddedLakeFSServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedLakeFSServer.builder()
            .user("analyst", "AKIAANALYST", "analyst-secret")
            .loginTokenLifetime(Duration.ofSeconds(2))
            .awsIamIdentity(AWS_KEY, AWS_SECRET, "analyst")
            .webIdentity("the-code", "analyst")
            .build()
            .start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ApiClient anonymous() {
        ApiClient client = new ApiClient();
        client.setBasePath(server.apiEndpoint().toString());
        return client;
    }

    private static ApiClient bearer(String token) {
        ApiClient client = anonymous();
        client.setBearerToken(token);
        return client;
    }

    private static String currentUser(ApiClient client) throws Exception {
        return new AuthApi(client).getCurrentUser().execute().getUser().getId();
    }

    @Test
    void eachUserAuthenticatesWithItsOwnKeysAndCommitsAsItself() throws Exception {
        SdkClients admin = new SdkClients(LakeFSTarget.of(server));
        SdkClients analyst = new SdkClients(LakeFSTarget.of(server), "AKIAANALYST", "analyst-secret");
        String repo = admin.newRepository("users");
        analyst.objects.uploadObject(repo, "main", "a.txt").content(File.createTempFile("object", ".txt")).execute();
        String committer = analyst.commits.commit(repo, "main", new CommitCreation().message("by the analyst"))
            .execute()
            .getCommitter();
        assertThat(committer).isEqualTo("analyst");
        assertThat(currentUser(analyst.client)).isEqualTo("analyst");
        assertThat(currentUser(admin.client)).isEqualTo("admin");
        failure(401, () -> new SdkClients(LakeFSTarget.of(server), "AKIAANALYST", "admin-secret?").repositories
            .listRepositories().execute());
    }

    @Test
    void eachUserSignsGatewayRequestsWithItsOwnKeys() throws Exception {
        String repo = new SdkClients(LakeFSTarget.of(server)).newRepository("gateway-users");
        try (S3Client analyst = s3("AKIAANALYST", "analyst-secret");
                S3Client stranger = s3("AKIASTRANGER", "analyst-secret")) {
            analyst.putObject((put) -> put.bucket(repo).key("main/by-analyst.txt"), RequestBody.fromString("hi"));
            assertThat(analyst.getObjectAsBytes((get) -> get.bucket(repo).key("main/by-analyst.txt")).asUtf8String())
                .isEqualTo("hi");
            assertThatExceptionOfType(S3Exception.class)
                .isThrownBy(() -> stranger.getObjectAsBytes((get) -> get.bucket(repo).key("main/by-analyst.txt")))
                .satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(403));
        }
    }

    private static S3Client s3(String accessKeyId, String secretAccessKey) {
        return GatewayClients.s3(server.endpoint(), accessKeyId, secretAccessKey);
    }

    @Test
    void aLoginTokenIsTheUsersAndStopsBeingAcceptedWhenItExpires() throws Exception {
        AuthenticationToken token = new AuthApi(anonymous()).login()
            .loginInformation(new LoginInformation().accessKeyId("AKIAANALYST").secretAccessKey("analyst-secret"))
            .execute();
        long now = Instant.now().getEpochSecond();
        assertThat(token.getTokenExpiration()).isBetween(now + 1, now + 3);
        assertThat(currentUser(bearer(token.getToken()))).isEqualTo("analyst");
        assertThat(listRepositories("bEaReR \t" + token.getToken() + " ").statusCode()).isEqualTo(200);
        assertThat(listRepositories("Bearer " + token.getToken() + " extra").statusCode()).isEqualTo(401);
        assertThat(listRepositories("Bearer" + token.getToken()).statusCode()).isEqualTo(401);
        Thread.sleep(2200);
        HttpResponse<String> expired = listRepositories("Bearer " + token.getToken());
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(expired.body()).path("message").asString()).isEqualTo("error authenticating request");
        failure(401, () -> new AuthApi(anonymous()).login()
            .loginInformation(new LoginInformation().accessKeyId("AKIAANALYST").secretAccessKey("wrong"))
            .execute());
    }

    private static HttpResponse<String> listRepositories(String authorization) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest
            .newBuilder(URI.create(server.apiEndpoint() + "/repositories"))
            .header("Authorization", authorization)
            .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAwsIdentityProvenByAPresignedCallerIdentityRequestLogsIn() throws Exception {
        String host = server.endpoint().getHost();
        AuthenticationToken token = externalLogin(identityToken(AWS_SECRET, host, Instant.now(), Map.of()), 600);
        long now = Instant.now().getEpochSecond();
        assertThat(token.getTokenExpiration()).isBetween(now + 595, now + 605);
        assertThat(currentUser(bearer(token.getToken()))).isEqualTo("analyst");
    }

    @Test
    void anAwsIdentityThatDoesNotProveItselfIsRefused() throws Exception {
        String host = server.endpoint().getHost();
        failure(401, () -> externalLogin(identityToken("another-secret", host, Instant.now(), Map.of()), 600));
        failure(401, () -> externalLogin(identityToken(AWS_SECRET, "lakefs.elsewhere.example.com", Instant.now(),
                Map.of()), 600));
        failure(401, () -> externalLogin(identityToken(AWS_SECRET, host, Instant.now().minusSeconds(600), Map.of()),
                600));
        failure(401, () -> externalLogin(identityToken(AWS_SECRET, host, Instant.now(), Map.of("action",
                "AssumeRole")), 600));
        failure(401, () -> externalLogin("not base64 at all", 600));
        failure(400, () -> new AuthApi(anonymous()).externalPrincipalLogin()
            .externalLoginInformation(new ExternalLoginInformation().tokenExpirationDuration(60))
            .execute());
    }

    @Test
    void aWebIdentityCodeLogsInForAtMostTwelveHours() throws Exception {
        ExperimentalApi sts = new ExperimentalApi(anonymous());
        AuthenticationToken token = sts.stsLogin(new StsAuthRequest().code("the-code").state("s")
            .redirectUri("https://app.example.com/callback").ttlSeconds(120L)).execute();
        assertThat(currentUser(bearer(token.getToken()))).isEqualTo("analyst");
        failure(401, () -> sts.stsLogin(new StsAuthRequest().code("another-code").state("s")
            .redirectUri("https://app.example.com/callback")).execute());
        failure(400, () -> sts.stsLogin(new StsAuthRequest().code("the-code").state("s")
            .redirectUri("https://app.example.com/callback").ttlSeconds(13 * 3600L)).execute());
    }

    private static AuthenticationToken externalLogin(String identityToken, int lifetime) throws Exception {
        return new AuthApi(anonymous()).externalPrincipalLogin()
            .externalLoginInformation(new ExternalLoginInformation().tokenExpirationDuration(lifetime)
                .identityRequest(Map.of("identity_token", identityToken)))
            .execute();
    }

    /**
     * The Python SDK's identity token: an STS GetCallerIdentity POST presigned by the AWS SDK's SigV4 signer, with
     * {@code X-LakeFS-Server-ID} signed in, its query fields as base64 JSON.
     */
    private static String identityToken(String awsSecret, String serverId, Instant signedAt,
            Map<String, String> overrides) {
        SdkHttpRequest request = SdkHttpRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(URI.create("https://sts.eu-west-1.amazonaws.com/"))
            .putRawQueryParameter("Action", "GetCallerIdentity")
            .putRawQueryParameter("Version", "2011-06-15")
            .putHeader("X-LakeFS-Server-ID", serverId)
            .build();
        SdkHttpRequest signed = AwsV4HttpSigner.create()
            .sign((sign) -> sign.identity(AwsBasicCredentials.create(AWS_KEY, awsSecret))
                .request(request)
                .payload(ContentStreamProvider.fromByteArray(new byte[0]))
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "sts")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "eu-west-1")
                .putProperty(AwsV4FamilyHttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                .putProperty(AwsV4FamilyHttpSigner.EXPIRATION_DURATION, Duration.ofSeconds(60))
                .putProperty(AwsV4FamilyHttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)))
            .request();
        Map<String, List<String>> query = signed.rawQueryParameters();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("method", "POST");
        fields.put("host", "sts.eu-west-1.amazonaws.com");
        fields.put("region", "eu-west-1");
        fields.put("action", query.get("Action").get(0));
        fields.put("date", query.get("X-Amz-Date").get(0));
        fields.put("expiration_duration", query.get("X-Amz-Expires").get(0));
        fields.put("access_key_id", AWS_KEY);
        fields.put("signature", query.get("X-Amz-Signature").get(0));
        fields.put("signed_headers", List.of(query.get("X-Amz-SignedHeaders").get(0).split(";")));
        fields.put("version", query.get("Version").get(0));
        fields.put("algorithm", query.get("X-Amz-Algorithm").get(0));
        fields.put("security_token", null);
        fields.putAll(overrides);
        assertThat(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(signedAt))
            .isEqualTo(fields.get("date"));
        return Base64.getEncoder().encodeToString(JSON.writeValueAsString(fields).getBytes(StandardCharsets.UTF_8));
    }

}
