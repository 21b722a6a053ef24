package io.github.lakefsspring.client;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.netty.channel.ChannelOption;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.lakefsspring.client.LakeFSServerException.Request;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * The one path every lakeFS call takes: builds the request from the operation's URI template (so values are
 * encoded strictly and observations see the template), sends it, maps error answers to the exception hierarchy,
 * and retries the operations that are safe to repeat. JSON is read and written with the client's own mapper,
 * whatever the application configured for its own codecs.
 */
final class LakeFSHttp {

    private static final Log logger = LogFactory.getLog(LakeFSHttp.class);

    private static final String CLIENT_HEADER = "X-Lakefs-Client";

    /** The repository and branch (or ref) a request path addresses, for high-cardinality observation tags. */
    private static final java.util.regex.Pattern TARGET = java.util.regex.Pattern
        .compile("^/repositories/([^/?]+)(?:/(?:branches|refs)/([^/?]+))?");

    private final WebClient api;

    private final WebClient storage;

    private final JsonMapper json;

    private final RetryTemplate retry;

    private final boolean retries;

    /** The first retry is made here, outside the template, so that a call that succeeds pays nothing for retries. */
    private final java.time.Duration firstRetry;

    private final java.time.Duration firstRetryJitter;

    private final java.time.Duration readTimeout;

    private final java.time.Duration transferTimeout;

    private final java.time.Duration maxRetryAfter;

    private final ObservationRegistry observations;

    private final TransferListener transfers;

    LakeFSHttp(WebClient.Builder builder, LakeFSClientSettings settings, @Nullable ClientHttpConnector configured,
            ObservationRegistry observations, TransferListener transfers) {
        this.observations = observations;
        this.transfers = transfers;
        ClientHttpConnector connector = (configured != null) ? configured : defaultConnector(settings);
        URI apiEndpoint = settings.apiEndpoint();
        this.api = builder.clone()
            .clientConnector(connector)
            .uriBuilderFactory(new DefaultUriBuilderFactory(apiEndpoint.toString()))
            .defaultHeaders((headers) -> {
                headers.setBasicAuth(settings.accessKeyId(), settings.secretAccessKey(), StandardCharsets.UTF_8);
                headers.set(CLIENT_HEADER, ClientVersion.userAgent());
            })
            .build();
        this.storage = builder.clone().clientConnector(connector).build();
        this.json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
        LakeFSClientSettings.RetrySettings retry = settings.retry();
        this.retries = retry.maxAttempts() > 1;
        this.readTimeout = settings.readTimeout();
        this.transferTimeout = settings.transferTimeout();
        this.maxRetryAfter = retry.maxDelay();
        this.firstRetry = retry.initialDelay();
        this.firstRetryJitter = retry.jitter();
        java.time.Duration second = retry.initialDelay().multipliedBy(Math.round(retry.multiplier() * 1000)).dividedBy(1000);
        this.retry = new RetryTemplate(RetryPolicy.builder()
            .maxRetries(Math.max(0, retry.maxAttempts() - 2))
            .delay(second.compareTo(retry.maxDelay()) > 0 ? retry.maxDelay() : second)
            .multiplier(retry.multiplier())
            .maxDelay(retry.maxDelay())
            .jitter(retry.jitter())
            .predicate(LakeFSHttp::retryable)
            .build());
        this.retry.setRetryListener(new RetryListener() {

            @Override
            public void beforeRetry(RetryPolicy policy, Retryable<?> retryable) {
                retrying(retryable.getName());
            }

        });
    }

    private void retrying(String operation) {
        if (logger.isDebugEnabled()) {
            logger.debug("Retrying lakeFS call " + operation);
        }
        Observation.createNotStarted("lakefs.client.retries", this.observations)
            .lowCardinalityKeyValue("operation", operation)
            .observe(() -> {
            });
    }

    /** Reactor Netty with the settings' timeouts, when the caller supplies no connector of its own. */
    static ClientHttpConnector defaultConnector(LakeFSClientSettings settings) {
        HttpClient httpClient = HttpClient.create()
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
                    settings.connectTimeout().toMillis()))
            .responseTimeout(settings.readTimeout());
        return new ReactorClientHttpConnector(httpClient);
    }

    Call call(Operation operation) {
        return new Call(operation);
    }

    JsonMapper json() {
        return this.json;
    }

    /** A GET to a storage URL (a presigned URL), without lakeFS's credentials. */
    ResponseEntity<Flux<DataBuffer>> storageGet(String url, @Nullable String range) {
        Request request = new Request("readPresigned", "GET", "(presigned URL)");
        return execute(request, true, this.transferTimeout, () -> this.storage.get()
            .uri(URI.create(url))
            .httpRequest((http) -> transferTimeout(http, this.transferTimeout))
            .headers((headers) -> {
                if (range != null) {
                    headers.set(HttpHeaders.RANGE, range);
                }
            })
            .retrieve()
            .onStatus(HttpStatusCode::isError, (response) -> decodeError(request, response))
            .toEntityFlux(DataBuffer.class)
            .map((entity) -> counted(entity, request.operation()))
            .block());
    }

    /** Counts the bytes of a download as they arrive. */
    private ResponseEntity<Flux<DataBuffer>> counted(ResponseEntity<Flux<DataBuffer>> entity, String operation) {
        Flux<DataBuffer> body = entity.getBody();
        if (body == null) {
            return entity;
        }
        return new ResponseEntity<>(body.doOnNext((buffer) -> this.transfers.transferred(operation,
                TransferListener.Direction.DOWNLOAD, buffer.readableByteCount())), entity.getHeaders(),
                entity.getStatusCode());
    }

    /** Counts the bytes of an upload body as they are sent. */
    Flux<DataBuffer> countedUpload(Publisher<DataBuffer> body, String operation) {
        return Flux.from(body).doOnNext((buffer) -> this.transfers.transferred(operation,
                TransferListener.Direction.UPLOAD, buffer.readableByteCount()));
    }

    void uploaded(String operation, long bytes) {
        this.transfers.transferred(operation, TransferListener.Direction.UPLOAD, bytes);
    }

    /** A PUT to a storage URL (a presigned URL), without lakeFS's credentials; returns the ETag. */
    @Nullable String storagePut(String url, BodyInserter<?, ? super org.springframework.http.client.reactive.ClientHttpRequest> body,
            long contentLength) {
        Request request = new Request("writePresigned", "PUT", "(presigned URL)");
        ResponseEntity<Void> response = execute(request, false, this.transferTimeout, () -> this.storage.put()
            .uri(URI.create(url))
            .httpRequest((http) -> transferTimeout(http, this.transferTimeout))
            .headers((headers) -> {
                if (contentLength >= 0) {
                    headers.setContentLength(contentLength);
                }
            })
            .body(body)
            .retrieve()
            .onStatus(HttpStatusCode::isError, (response1) -> decodeError(request, response1))
            .toBodilessEntity()
            .block());
        return (response != null) ? response.getHeaders().getETag() : null;
    }

    private <T> T execute(Request request, boolean idempotent, Supplier<T> exchange) {
        return execute(request, idempotent, this.readTimeout, exchange);
    }

    private <T> T execute(Request request, boolean idempotent, java.time.Duration timeout, Supplier<T> exchange) {
        Observation observation = Observation.createNotStarted("lakefs.client.requests", this.observations)
            .contextualName("lakefs " + request.operation())
            .lowCardinalityKeyValue("operation", request.operation())
            .lowCardinalityKeyValue("method", request.method())
            .highCardinalityKeyValue("path", request.path());
        java.util.regex.Matcher target = TARGET.matcher(request.path());
        if (target.find()) {
            observation.highCardinalityKeyValue("repository", target.group(1));
            if (target.group(2) != null) {
                observation.highCardinalityKeyValue("branch", target.group(2));
            }
        }
        observation.start();
        try (Observation.Scope scope = observation.openScope()) {
            T result = retried(request, idempotent, timeout, exchange);
            observation.lowCardinalityKeyValue("outcome", "SUCCESS");
            return result;
        }
        catch (LakeFSServerException ex) {
            observation.lowCardinalityKeyValue("outcome", (ex.status() < 500) ? "CLIENT_ERROR" : "SERVER_ERROR")
                .lowCardinalityKeyValue("status", Integer.toString(ex.status()));
            observation.error(ex);
            throw ex;
        }
        catch (RuntimeException ex) {
            observation.lowCardinalityKeyValue("outcome", "NETWORK_ERROR");
            observation.error(ex);
            throw ex;
        }
        finally {
            observation.stop();
        }
    }

    private <T> T retried(Request request, boolean idempotent, java.time.Duration timeout, Supplier<T> exchange) {
        Supplier<T> once = () -> {
            try {
                return exchange.get();
            }
            catch (WebClientRequestException ex) {
                if (hasCause(ex, io.netty.handler.timeout.ReadTimeoutException.class)) {
                    throw new LakeFSNetworkException("lakeFS did not answer " + request.operation() + " ("
                            + request.method() + " " + request.path() + ") within the response timeout of " + timeout, ex);
                }
                throw new LakeFSNetworkException("Cannot reach lakeFS for " + request.operation() + " ("
                        + request.method() + " " + request.path() + "): " + rootMessage(ex), ex);
            }
            catch (RuntimeException ex) {
                if (ex instanceof LakeFSException) {
                    throw ex;
                }
                if (hasCause(ex, TimeoutException.class) || hasCause(ex, io.netty.handler.timeout.ReadTimeoutException.class)) {
                    throw new LakeFSNetworkException("lakeFS did not answer " + request.operation() + " ("
                            + request.method() + " " + request.path() + ") within the response timeout of " + timeout + ": "
                            + rootMessage(ex), ex);
                }
                if (hasCause(ex, IOException.class)) {
                    throw new LakeFSNetworkException("lakeFS did not complete " + request.operation() + " ("
                            + request.method() + " " + request.path() + "): " + rootMessage(ex), ex);
                }
                throw ex;
            }
        };
        if (!idempotent || !this.retries) {
            return once.get();
        }
        Supplier<T> patient = () -> {
            try {
                return once.get();
            }
            catch (LakeFSServerException ex) {
                ex.retryAfter().filter((wait) -> retryable(ex)).ifPresent(this::pause);
                throw ex;
            }
        };
        try {
            return patient.get();
        }
        catch (RuntimeException ex) {
            if (!retryable(ex)) {
                throw ex;
            }
            retrying(request.operation());
            long jitter = this.firstRetryJitter.isZero() ? 0
                    : java.util.concurrent.ThreadLocalRandom.current().nextLong(this.firstRetryJitter.toMillis() + 1);
            pause(this.firstRetry.plusMillis(jitter));
        }
        try {
            return this.retry.execute(new Retryable<T>() {

                @Override
                public T execute() {
                    return patient.get();
                }

                @Override
                public String getName() {
                    return request.operation();
                }

            });
        }
        catch (RetryException ex) {
            Throwable last = ex.getCause();
            if (last instanceof RuntimeException runtime) {
                if (logger.isDebugEnabled()) {
                    logger.debug("Giving up " + request.operation() + " after " + ex.getRetryCount() + " retries");
                }
                throw runtime;
            }
            throw new LakeFSException("lakeFS call " + request.operation() + " failed", ex);
        }
    }

    private void pause(java.time.Duration wait) {
        long millis = Math.min(wait.toMillis(), this.maxRetryAfter.toMillis());
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static void transferTimeout(org.springframework.http.client.reactive.ClientHttpRequest request,
            java.time.Duration timeout) {
        Object nativeRequest = request.getNativeRequest();
        if (nativeRequest instanceof reactor.netty.http.client.HttpClientRequest netty) {
            netty.responseTimeout(timeout);
        }
    }

    private static boolean retryable(Throwable failure) {
        if (failure instanceof LakeFSNetworkException network) {
            return network.getCause() instanceof WebClientRequestException;
        }
        if (failure instanceof BranchLockedException || failure instanceof TooManyRequestsException) {
            return true;
        }
        if (failure instanceof ServerErrorException server) {
            int status = server.status();
            return status == 502 || status == 503 || status == 504;
        }
        return false;
    }

    private Mono<? extends Throwable> decodeError(Request request, ClientResponse response) {
        int status = response.statusCode().value();
        String contentRange = response.headers().asHttpHeaders().getFirst(HttpHeaders.CONTENT_RANGE);
        java.time.Duration retryAfter = retryAfter(response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        return response.bodyToMono(byte[].class)
            .defaultIfEmpty(new byte[0])
            .map((body) -> LakeFSErrors.toException(request, status, serverMessage(body), contentRange)
                .withRetryAfter(retryAfter));
    }

    private static java.time.@Nullable Duration retryAfter(@Nullable String header) {
        if (header == null) {
            return null;
        }
        try {
            return java.time.Duration.ofSeconds(Long.parseLong(header.trim()));
        }
        catch (NumberFormatException ex) {
            try {
                java.time.Instant at = java.time.ZonedDateTime.parse(header.trim(),
                        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                java.time.Duration wait = java.time.Duration.between(java.time.Instant.now(), at);
                return wait.isNegative() ? java.time.Duration.ZERO : wait;
            }
            catch (java.time.format.DateTimeParseException ignored) {
                return null;
            }
        }
    }

    private String serverMessage(byte[] body) {
        if (body.length == 0) {
            return "";
        }
        try {
            JsonNode node = this.json.readTree(body);
            JsonNode message = node.path("message");
            if (message.isString()) {
                return message.asString();
            }
            if (node.has("reference")) {
                return "conflict";
            }
        }
        catch (RuntimeException ex) {
            // not JSON: fall back to the text
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return (text.length() > 500) ? text.substring(0, 500) + "..." : text;
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
    }

    /**
     * One lakeFS operation: its name (as observations and errors report it), method, URI template and whether
     * it is safe to send twice.
     *
     * @param name the operation's name, e.g. {@code createBranch}
     * @param method the HTTP method
     * @param template the path template under the API base, e.g. {@code /repositories/{repository}}
     * @param idempotent whether a retry cannot apply it twice
     */
    record Operation(String name, HttpMethod method, String template, boolean idempotent) {

        static Operation get(String name, String template) {
            return new Operation(name, HttpMethod.GET, template, true);
        }

        static Operation head(String name, String template) {
            return new Operation(name, HttpMethod.HEAD, template, true);
        }

        static Operation delete(String name, String template) {
            return new Operation(name, HttpMethod.DELETE, template, true);
        }

        static Operation put(String name, String template, boolean idempotent) {
            return new Operation(name, HttpMethod.PUT, template, idempotent);
        }

        static Operation post(String name, String template, boolean idempotent) {
            return new Operation(name, HttpMethod.POST, template, idempotent);
        }

    }

    /** The request as exceptions report it. */
    private static Request request(Operation operation, String path) {
        return new Request(operation.name(), operation.method().name(), path);
    }

    /** One call being prepared. */
    final class Call {

        private final Operation operation;

        private final Map<String, Object> variables = new LinkedHashMap<>();

        private final List<String> query = new ArrayList<>();

        private final HttpHeaders headers = new HttpHeaders();

        private @Nullable Object jsonBody;

        private boolean idempotent;

        private boolean transfer;

        private Call(Operation operation) {
            this.operation = operation;
            this.idempotent = operation.idempotent();
        }

        Call path(String name, String value) {
            this.variables.put(name, value);
            return this;
        }

        Call query(String name, @Nullable Object value) {
            if (value != null) {
                String variable = "q" + this.variables.size();
                this.variables.put(variable, value.toString());
                this.query.add(name + "={" + variable + "}");
            }
            return this;
        }

        Call queries(String name, List<String> values) {
            values.forEach((value) -> query(name, value));
            return this;
        }

        Call header(String name, @Nullable String value) {
            if (value != null) {
                this.headers.add(name, value);
            }
            return this;
        }

        Call headers(Consumer<HttpHeaders> consumer) {
            consumer.accept(this.headers);
            return this;
        }

        Call json(Object body) {
            this.jsonBody = body;
            return this;
        }

        Call idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        /** Marks a call that moves an object's bytes: the transfer timeout applies instead of the read timeout. */
        Call transfer() {
            this.transfer = true;
            return this;
        }

        private java.time.Duration timeout() {
            return this.transfer ? LakeFSHttp.this.transferTimeout : LakeFSHttp.this.readTimeout;
        }

        <T> T retrieve(Class<T> type) {
            byte[] body = exchange(null);
            return LakeFSHttp.this.json.readValue(body, type);
        }

        <T> T retrieve(TypeReference<T> type) {
            byte[] body = exchange(null);
            return LakeFSHttp.this.json.readValue(body, type);
        }

        String text() {
            return new String(exchange(null), StandardCharsets.UTF_8).strip();
        }

        void send() {
            exchange(null);
        }

        <T> T upload(BodyInserter<?, ? super org.springframework.http.client.reactive.ClientHttpRequest> body,
                Class<T> type) {
            return LakeFSHttp.this.json.readValue(exchange(body), type);
        }

        ResponseEntity<Void> head() {
            Request request = request(this.operation, describePath());
            return execute(request, this.idempotent, () -> spec(null)
                .retrieve()
                .onStatus(HttpStatusCode::isError, (response) -> decodeError(request, response))
                .toBodilessEntity()
                .block());
        }

        ResponseEntity<Flux<DataBuffer>> download() {
            Request request = request(this.operation, describePath());
            return execute(request, this.idempotent, timeout(), () -> spec(null)
                .retrieve()
                .onStatus(HttpStatusCode::isError, (response) -> decodeError(request, response))
                .toEntityFlux(DataBuffer.class)
                .map((entity) -> counted(entity, this.operation.name()))
                .block());
        }

        /** Reads the redirect a presigned read answers with, without following it. */
        ResponseEntity<Void> redirect() {
            return head();
        }

        private byte[] exchange(@Nullable BodyInserter<?, ? super org.springframework.http.client.reactive.ClientHttpRequest> body) {
            Request request = request(this.operation, describePath());
            byte[] answer = execute(request, this.idempotent, timeout(), () -> spec(body)
                .retrieve()
                .onStatus(HttpStatusCode::isError, (response) -> decodeError(request, response))
                .bodyToMono(byte[].class)
                .block());
            return (answer != null) ? answer : new byte[0];
        }

        private WebClient.RequestHeadersSpec<?> spec(
                @Nullable BodyInserter<?, ? super org.springframework.http.client.reactive.ClientHttpRequest> body) {
            String template = this.query.isEmpty() ? this.operation.template()
                    : this.operation.template() + "?" + String.join("&", this.query);
            WebClient.RequestBodySpec spec = LakeFSHttp.this.api.method(this.operation.method())
                .uri(template, this.variables)
                .headers((headers) -> headers.addAll(this.headers))
                .attribute("lakefs.operation", this.operation.name())
                .httpRequest((http) -> transferTimeout(http, timeout()));
            if (body != null) {
                return spec.body(body);
            }
            if (this.jsonBody != null) {
                byte[] bytes = LakeFSHttp.this.json.writeValueAsBytes(this.jsonBody);
                return spec.contentType(MediaType.APPLICATION_JSON).body(BodyInserters.fromValue(bytes));
            }
            return spec;
        }

        private String describePath() {
            String path = this.operation.template();
            if (!this.query.isEmpty()) {
                path = path + "?" + String.join("&", this.query);
            }
            for (Map.Entry<String, Object> variable : this.variables.entrySet()) {
                path = path.replace("{" + variable.getKey() + "}", String.valueOf(variable.getValue()));
            }
            return path;
        }

    }

}
