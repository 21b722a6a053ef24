package io.github.lakefsspring.embedded.server.presign;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import io.github.lakefsspring.embedded.server.auth.Hmac;
import io.github.lakefsspring.embedded.server.http.QueryParameters;

/**
 * Signs and checks the embedded server's presigned URLs. A URL lives under {@link #PATH} (no repository id
 * can start with {@code _}, so it cannot collide with anything else the server serves) and carries its
 * grant in the query, HMAC-SHA256-signed with a key derived from the server's secret:
 * {@code /_presigned?method=GET&address=...&expires=...&signature=...}.
 */
public final class PresignSigner {

    /** The path presigned URLs are served on. */
    public static final String PATH = "/_presigned";

    /** How long a URL is valid: lakeFS's default S3 presign expiry. */
    public static final Duration LIFETIME = Duration.ofMinutes(15);

    private static final HexFormat HEX = HexFormat.of();

    private final Hmac hmac;

    private final Clock clock;

    public PresignSigner(Hmac hmac, Clock clock) {
        this.hmac = hmac;
        this.clock = clock;
    }

    /** A URL to read an object's bytes. */
    public Signed read(String origin, String physicalAddress) {
        return sign(origin, new PresignedUrl("GET", physicalAddress, expiry(), null, 0));
    }

    /** A URL to write an object's bytes at a reserved address. */
    public Signed write(String origin, String physicalAddress) {
        return sign(origin, new PresignedUrl("PUT", physicalAddress, expiry(), null, 0));
    }

    /** A URL to write one part of a multipart upload. */
    public Signed writePart(String origin, String physicalAddress, String uploadId, int partNumber) {
        return sign(origin, new PresignedUrl("PUT", physicalAddress, expiry(), uploadId, partNumber));
    }

    /** A signed URL and when it expires (Unix seconds). */
    public record Signed(String url, long expires) {
    }

    /**
     * @return the grant a URL's query carries, if its signature is right; expiry is checked separately
     *         (an expired URL is refused with its own error)
     */
    public Optional<PresignedUrl> verify(QueryParameters query) {
        String method = query.first("method");
        String address = query.first("address");
        String expires = query.first("expires");
        String signature = query.first("signature");
        String uploadId = query.first("upload_id");
        String part = query.first("part");
        if (method == null || address == null || expires == null || signature == null) {
            return Optional.empty();
        }
        PresignedUrl grant;
        try {
            grant = new PresignedUrl(method, address, Long.parseLong(expires), uploadId,
                    part == null ? 0 : Integer.parseInt(part));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        byte[] given;
        try {
            given = HEX.parseHex(signature);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(hmac.sign(canonical(grant)), given) ? Optional.of(grant) : Optional.empty();
    }

    /** @return whether the grant's time is up */
    public boolean isExpired(PresignedUrl grant) {
        return clock.instant().getEpochSecond() > grant.expires();
    }

    private Signed sign(String origin, PresignedUrl grant) {
        StringBuilder url = new StringBuilder(origin).append(PATH)
                .append("?method=").append(grant.method())
                .append("&address=").append(encode(grant.physicalAddress()))
                .append("&expires=").append(grant.expires());
        if (grant.isPart()) {
            url.append("&upload_id=").append(encode(grant.uploadId())).append("&part=").append(grant.partNumber());
        }
        url.append("&signature=").append(HEX.formatHex(hmac.sign(canonical(grant))));
        return new Signed(url.toString(), grant.expires());
    }

    private long expiry() {
        return clock.instant().plus(LIFETIME).getEpochSecond();
    }

    private static String canonical(PresignedUrl grant) {
        return grant.method() + "\n" + grant.physicalAddress() + "\n" + grant.expires() + "\n"
                + (grant.uploadId() == null ? "" : grant.uploadId()) + "\n" + grant.partNumber();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
