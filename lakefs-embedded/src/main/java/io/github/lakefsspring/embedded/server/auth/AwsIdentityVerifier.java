package io.github.lakefsspring.embedded.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.lakefsspring.embedded.gateway.SigV4;

/**
 * Checks the identity token of lakeFS's AWS IAM login ({@code POST /auth/external/principal/login}) without AWS:
 * the token is the query of a presigned STS {@code GetCallerIdentity} POST, and where AWS STS would check its
 * SigV4 signature, this server checks it against the AWS key pairs it was configured with. As lakeFS requires,
 * the request must be meant for this server: its signed {@code X-LakeFS-Server-ID} header is the host the login
 * was sent to.
 */
public final class AwsIdentityVerifier {

    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
        .withZone(ZoneOffset.UTC);

    private static final String EMPTY_PAYLOAD = SigV4.sha256Hex(new byte[0]);

    private static final Duration SKEW = Duration.ofMinutes(15);

    private final Map<String, Identity> identities;

    private final Clock clock;

    private final JsonMapper json = JsonMapper.builder().build();

    public AwsIdentityVerifier(List<Identity> identities, Clock clock) {
        Map<String, Identity> byKey = new TreeMap<>();
        identities.forEach((identity) -> byKey.put(identity.awsAccessKeyId(), identity));
        this.identities = byKey;
        this.clock = clock;
    }

    /**
     * An AWS key pair and the lakeFS user its identity logs in as (what lakeFS's external principal mapping does).
     *
     * @param awsAccessKeyId the AWS access key id
     * @param awsSecretAccessKey the AWS secret access key
     * @param username the lakeFS user
     */
    public record Identity(String awsAccessKeyId, String awsSecretAccessKey, String username) {

        @Override
        public String toString() {
            return "Identity[awsAccessKeyId=" + this.awsAccessKeyId + ", awsSecretAccessKey=******, username="
                    + this.username + "]";
        }

    }

    /**
     * @param identityToken the base64 JSON of the presigned request's fields
     * @param serverId the host this server was addressed as
     * @return the lakeFS user the identity maps to, or empty when the token does not prove it
     */
    public Optional<String> verify(String identityToken, String serverId) {
        JsonNode fields;
        try {
            fields = this.json.readTree(Base64.getDecoder().decode(identityToken));
        }
        catch (IllegalArgumentException | JacksonException ex) {
            return Optional.empty();
        }
        Identity identity = this.identities.get(text(fields, "access_key_id"));
        if (identity == null || !fields.isObject() || !"POST".equals(text(fields, "method"))
                || !"GetCallerIdentity".equals(text(fields, "action")) || !"2011-06-15".equals(text(fields, "version"))
                || !"AWS4-HMAC-SHA256".equals(text(fields, "algorithm")) || !withinLifetime(fields)) {
            return Optional.empty();
        }
        List<String> signed = new ArrayList<>();
        fields.path("signed_headers").forEach((header) -> signed.add(header.asString("")));
        if (!signed.equals(List.of("host", "x-lakefs-server-id"))) {
            return Optional.empty();
        }
        String date = text(fields, "date");
        String scope = date.substring(0, Math.min(8, date.length())) + "/" + text(fields, "region") + "/sts/aws4_request";
        Map<String, String> query = new TreeMap<>();
        query.put("Action", "GetCallerIdentity");
        query.put("Version", "2011-06-15");
        query.put("X-Amz-Algorithm", "AWS4-HMAC-SHA256");
        query.put("X-Amz-Credential", identity.awsAccessKeyId() + "/" + scope);
        query.put("X-Amz-Date", date);
        query.put("X-Amz-Expires", text(fields, "expiration_duration"));
        query.put("X-Amz-SignedHeaders", "host;x-lakefs-server-id");
        String securityToken = text(fields, "security_token");
        if (!securityToken.isEmpty()) {
            query.put("X-Amz-Security-Token", securityToken);
        }
        Map<String, List<String>> headers = Map.of("host", List.of(text(fields, "host")), "x-lakefs-server-id",
                List.of(serverId));
        String canonical = SigV4.canonicalRequest("POST", "/", query, headers, "host;x-lakefs-server-id",
                EMPTY_PAYLOAD, null);
        String expected = SigV4.signature(identity.awsSecretAccessKey(), date, scope, canonical);
        boolean matches = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                text(fields, "signature").getBytes(StandardCharsets.US_ASCII));
        return matches ? Optional.of(identity.username()) : Optional.empty();
    }

    private boolean withinLifetime(JsonNode fields) {
        try {
            Instant signedAt = Instant.from(AMZ_DATE.parse(text(fields, "date")));
            long lifetime = Long.parseLong(text(fields, "expiration_duration"));
            Instant now = this.clock.instant();
            return lifetime > 0 && !signedAt.isAfter(now.plus(SKEW)) && now.isBefore(signedAt.plusSeconds(lifetime));
        }
        catch (RuntimeException ex) {
            return false;
        }
    }

    private static String text(JsonNode fields, String name) {
        JsonNode value = fields.path(name);
        return value.isString() ? value.asString() : "";
    }

}
