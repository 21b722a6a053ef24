package io.github.lakefsspring.embedded.gateway;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A SigV4 header-signed request built by hand, for what the AWS SDK never sends: a payload hash that is neither a
 * mode nor a digest, or an aws-chunked body whose decoded length is not the declared one. The signature itself is
 * right, so the server must judge the payload, not the signature.
 */
final class SignedRequest {

    private static final HexFormat HEX = HexFormat.of();

    private SignedRequest() {
    }

    /**
     * @param method the HTTP method
     * @param endpoint the gateway endpoint, e.g. {@code http://127.0.0.1:8000}
     * @param path the raw path, e.g. {@code /repo/main/key}
     * @param payloadHash the {@code x-amz-content-sha256} value to sign and send
     * @param extraHeaders more headers to sign and send (lower-case names)
     * @param body the body to send
     */
    static HttpRequest build(String method, URI endpoint, String path, String accessKeyId, String secret,
            String payloadHash, Map<String, String> extraHeaders, byte[] body) throws Exception {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        String amzDate = now.format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        String day = amzDate.substring(0, 8);
        String host = endpoint.getHost() + ":" + endpoint.getPort();
        TreeMap<String, String> headers = new TreeMap<>(extraHeaders);
        headers.put("host", host);
        headers.put("x-amz-content-sha256", payloadHash);
        headers.put("x-amz-date", amzDate);
        StringBuilder canonicalHeaders = new StringBuilder();
        headers.forEach((name, value) -> canonicalHeaders.append(name).append(':').append(value.trim()).append('\n'));
        String signedHeaders = String.join(";", headers.keySet());
        String canonical = method + "\n" + path + "\n\n" + canonicalHeaders + "\n" + signedHeaders + "\n" + payloadHash;
        String scope = day + "/us-east-1/s3/aws4_request";
        String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                + HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), day);
        key = hmac(key, "us-east-1");
        key = hmac(key, "s3");
        key = hmac(key, "aws4_request");
        String signature = HEX.formatHex(hmac(key, toSign));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + path))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + accessKeyId + "/" + scope + ", SignedHeaders="
                    + signedHeaders + ", Signature=" + signature);
        headers.forEach((name, value) -> {
            if (!name.equals("host")) {
                request.header(name, value);
            }
        });
        return request.build();
    }

    private static byte[] hmac(byte[] key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

}
