package io.github.lakefsspring.embedded.gateway;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * AWS Signature Version 4, as S3 clients sign requests: the {@code Authorization} header form and the presigned
 * query form. Verifies a request against the server's credentials and yields what the body verification needs
 * (the payload hash mode, and the seed signature and signing key for aws-chunked bodies). The region is not
 * enforced: the signature is checked with the client's own scope, as lakeFS does.
 */
public final class SigV4 {

    static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    static final String STREAMING_SIGNED = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";

    static final String STREAMING_UNSIGNED_TRAILER = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";

    static final String STREAMING_SIGNED_TRAILER = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER";

    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
        .withZone(ZoneOffset.UTC);

    private static final Duration SKEW = Duration.ofMinutes(15);

    private final Function<String, Optional<String>> secrets;

    /** @param secrets the secret access key of each access key id the server knows */
    SigV4(Function<String, Optional<String>> secrets) {
        this.secrets = secrets;
    }

    /**
     * What a verified request tells the body reader.
     *
     * @param payloadHash the declared payload hash or mode ({@code UNSIGNED-PAYLOAD}, a hex SHA-256, a streaming mode)
     * @param seedSignature the request's signature, the first link of an aws-chunked signature chain
     * @param signingKey the derived signing key
     * @param amzDate the request time as signed
     * @param scope the credential scope
     * @param accessKeyId the access key the request was signed with
     */
    record Verified(String payloadHash, String seedSignature, byte[] signingKey, String amzDate, String scope,
            String accessKeyId) {

    }

    /**
     * @param method the HTTP method
     * @param rawPath the path as sent (encoded)
     * @param rawQuery the query as sent, or null
     * @param headers lower-case header names to values
     */
    Verified verify(String method, String rawPath, @Nullable String rawQuery, Map<String, List<String>> headers) {
        String authorization = first(headers, "authorization");
        Map<String, String> query = parseQuery(rawQuery);
        if (authorization != null && authorization.startsWith("AWS4-HMAC-SHA256 ")) {
            return verifyHeader(method, rawPath, query, headers, authorization);
        }
        if (query.containsKey("X-Amz-Signature")) {
            return verifyPresigned(method, rawPath, query, headers);
        }
        if (authorization != null && authorization.startsWith("AWS ")) {
            throw S3Error.accessDenied("Signature Version 2 is not supported by the embedded server");
        }
        throw S3Error.accessDenied("Access Denied");
    }

    private Verified verifyHeader(String method, String rawPath, Map<String, String> query,
            Map<String, List<String>> headers, String authorization) {
        Map<String, String> parts = new TreeMap<>();
        for (String part : authorization.substring("AWS4-HMAC-SHA256 ".length()).split(",")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                parts.put(part.substring(0, equals).trim(), part.substring(equals + 1).trim());
            }
        }
        String credential = parts.get("Credential");
        String signedHeaders = parts.get("SignedHeaders");
        String signature = parts.get("Signature");
        if (credential == null || signedHeaders == null || signature == null) {
            throw S3Error.accessDenied("malformed Authorization header");
        }
        String scope = checkCredential(credential);
        String amzDate = first(headers, "x-amz-date");
        if (amzDate == null) {
            throw S3Error.accessDenied("missing X-Amz-Date");
        }
        checkTime(parseDate(amzDate), Duration.ZERO);
        String payloadHash = first(headers, "x-amz-content-sha256");
        if (payloadHash == null) {
            payloadHash = UNSIGNED_PAYLOAD;
        }
        if (payloadHash.equals(STREAMING_SIGNED_TRAILER)) {
            throw new S3Error(501, "NotImplemented", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER is not supported");
        }
        String canonical = canonicalRequest(method, rawPath, query, headers, signedHeaders, payloadHash, null);
        byte[] key = keyFor(credential, scope);
        String expected = hex(hmac(key, stringToSign(amzDate, scope, canonical)));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            throw S3Error.signatureMismatch();
        }
        if (!isPayloadMode(payloadHash)) {
            throw S3Error.accessDenied("x-amz-content-sha256 is neither a payload mode nor a hex SHA-256");
        }
        return new Verified(payloadHash, signature, key, amzDate, scope, accessKeyId(credential));
    }

    /** @return whether the value is one of the payload modes lakeFS accepts or 64 hex digits */
    static boolean isPayloadMode(String payloadHash) {
        if (payloadHash.equals(UNSIGNED_PAYLOAD) || payloadHash.equals(STREAMING_SIGNED)
                || payloadHash.equals(STREAMING_UNSIGNED_TRAILER)) {
            return true;
        }
        return payloadHash.length() == 64 && payloadHash.chars().allMatch((c) -> Character.digit(c, 16) >= 0);
    }

    private Verified verifyPresigned(String method, String rawPath, Map<String, String> query,
            Map<String, List<String>> headers) {
        if (!"AWS4-HMAC-SHA256".equals(query.get("X-Amz-Algorithm"))) {
            throw S3Error.accessDenied("unsupported X-Amz-Algorithm");
        }
        String credential = query.getOrDefault("X-Amz-Credential", "");
        String scope = checkCredential(credential);
        String amzDate = query.getOrDefault("X-Amz-Date", "");
        long expires;
        try {
            expires = Long.parseLong(query.getOrDefault("X-Amz-Expires", ""));
        }
        catch (NumberFormatException ex) {
            throw S3Error.accessDenied("malformed X-Amz-Expires");
        }
        if (expires > Duration.ofDays(7).toSeconds()) {
            throw S3Error.accessDenied("X-Amz-Expires must be less than a week (in seconds)");
        }
        Instant signedAt = parseDate(amzDate);
        if (Instant.now().isAfter(signedAt.plusSeconds(expires))) {
            throw S3Error.accessDenied("Request has expired");
        }
        checkTime(signedAt, Duration.ofSeconds(expires));
        String canonical = canonicalRequest(method, rawPath, query, headers,
                query.getOrDefault("X-Amz-SignedHeaders", "host"), UNSIGNED_PAYLOAD, "X-Amz-Signature");
        byte[] key = keyFor(credential, scope);
        String expected = hex(hmac(key, stringToSign(amzDate, scope, canonical)));
        String signature = query.getOrDefault("X-Amz-Signature", "");
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            throw S3Error.signatureMismatch();
        }
        return new Verified(UNSIGNED_PAYLOAD, signature, key, amzDate, scope, accessKeyId(credential));
    }

    /** Checks the credential's access key; returns its scope (date/region/service/aws4_request). */
    private String checkCredential(String credential) {
        int slash = credential.indexOf('/');
        if (slash <= 0) {
            throw S3Error.accessDenied("malformed credential");
        }
        if (this.secrets.apply(credential.substring(0, slash)).isEmpty()) {
            throw S3Error.accessDenied("Access Denied");
        }
        String scope = credential.substring(slash + 1);
        if (scope.split("/").length != 4 || !scope.endsWith("/aws4_request")) {
            throw S3Error.accessDenied("malformed credential scope");
        }
        return scope;
    }

    private static void checkTime(Instant signedAt, Duration validity) {
        Instant now = Instant.now();
        if (signedAt.isAfter(now.plus(SKEW)) || signedAt.plus(validity).plus(SKEW).isBefore(now)) {
            throw new S3Error(403, "RequestTimeTooSkewed",
                    "The difference between the request time and the server's time is too large.");
        }
    }

    private static Instant parseDate(String amzDate) {
        try {
            return Instant.from(AMZ_DATE.parse(amzDate));
        }
        catch (RuntimeException ex) {
            throw S3Error.accessDenied("malformed X-Amz-Date");
        }
    }

    /**
     * The SigV4 canonical request.
     * @param method the HTTP method
     * @param rawPath the encoded path
     * @param query the decoded query parameters
     * @param headers lower-case header names to values
     * @param signedHeaders the signed header names, {@code ;}-separated
     * @param payloadHash the payload hash or mode
     * @param skipParameter a query parameter left out (the signature itself), or null
     * @return the canonical request
     */
    public static String canonicalRequest(String method, String rawPath, Map<String, String> query,
            Map<String, List<String>> headers, String signedHeaders, String payloadHash, @Nullable String skipParameter) {
        StringBuilder canonical = new StringBuilder();
        canonical.append(method).append('\n').append(rawPath.isEmpty() ? "/" : rawPath).append('\n');
        List<String> parameters = new ArrayList<>();
        for (Map.Entry<String, String> parameter : new TreeMap<>(encodeKeys(query)).entrySet()) {
            if (skipParameter == null || !parameter.getKey().equals(skipParameter)) {
                parameters.add(parameter.getKey() + "=" + encode(parameter.getValue()));
            }
        }
        canonical.append(String.join("&", parameters)).append('\n');
        for (String name : signedHeaders.split(";")) {
            List<String> values = headers.getOrDefault(name, List.of());
            List<String> trimmed = values.stream().map((value) -> value.trim().replaceAll("\\s+", " ")).toList();
            canonical.append(name).append(':').append(String.join(",", trimmed)).append('\n');
        }
        canonical.append('\n').append(signedHeaders).append('\n').append(payloadHash);
        return canonical.toString();
    }

    private static Map<String, String> encodeKeys(Map<String, String> query) {
        Map<String, String> encoded = new TreeMap<>();
        query.forEach((key, value) -> encoded.put(encode(key), value));
        return encoded;
    }

    static String stringToSign(String amzDate, String scope, String canonicalRequest) {
        return "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    private static String accessKeyId(String credential) {
        return credential.substring(0, credential.indexOf('/'));
    }

    private byte[] keyFor(String credential, String scope) {
        return deriveKey(this.secrets.apply(accessKeyId(credential))
            .orElseThrow(() -> S3Error.accessDenied("Access Denied")),
                scope);
    }

    /**
     * The hex signature of a canonical request.
     * @param secretAccessKey the signer's secret
     * @param amzDate the signing time, {@code yyyyMMdd'T'HHmmss'Z'}
     * @param scope the credential scope, {@code date/region/service/aws4_request}
     * @param canonicalRequest the canonical request
     * @return the signature
     */
    public static String signature(String secretAccessKey, String amzDate, String scope, String canonicalRequest) {
        return hex(hmac(deriveKey(secretAccessKey, scope), stringToSign(amzDate, scope, canonicalRequest)));
    }

    private static byte[] deriveKey(String secretAccessKey, String scope) {
        String[] parts = scope.split("/");
        byte[] date = hmac(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), parts[0]);
        byte[] region = hmac(date, parts[1]);
        byte[] service = hmac(region, parts[2]);
        return hmac(service, "aws4_request");
    }

    static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** @return the lower-case hex SHA-256 of the bytes */
    public static String sha256Hex(byte[] data) {
        try {
            return hex(MessageDigest.getInstance("SHA-256").digest(data));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** Decodes a raw query into parameters (last value wins; S3 never repeats a signed parameter). */
    static Map<String, String> parseQuery(@Nullable String rawQuery) {
        Map<String, String> parameters = new TreeMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode((equals < 0) ? pair : pair.substring(0, equals));
            String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
            parameters.put(name, value);
        }
        return parameters;
    }

    static String decode(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** URI-encodes as SigV4 requires: everything but unreserved characters, upper-case hex. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~';
            out.append(unreserved ? String.valueOf((char) c) : String.format(Locale.ROOT, "%%%02X", c));
        }
        return out.toString();
    }

    private static @Nullable String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return (values == null || values.isEmpty()) ? null : values.get(0);
    }

}
