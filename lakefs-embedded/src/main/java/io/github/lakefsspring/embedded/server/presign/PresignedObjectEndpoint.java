package io.github.lakefsspring.embedded.server.presign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import io.github.lakefsspring.embedded.server.http.ApiResponse;
import io.github.lakefsspring.embedded.server.http.BodyStreams;
import io.github.lakefsspring.embedded.server.http.BodyTarget;
import io.github.lakefsspring.embedded.server.http.ByteRange;
import io.github.lakefsspring.embedded.server.http.HttpDates;
import io.github.lakefsspring.embedded.server.http.QueryParameters;
import io.github.lakefsspring.embedded.server.http.RequestDispatcher;
import io.github.lakefsspring.embedded.server.http.RequestIds;
import io.github.lakefsspring.embedded.server.http.ResponseBody;
import io.github.lakefsspring.embedded.server.http.ResponseWriter;
import io.github.lakefsspring.embedded.store.StoreException;
import io.github.lakefsspring.embedded.store.blockstore.BlobWriter;
import io.github.lakefsspring.embedded.store.blockstore.Blockstore;
import io.github.lakefsspring.embedded.store.blockstore.StoredBlob;

/**
 * Serves the embedded server's presigned URLs the way object storage serves its own: no lakeFS
 * credentials, the signature is the authorization; {@code GET}/{@code HEAD} read the bytes at the
 * signed address (honouring a single {@code Range}), {@code PUT} writes them (an object or one part of a
 * multipart upload) and answers with the {@code ETag}. Errors are S3-style XML.
 */
public final class PresignedObjectEndpoint implements RequestDispatcher.ExtraEndpoint {

    private static final Logger logger = LoggerFactory.getLogger(PresignedObjectEndpoint.class);

    private final PresignSigner signer;

    private final Blockstore blockstore;

    private final Scheduler blocking;

    private final ResponseWriter writer;

    public PresignedObjectEndpoint(PresignSigner signer, Blockstore blockstore, Scheduler blocking,
            ResponseWriter writer) {
        this.signer = signer;
        this.blockstore = blockstore;
        this.blocking = blocking;
        this.writer = writer;
    }

    @Override
    public boolean handles(String rawPath) {
        return rawPath.equals(PresignSigner.PATH);
    }

    @Override
    public Publisher<Void> serve(HttpServerRequest request, HttpServerResponse response, String rawPath,
            QueryParameters query) {
        HttpMethod method = request.method();
        boolean head = method.equals(HttpMethod.HEAD);
        var grant = signer.verify(query);
        Mono<ApiResponse> result;
        if (grant.isEmpty()) {
            result = Mono.just(error(403, "SignatureDoesNotMatch",
                    "The request signature we calculated does not match the signature you provided."));
        } else if (signer.isExpired(grant.get())) {
            result = Mono.just(error(403, "AccessDenied", "Request has expired"));
        } else if (!grant.get().method().equals(head ? "GET" : method.name())) {
            result = Mono.just(error(403, "SignatureDoesNotMatch",
                    "The request signature we calculated does not match the signature you provided."));
        } else if (grant.get().method().equals("GET")) {
            String range = request.requestHeaders().get(HttpHeaderNames.RANGE);
            result = Mono.fromCallable(() -> read(grant.get(), range)).subscribeOn(blocking);
        } else {
            result = write(grant.get(), request);
        }
        return result
                .onErrorResume(failure -> {
                    if (failure instanceof StoreException refused && refused.kind() == StoreException.Kind.FORBIDDEN) {
                        return Mono.just(error(403, "AccessDenied", refused.getMessage()));
                    }
                    logger.warn("Presigned {} failed", method, failure);
                    return Mono.just(error(500, "InternalError", "We encountered an internal error. Please try again."));
                })
                .flatMap(answer -> writer.write(response, answer, head));
    }

    private ApiResponse read(PresignedUrl grant, String range) throws IOException {
        if (!blockstore.exists(grant.physicalAddress())) {
            return error(404, "NoSuchKey", "The specified key does not exist.");
        }
        Path file = blockstore.file(grant.physicalAddress());
        long size = Files.size(file);
        String lastModified = HttpDates.format(Files.getLastModifiedTime(file).toInstant());
        ApiResponse response;
        if (range != null && !range.isEmpty()) {
            ByteRange parsed = ByteRange.parse(range, size);
            if (parsed.outcome() == ByteRange.Outcome.UNSATISFIABLE) {
                return error(416, "InvalidRange", "The requested range is not satisfiable");
            }
            if (parsed.outcome() == ByteRange.Outcome.SATISFIABLE) {
                response = new ApiResponse(206, List.of(),
                        new ResponseBody.FileRegion(file, parsed.start(), parsed.length()))
                        .withHeader("Content-Range", "bytes " + parsed.start() + "-" + parsed.end() + "/" + size);
                return withObjectHeaders(response, lastModified);
            }
        }
        response = new ApiResponse(200, List.of(), new ResponseBody.FileRegion(file, 0, size));
        return withObjectHeaders(response, lastModified);
    }

    private static ApiResponse withObjectHeaders(ApiResponse response, String lastModified) {
        return response.withHeader("Accept-Ranges", "bytes")
                .withHeader("Content-Type", "application/octet-stream")
                .withHeader("Last-Modified", lastModified);
    }

    private Mono<ApiResponse> write(PresignedUrl grant, HttpServerRequest request) {
        return BodyStreams.drain(request.receive(), blocking, () -> {
            BlobWriter blob = grant.isPart()
                    ? blockstore.uploadPart(grant.physicalAddress(), grant.uploadId(), grant.partNumber())
                    : blockstore.blobAt(grant.physicalAddress());
            return BodyTarget.of(blob::write, () -> stored(blob.commit()), blob::close);
        });
    }

    private static ApiResponse stored(StoredBlob blob) {
        return ApiResponse.status(200).withHeader("ETag", "\"" + blob.checksum() + "\"");
    }

    private static ApiResponse error(int status, String code, String message) {
        String requestId = RequestIds.s3RequestId();
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
                + "</Message><RequestId>" + requestId + "</RequestId></Error>";
        return ApiResponse.text(status, xml, "application/xml");
    }

}
