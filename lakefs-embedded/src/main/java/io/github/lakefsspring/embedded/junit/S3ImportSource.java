package io.github.lakefsspring.embedded.junit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.lakefsspring.embedded.gateway.SigV4;

/**
 * An S3 bucket a real lakeFS on an S3 blockstore imports from, for import tests: objects are written to it with
 * SigV4-signed PUTs (path-style), as any S3 client writes them.
 *
 * @param prefix where imports come from, {@code s3://bucket/path/}
 * @param endpoint the S3 endpoint, such as {@code http://127.0.0.1:8333}
 * @param region the signing region
 * @param accessKeyId the access key id
 * @param secretAccessKey the secret access key
 */
record S3ImportSource(String prefix, URI endpoint, String region, String accessKeyId, String secretAccessKey) {

    static final String PREFIX_VARIABLE = "LAKEFS_IT_IMPORT_S3_PREFIX";

    static final String ENDPOINT_VARIABLE = "LAKEFS_IT_IMPORT_S3_ENDPOINT";

    static final String REGION_VARIABLE = "LAKEFS_IT_IMPORT_S3_REGION";

    static final String ACCESS_KEY_ID_VARIABLE = "LAKEFS_IT_IMPORT_S3_ACCESS_KEY_ID";

    static final String SECRET_ACCESS_KEY_VARIABLE = "LAKEFS_IT_IMPORT_S3_SECRET_ACCESS_KEY";

    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** @return the source the environment names completely, if it does */
    static Optional<S3ImportSource> fromEnvironment(Map<String, String> environment) {
        String prefix = environment.get(PREFIX_VARIABLE);
        String endpoint = environment.get(ENDPOINT_VARIABLE);
        String accessKeyId = environment.get(ACCESS_KEY_ID_VARIABLE);
        String secret = environment.get(SECRET_ACCESS_KEY_VARIABLE);
        if (LakeFSTarget.isBlank(prefix) || LakeFSTarget.isBlank(endpoint) || LakeFSTarget.isBlank(accessKeyId)
                || LakeFSTarget.isBlank(secret)) {
            return Optional.empty();
        }
        if (!prefix.startsWith("s3://")) {
            throw new IllegalArgumentException(PREFIX_VARIABLE + "=" + prefix + " is not an s3:// URI");
        }
        String region = environment.get(REGION_VARIABLE);
        return Optional.of(new S3ImportSource(prefix.endsWith("/") ? prefix : prefix + "/",
                URI.create(endpoint.replaceAll("/+$", "")), LakeFSTarget.isBlank(region) ? "us-east-1" : region,
                accessKeyId, secret));
    }

    /**
     * Writes an object.
     * @param uri {@code s3://bucket/key}
     * @param content its bytes
     */
    void put(String uri, byte[] content) throws IOException {
        String path = "/" + encodePath(uri.substring("s3://".length()));
        String amzDate = ZonedDateTime.now(ZoneOffset.UTC).format(AMZ_DATE);
        String scope = amzDate.substring(0, 8) + "/" + this.region + "/s3/aws4_request";
        String payloadHash = SigV4.sha256Hex(content);
        String host = this.endpoint.getAuthority();
        String signedHeaders = "host;x-amz-content-sha256;x-amz-date";
        String canonical = SigV4.canonicalRequest("PUT", path, Map.of(), Map.of("host", List.of(host),
                "x-amz-content-sha256", List.of(payloadHash), "x-amz-date", List.of(amzDate)), signedHeaders,
                payloadHash, null);
        String signature = SigV4.signature(this.secretAccessKey, amzDate, scope, canonical);
        HttpRequest request = HttpRequest.newBuilder(URI.create(this.endpoint + path))
            .header("x-amz-content-sha256", payloadHash)
            .header("x-amz-date", amzDate)
            .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + this.accessKeyId + "/" + scope
                    + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature)
            .PUT(HttpRequest.BodyPublishers.ofByteArray(content))
            .build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted writing " + uri, ex);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException("Writing " + uri + " to " + this.endpoint + " failed with HTTP "
                    + response.statusCode() + ": " + response.body());
        }
    }

    private static String encodePath(String path) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~' || c == '/') {
                encoded.append(c);
            }
            else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    @Override
    public String toString() {
        return "S3ImportSource[" + this.prefix + " at " + this.endpoint + ", access key " + this.accessKeyId + "]";
    }

}
