package io.github.lakefsspring.client;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.ObjectsApi.UploadOptions;
import io.github.lakefsspring.client.TransferListener.Direction;
import io.github.lakefsspring.client.model.ObjectStats;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

/**
 * Moves object bytes, streamed both ways and never held whole: uploads to lakeFS and to presigned URLs, downloads
 * from lakeFS and presigned URLs. Each transfer takes the calls' one path (observed, retried when its body can be
 * sent again, failures translated), counts its bytes, and has the transfer timeout as its longest silence.
 */
final class ObjectTransfers {

    private static final String OBJECTS = "/repositories/{repository}/branches/{branch}/objects?path={path}";

    private static final String REF_OBJECTS = "/repositories/{repository}/refs/{ref}/objects?path={path}";

    private final RestClient lakefs;

    private final RestClient storage;

    private final LakeFSCalls calls;

    private final LakeFSErrorDecoder errors;

    private final TransferListener listener;

    private final Duration timeout;

    /**
     * @param lakefs calls lakeFS with the transfer timeout
     * @param storage calls presigned URLs: no lakeFS credentials, no base URL
     */
    ObjectTransfers(RestClient lakefs, RestClient storage, LakeFSCalls calls, LakeFSErrorDecoder errors,
            TransferListener listener, Duration timeout) {
        this.lakefs = lakefs;
        this.storage = storage;
        this.calls = calls;
        this.errors = errors;
        this.listener = listener;
        this.timeout = timeout;
    }

    ObjectStats upload(String repository, String branch, String path, UploadBody body, UploadOptions options) {
        CallContext call = new CallContext("uploadObject", "POST", body.repeatable() && !options.ifAbsent(), repository,
                branch);
        return this.calls.run(call, this.timeout, () -> this.lakefs.post()
            .uri(OBJECTS, repository, branch, path)
            .headers((headers) -> {
                headers.set(HttpHeaders.CONTENT_TYPE,
                        (options.contentType() != null) ? options.contentType() : "application/octet-stream");
                if (body.length() >= 0) {
                    headers.setContentLength(body.length());
                }
                if (options.ifAbsent()) {
                    headers.setIfNoneMatch("*");
                }
                options.metadata().forEach((key, value) -> headers.set("X-Lakefs-Meta-" + key, value));
            })
            .body((out) -> body.writeTo(counted(out, call.operation())))
            .retrieve()
            .body(ObjectStats.class));
    }

    ObjectContent download(String repository, String ref, String path, @Nullable String range) {
        CallContext call = new CallContext("getObject", "GET", true, repository, ref);
        return this.calls.run(call, this.timeout, () -> this.lakefs.get()
            .uri(REF_OBJECTS, repository, ref, path)
            .headers((headers) -> {
                if (range != null) {
                    headers.set(HttpHeaders.RANGE, range);
                }
            })
            .exchange((request, response) -> open(request, response, call.operation()), false));
    }

    ObjectContent readPresigned(String url, @Nullable String range) {
        CallContext call = new CallContext("readPresigned", "GET", true, null, null);
        return this.calls.run(call, this.timeout, () -> this.storage.get()
            .uri(URI.create(url))
            .headers((headers) -> {
                if (range != null) {
                    headers.set(HttpHeaders.RANGE, range);
                }
            })
            .exchange((request, response) -> open(request, response, call.operation()), false));
    }

    /** @return the storage's ETag without quotes, or null */
    @Nullable String writePresigned(String url, UploadBody body) {
        CallContext call = new CallContext("writePresigned", "PUT", body.repeatable(), null, null);
        String etag = this.calls.run(call, this.timeout, () -> this.storage.put()
            .uri(URI.create(url))
            .headers((headers) -> {
                if (body.length() >= 0) {
                    headers.setContentLength(body.length());
                }
            })
            .body((out) -> body.writeTo(counted(out, call.operation())))
            .retrieve()
            .toBodilessEntity()
            .getHeaders()
            .getETag());
        return (etag != null) ? etag.replace("\"", "") : null;
    }

    private ObjectContent open(HttpRequest request, ClientHttpResponse response, String operation) throws IOException {
        if (response.getStatusCode().isError()) {
            try {
                throw this.errors.decode(request.getMethod().name(), request.getURI(), response);
            }
            finally {
                response.close();
            }
        }
        HttpHeaders headers = response.getHeaders();
        String etag = headers.getETag();
        InputStream body = new CountingInputStream(response.getBody(), operation);
        return new ObjectContent(new ObjectContent.ResponseStream(body, response), headers.getContentLength(),
                (headers.getContentType() != null) ? headers.getContentType().toString() : null,
                (etag != null) ? etag.replace("\"", "") : null, headers.getFirst(HttpHeaders.CONTENT_RANGE));
    }

    private OutputStream counted(OutputStream out, String operation) {
        return new FilterOutputStream(out) {

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                this.out.write(bytes, offset, length);
                ObjectTransfers.this.listener.transferred(operation, Direction.UPLOAD, length);
            }

            @Override
            public void write(int b) throws IOException {
                this.out.write(b);
                ObjectTransfers.this.listener.transferred(operation, Direction.UPLOAD, 1);
            }

        };
    }

    /** Counts downloaded bytes as the caller reads them, and names the transfer timeout when it runs out. */
    private final class CountingInputStream extends FilterInputStream {

        private final String operation;

        private long received;

        CountingInputStream(InputStream in, String operation) {
            super(in);
            this.operation = operation;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xff);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n;
            try {
                n = super.read(buffer, offset, length);
            }
            catch (SocketTimeoutException ex) {
                SocketTimeoutException named = new SocketTimeoutException("lakeFS sent nothing of " + this.operation
                        + " for longer than the transfer timeout of " + ObjectTransfers.this.timeout + " (after "
                        + this.received + " bytes)");
                named.initCause(ex);
                throw named;
            }
            catch (IOException ex) {
                throw new IOException("The connection to lakeFS failed after " + this.received + " bytes of "
                        + this.operation + ": " + ex.getMessage(), ex);
            }
            if (n > 0) {
                this.received += n;
                ObjectTransfers.this.listener.transferred(this.operation, Direction.DOWNLOAD, n);
            }
            return n;
        }

    }

}
