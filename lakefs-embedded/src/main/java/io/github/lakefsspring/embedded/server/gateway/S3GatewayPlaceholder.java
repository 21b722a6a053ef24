package io.github.lakefsspring.embedded.server.gateway;

import java.util.UUID;

import io.github.lakefsspring.embedded.server.http.ApiResponse;

/**
 * Answers every request routed to the S3 gateway until the gateway is built: an S3 XML
 * {@code NotImplemented} error (501), so S3 clients fail with a clear, typed error.
 */
public final class S3GatewayPlaceholder {

    /**
     * @param resource the request path, echoed as S3 does
     */
    public ApiResponse respond(String resource) {
        String requestId = UUID.randomUUID().toString();
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NotImplemented</Code>"
                + "<Message>The S3 gateway of the embedded lakeFS server is not implemented yet; use the REST API"
                + " under /api/v1.</Message><Resource>" + escape(resource) + "</Resource><Region>us-east-1</Region>"
                + "<RequestId>" + requestId + "</RequestId><HostId>" + requestId.substring(0, 8).toUpperCase(java.util.Locale.ROOT)
                + "</HostId></Error>";
        return ApiResponse.text(501, xml,
                "application/xml").withHeader("X-Amz-Request-Id", requestId);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
