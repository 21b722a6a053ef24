package io.github.lakefsspring.embedded.server.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import io.github.lakefsspring.embedded.server.auth.Authenticator;
import io.github.lakefsspring.embedded.server.auth.OperationPermissions;
import io.github.lakefsspring.embedded.server.auth.Principal;
import io.github.lakefsspring.embedded.server.gateway.GatewayRouting;
import io.github.lakefsspring.embedded.server.json.LakeFSJson;
import io.github.lakefsspring.embedded.server.validation.RawRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.JsonNode;

/**
 * The server's entry point for every request, applying lakeFS's order of decisions:
 *
 * <ol>
 *   <li>S3 gateway or not ({@link GatewayRouting});</li>
 *   <li>the embedded server's own presigned-URL endpoint;</li>
 *   <li>under {@code /api/v1}: the route (else 404 {@code invalid API endpoint}), then the OpenAPI checks
 *       (400), then credentials (401 when wrong), then parameter binding (400, plain text), then the
 *       anonymous check (401), then the user's permissions ({@link OperationPermissions}, 401), then
 *       the operation;</li>
 *   <li>anything else: a small landing page for {@code GET} and {@code HEAD}, as lakeFS serves its UI there;
 *       405 for any other method, so that an unsigned S3-style write never looks as if it succeeded.</li>
 * </ol>
 *
 * Blocking operations run on the store scheduler; the network threads only parse and write.
 */
public final class RequestDispatcher implements BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> {

    private static final Logger logger = LoggerFactory.getLogger(RequestDispatcher.class);

    private static final String API_PREFIX = "/api/v1";

    private static final String LANDING_PAGE = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\">"
            + "<title>lakeFS (embedded)</title></head><body><p>An embedded lakeFS-compatible server. The REST API is"
            + " under <code>/api/v1</code>.</p></body></html>\n";

    private final Router router;

    private final Authenticator authenticator;

    private final LakeFSJson json;

    private final Scheduler blocking;

    private final ResponseWriter writer;

    private final GatewayRouting gatewayRouting;

    private final ExtraEndpoint gateway;

    private final ExtraEndpoint presigned;

    private final BodyLimits bodyLimits;

    /**
     * A non-API endpoint served beside the REST API (the presigned-URL endpoint).
     */
    public interface ExtraEndpoint {

        /** @return whether the raw path is this endpoint's */
        boolean handles(String rawPath);

        Publisher<Void> serve(HttpServerRequest request, HttpServerResponse response, String rawPath,
                QueryParameters query);
    }

    public RequestDispatcher(Router router, Authenticator authenticator, LakeFSJson json, Scheduler blocking,
            ResponseWriter writer, GatewayRouting gatewayRouting, ExtraEndpoint gateway, ExtraEndpoint presigned,
            BodyLimits bodyLimits) {
        this.router = router;
        this.authenticator = authenticator;
        this.json = json;
        this.blocking = blocking;
        this.writer = writer;
        this.gatewayRouting = gatewayRouting;
        this.gateway = gateway;
        this.presigned = presigned;
        this.bodyLimits = bodyLimits;
    }

    @Override
    public Publisher<Void> apply(HttpServerRequest request, HttpServerResponse response) {
        String target = request.uri();
        int question = target.indexOf('?');
        String rawPath = question < 0 ? target : target.substring(0, question);
        QueryParameters query = QueryParameters.parse(question < 0 ? null : target.substring(question + 1));
        HttpHeaders headers = request.requestHeaders();
        boolean head = request.method().equals(HttpMethod.HEAD);
        if (gatewayRouting.isGatewayRequest(headers.get(HttpHeaderNames.HOST), headers.get(HttpHeaderNames.AUTHORIZATION),
                headers.get("X-Amz-Signature"), query)) {
            return gateway.serve(request, response, rawPath, query);
        }
        if (presigned.handles(rawPath)) {
            return presigned.serve(request, response, rawPath, query);
        }
        if (rawPath.equals(API_PREFIX) || rawPath.startsWith(API_PREFIX + "/")) {
            return api(request, response, rawPath.substring(API_PREFIX.length()), query, head);
        }
        if (!head && !request.method().equals(HttpMethod.GET)) {
            return writer.write(response, ApiResponse.text(405, "method not allowed\n", "text/plain; charset=utf-8")
                    .withHeader("Allow", "GET, HEAD").withHeader("X-Content-Type-Options", "nosniff"), false);
        }
        if (rawPath.equals("/_health")) {
            return writer.write(response, ApiResponse.text(200, "alive!", "text/plain; charset=utf-8"), head);
        }
        return writer.write(response, ApiResponse.text(200, LANDING_PAGE, "text/html; charset=utf-8")
                .withHeader("X-Content-Type-Options", "nosniff"), head);
    }

    private Mono<Void> api(HttpServerRequest request, HttpServerResponse response, String apiPath,
            QueryParameters query, boolean head) {
        Optional<Router.Match> match = router.match(request.method(), apiPath);
        if (match.isEmpty()) {
            return writer.write(response, Failures.error(404, "invalid API endpoint"), head);
        }
        Route route = match.get().route();
        Exchange exchange = new Exchange(route, match.get().pathVariables(), query, lowerCaseHeaders(request),
                origin(request), head);
        Mono<ApiResponse> result;
        BodyLimits.Reservation reservation = bodyLimits.reserve();
        if (route.handler() instanceof Handler.Blocking handler) {
            Mono<byte[]> body = route.operation().body() == null ? Mono.just(NO_BODY) : reservation.gather(request);
            result = body.publishOn(blocking).map(bytes -> exchange.run(bytes == NO_BODY ? null : bytes, handler));
        } else {
            Handler.Streaming handler = (Handler.Streaming) route.handler();
            result = Mono.defer(() -> handler.handle(exchange.prepare(null), request.receive()))
                    .map(exchange::withRequestId);
        }
        return result
                .onErrorResume(failure -> {
                    if (failure instanceof BodyLimits.LimitExceeded) {
                        response.keepAlive(false);
                    }
                    return Mono.just(head ? Failures.toHeadResponse(failure) : Failures.toResponse(failure));
                })
                .flatMap(api -> {
                    if (logger.isDebugEnabled()) {
                        logger.debug("{} {} -> {}", request.method(), route.template(), api.status());
                    }
                    return writer.write(response, api, head);
                })
                .doFinally(signal -> reservation.close());
    }

    private static final byte[] NO_BODY = new byte[0];

    private static Map<String, List<String>> lowerCaseHeaders(HttpServerRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Map.Entry<String, String> header : request.requestHeaders()) {
            headers.computeIfAbsent(header.getKey().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(header.getValue());
        }
        return headers;
    }

    private static String origin(HttpServerRequest request) {
        String host = request.requestHeaders().get(HttpHeaderNames.HOST);
        if (host == null || host.isEmpty()) {
            var address = request.hostAddress();
            host = address == null ? "127.0.0.1" : address.getHostString() + ":" + address.getPort();
        }
        return request.scheme() + "://" + host;
    }

    /** One API request on its way through the checks. */
    private final class Exchange {

        private final Route route;

        private final Map<String, String> pathVariables;

        private final QueryParameters query;

        private final Map<String, List<String>> headers;

        private final String origin;

        private final String requestId = RequestIds.apiRequestId();

        private Exchange(Route route, Map<String, String> pathVariables, QueryParameters query,
                Map<String, List<String>> headers, String origin, boolean head) {
            this.route = route;
            this.pathVariables = pathVariables;
            this.query = query;
            this.headers = headers;
            this.origin = origin;
        }

        ApiResponse run(byte @Nullable [] body, Handler.Blocking handler) {
            try {
                return withRequestId(handler.handle(prepare(body)));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("operation " + route.operation().handlerName() + " failed", e);
            }
        }

        /** Validates, authenticates and binds; returns what the handler sees. */
        ApiRequest prepare(byte @Nullable [] body) {
            List<String> contentType = headers.getOrDefault("content-type", List.of());
            RawRequest raw = new RawRequest(pathVariables, query, headers,
                    contentType.isEmpty() ? null : contentType.get(0), body);
            JsonNode tree = route.operation().validate(raw, json);
            Principal user = null;
            if (route.access() != Route.Access.PUBLIC) {
                user = authenticator.authenticate(headers.getOrDefault("authorization", List.of())).orElse(null);
            }
            route.operation().bind(raw, tree);
            if (route.access() == Route.Access.USER && user == null) {
                throw Authenticator.failure();
            }
            if (route.access() == Route.Access.USER && route.implemented()) {
                OperationPermissions.authorize(route.operation().handlerName(), user, pathVariables);
            }
            return new ApiRequest(route.method().name(), pathVariables, query, headers, tree, user, origin);
        }

        ApiResponse withRequestId(ApiResponse response) {
            return response.withHeader("X-Request-Id", requestId);
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
