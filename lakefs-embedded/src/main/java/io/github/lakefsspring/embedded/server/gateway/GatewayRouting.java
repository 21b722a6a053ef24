package io.github.lakefsspring.embedded.server.gateway;

import java.util.List;
import java.util.Locale;

import io.github.lakefsspring.embedded.server.http.QueryParameters;
import org.jspecify.annotations.Nullable;

/**
 * The one place that decides whether a request belongs to the S3 gateway rather than the REST API, by
 * lakeFS's rule: its {@code Host} is the gateway domain or a direct subdomain of it, or it is AWS-signed
 * (a SigV4 or SigV2 {@code Authorization} header, an {@code X-Amz-Signature} header, or a presigned
 * query with {@code X-Amz-Credential} or {@code AWSAccessKeyId}).
 */
public final class GatewayRouting {

    /** lakeFS's default {@code gateways.s3.domain_name}. */
    public static final String DEFAULT_DOMAIN = "s3.local.lakefs.io";

    private final List<String> domains;

    public GatewayRouting(List<String> domains) {
        this.domains = domains.stream().map(domain -> domain.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * @param host the {@code Host} header, or null
     * @param authorization the first {@code Authorization} header, or null
     * @param signatureHeader the {@code X-Amz-Signature} header, or null
     */
    public boolean isGatewayRequest(@Nullable String host, @Nullable String authorization,
            @Nullable String signatureHeader, QueryParameters query) {
        if (host != null && matchesDomain(hostOnly(host))) {
            return true;
        }
        if (signatureHeader != null && !signatureHeader.isEmpty()) {
            return true;
        }
        if (authorization != null && (authorization.startsWith("AWS4") || authorization.startsWith("AWS "))) {
            return true;
        }
        return !isEmpty(query.first("AWSAccessKeyId")) || !isEmpty(query.first("X-Amz-Credential"));
    }

    private boolean matchesDomain(String host) {
        for (String domain : domains) {
            if (host.equals(domain)) {
                return true;
            }
            String suffix = "." + domain;
            if (host.endsWith(suffix) && host.length() > suffix.length()
                    && host.indexOf('.') == host.length() - suffix.length()) {
                return true;
            }
        }
        return false;
    }

    private static String hostOnly(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.startsWith("[")) {
            int end = lower.indexOf(']');
            return end < 0 ? lower : lower.substring(0, end + 1);
        }
        int colon = lower.lastIndexOf(':');
        return colon < 0 ? lower : lower.substring(0, colon);
    }

    private static boolean isEmpty(@Nullable String value) {
        return value == null || value.isEmpty();
    }
}
