package io.github.lakefsspring.embedded.gateway;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.BiPredicate;
import java.util.function.Function;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import io.github.lakefsspring.embedded.server.http.BodyLimits;
import io.github.lakefsspring.embedded.server.http.BodyStreams;
import io.github.lakefsspring.embedded.server.http.BodyTarget;
import io.github.lakefsspring.embedded.server.http.ByteRange;
import io.github.lakefsspring.embedded.server.http.ChunkSink;
import io.github.lakefsspring.embedded.server.http.HttpDates;
import io.github.lakefsspring.embedded.server.http.RequestIds;
import io.github.lakefsspring.embedded.store.ObjectEntry;
import io.github.lakefsspring.embedded.store.PendingMultipartUpload;
import io.github.lakefsspring.embedded.store.Repository;
import io.github.lakefsspring.embedded.store.StageRequest;
import io.github.lakefsspring.embedded.store.StoreException;
import io.github.lakefsspring.embedded.store.VersionedStore;
import io.github.lakefsspring.embedded.store.blockstore.BlobWriter;
import io.github.lakefsspring.embedded.store.blockstore.StoredBlob;

/**
 * lakeFS's S3 gateway, path-style on the server's port: buckets are repositories and keys are
 * {@code <ref>/<path>}. Requests are authenticated with SigV4 (header or presigned query; signed, unsigned and
 * aws-chunked payloads), bodies stream to and from the blockstore, and writes land as uncommitted changes on the
 * branch, exactly as writes through the REST API do.
 */
public final class S3Gateway {

    private static final Logger logger = LoggerFactory.getLogger(S3Gateway.class);

    private static final String META = "x-amz-meta-";

    private static final String STORED_META = "X-Amz-Meta-";

    private final VersionedStore store;

    private final Scheduler blocking;

    private final BiPredicate<String, String> permits;

    private final SigV4 signatures;

    private final S3Listings listings;

    private final BodyLimits bodyLimits;

    /**
     * @param store the versioned store
     * @param blocking where store calls run
     * @param owner the access key id named as every bucket's owner
     * @param secrets the secret access key of each access key id requests may be signed with
     * @param permits whether the user of an access key id may perform a lakeFS action (e.g. {@code fs:ReadObject})
     * @param bodyLimits the largest bodies accepted
     */
    public S3Gateway(VersionedStore store, Scheduler blocking, String owner, Function<String, Optional<String>> secrets,
            BiPredicate<String, String> permits, BodyLimits bodyLimits) {
        this.store = store;
        this.permits = permits;
        this.blocking = blocking;
        this.bodyLimits = bodyLimits;
        this.signatures = new SigV4(secrets);
        this.listings = new S3Listings(store, owner);
    }

    /**
     * Serves one S3 request.
     * @param request the request
     * @param response the response
     * @return completion
     */
    public Publisher<Void> serve(HttpServerRequest request, HttpServerResponse response) {
        String requestId = RequestIds.s3RequestId();
        String target = request.uri();
        int question = target.indexOf('?');
        String rawPath = (question < 0) ? target : target.substring(0, question);
        String rawQuery = (question < 0) ? null : target.substring(question + 1);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Map<String, String> userMetadata = new LinkedHashMap<>();
        request.requestHeaders().forEach((header) -> {
            String lower = header.getKey().toLowerCase(Locale.ROOT);
            headers.computeIfAbsent(lower, (key) -> new ArrayList<>()).add(header.getValue());
            if (lower.startsWith(META)) {
                userMetadata.putIfAbsent(header.getKey().substring(META.length()), header.getValue());
            }
        });
        String method = request.method().name();
        boolean head = method.equals("HEAD");
        BodyLimits.Reservation reservation = this.bodyLimits.reserve();
        Mono<S3Answer> answer = Mono.fromCallable(() -> this.signatures.verify(method, rawPath, rawQuery, headers))
            .subscribeOn(this.blocking)
            .flatMap((verified) -> route(new S3Request(method, rawPath, SigV4.parseQuery(rawQuery), headers,
                    userMetadata, verified), request, reservation))
            .onErrorResume((failure) -> {
                if (failure instanceof S3Error refused && refused.closesConnection()) {
                    response.keepAlive(false);
                }
                return Mono.just(error(failure, rawPath, requestId));
            });
        return answer.flatMap((result) -> write(response, result, requestId, head))
            .doFinally((signal) -> reservation.close());
    }

    private Mono<S3Answer> route(S3Request request, HttpServerRequest http, BodyLimits.Reservation reservation) {
        String path = request.rawPath().startsWith("/") ? request.rawPath().substring(1) : request.rawPath();
        int slash = path.indexOf('/');
        String bucket = SigV4.decode((slash < 0) ? path : path.substring(0, slash));
        String key = (slash < 0) ? "" : SigV4.decode(path.substring(slash + 1));
        Map<String, String> query = request.query();
        String method = request.method();
        for (String action : requiredActions(method, bucket, key, request)) {
            if (!this.permits.test(request.verified().accessKeyId(), action)) {
                return Mono.error(S3Error.accessDenied("Access Denied."));
            }
        }
        if (bucket.isEmpty()) {
            return blocking(this.listings::listBuckets);
        }
        if (key.isEmpty()) {
            if (method.equals("POST") && query.containsKey("delete")) {
                boolean mayDelete = this.permits.test(request.verified().accessKeyId(), "fs:DeleteObject");
                return aggregate(http, reservation).publishOn(this.blocking)
                    .map((body) -> deleteObjects(bucket, body, mayDelete));
            }
            if (method.equals("HEAD")) {
                return blocking(() -> headBucket(bucket));
            }
            if (method.equals("GET") && query.containsKey("location")) {
                return blocking(() -> bucketLocation(bucket));
            }
            if (method.equals("GET") && query.containsKey("versioning")) {
                return blocking(() -> {
                    this.store.getRepository(bucket);
                    return S3Answer.xml(200, "<VersioningConfiguration"+ Xml.S3_NAMESPACE + "/>");
                });
            }
            if (method.equals("GET") && unsupportedSubresource(query) == null) {
                return blocking(() -> this.listings.list(bucket, query));
            }
            if (method.equals("PUT")) {
                return blocking(() -> createBucket(bucket));
            }
            return Mono.error(new S3Error(405, "ERRLakeFSNotSupported", "This operation is not supported in LakeFS"));
        }
        String unsupported = unsupportedSubresource(query);
        if (unsupported != null) {
            return Mono.error(new S3Error(405, "ERRLakeFSNotSupported", "This operation is not supported in LakeFS"));
        }
        ObjectKey object = ObjectKey.parse(bucket, key);
        return switch (method) {
            case "GET", "HEAD" -> blocking(() -> getObject(object, request));
            case "DELETE" -> query.containsKey("uploadId") ? blocking(() -> abortUpload(object.bucket(), query.get("uploadId")))
                    : blocking(() -> deleteObject(object));
            case "PUT" -> {
                if (query.containsKey("uploadId") && query.containsKey("partNumber")) {
                    if (request.header("x-amz-copy-source") != null) {
                        yield Mono.error(S3Error.notImplemented());
                    }
                    yield uploadPart(object, query, request, http);
                }
                if (request.header("x-amz-copy-source") != null) {
                    yield blocking(() -> copyObject(object, request));
                }
                yield putObject(object, request, http);
            }
            case "POST" -> {
                if (query.containsKey("uploads")) {
                    yield blocking(() -> createUpload(object, request));
                }
                if (query.containsKey("uploadId")) {
                    yield aggregate(http, reservation).publishOn(this.blocking)
                        .map((body) -> completeUpload(object, query.get("uploadId"), body, request));
                }
                yield Mono.error(S3Error.notImplemented());
            }
            default -> Mono.error(S3Error.notImplemented());
        };
    }

    /**
     * The lakeFS actions an S3 request needs, as lakeFS's gateway asks for them (a multi-object delete checks each
     * key instead).
     */
    private static List<String> requiredActions(String method, String bucket, String key, S3Request request) {
        if (bucket.isEmpty()) {
            return List.of("fs:ListRepositories");
        }
        if (key.isEmpty()) {
            return switch (method) {
                case "PUT" -> List.of("fs:CreateRepository");
                case "POST" -> List.of();
                case "GET" -> {
                    String prefix = request.query().getOrDefault("prefix", "");
                    boolean branches = "/".equals(request.query().get("delimiter")) && !prefix.contains("/");
                    yield request.query().containsKey("location") || request.query().containsKey("versioning")
                            ? List.of("fs:ReadRepository")
                            : List.of(branches ? "fs:ListBranches" : "fs:ListObjects");
                }
                default -> List.of("fs:ReadRepository");
            };
        }
        return switch (method) {
            case "GET", "HEAD" -> List.of("fs:ReadObject");
            case "DELETE" -> List.of(request.query().containsKey("uploadId") ? "fs:WriteObject" : "fs:DeleteObject");
            case "PUT" -> (request.header("x-amz-copy-source") != null) ? List.of("fs:WriteObject", "fs:ReadObject")
                    : List.of("fs:WriteObject");
            default -> List.of("fs:WriteObject");
        };
    }

    private static @Nullable String unsupportedSubresource(Map<String, String> query) {
        for (String name : List.of("tagging", "acl", "policy", "cors", "lifecycle", "website", "replication",
                "encryption", "object-lock", "retention", "legal-hold", "torrent", "restore", "select", "versions")) {
            if (query.containsKey(name)) {
                return name;
            }
        }
        return null;
    }

    private Mono<S3Answer> blocking(Callable<S3Answer> operation) {
        return Mono.fromCallable(operation).subscribeOn(this.blocking);
    }

    // ---- buckets -----------------------------------------------------------------------------

    private S3Answer headBucket(String bucket) {
        try {
            this.store.getRepository(bucket);
            return S3Answer.empty(200);
        }
        catch (StoreException ex) {
            return S3Answer.empty(404);
        }
    }

    /** lakeFS never creates a repository through the gateway: an existing one is taken, any other not implemented. */
    private S3Answer createBucket(String bucket) {
        try {
            this.store.getRepository(bucket);
        }
        catch (StoreException ex) {
            throw new S3Error(501, "NotImplemented",
                    "A header you provided implies functionality that is not implemented");
        }
        throw new S3Error(409, "BucketAlreadyExists", "The requested bucket name is not available. The bucket "
                + "namespace is shared by all users of the system. Please select a different name and try again.");
    }

    private S3Answer bucketLocation(String bucket) {
        repository(bucket);
        return S3Answer.xml(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LocationConstraint" + Xml.S3_NAMESPACE
                + "></LocationConstraint>");
    }

    // ---- objects -----------------------------------------------------------------------------

    private S3Answer getObject(ObjectKey key, S3Request request) throws IOException {
        repository(key.bucket());
        ObjectEntry entry = stat(key);
        Path file = this.store.blockstore().file(entry.physicalAddress());
        long size = Files.size(file);
        Map<String, String> headers = objectHeaders(entry);
        String range = request.header("range");
        if (range != null && request.method().equals("GET")) {
            ByteRange parsed = ByteRange.parse(range, size);
            if (parsed.outcome() == ByteRange.Outcome.UNSATISFIABLE) {
                throw new S3Error(416, "InvalidRange", "The requested range is not satisfiable");
            }
            if (parsed.outcome() == ByteRange.Outcome.SATISFIABLE) {
                headers.put("Content-Range", "bytes " + parsed.start() + "-" + parsed.end() + "/" + size);
                return new S3Answer(206, headers, null, file, parsed.start(), parsed.length());
            }
        }
        return new S3Answer(200, headers, null, file, 0, size);
    }

    private ObjectEntry stat(ObjectKey key) {
        try {
            return this.store.statObject(key.bucket(), key.ref(), key.path());
        }
        catch (StoreException ex) {
            if (ex.kind() == StoreException.Kind.NOT_FOUND || ex.kind() == StoreException.Kind.BAD_REQUEST) {
                throw S3Error.noSuchKey();
            }
            throw ex;
        }
    }

    /** A header name as Go's {@code CanonicalMIMEHeaderKey} writes it: each dash-separated word capitalized. */
    static String canonicalHeaderName(String name) {
        StringBuilder canonical = new StringBuilder(name.length());
        boolean upper = true;
        for (char c : name.toCharArray()) {
            canonical.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            upper = (c == '-');
        }
        return canonical.toString();
    }

    private Map<String, String> objectHeaders(ObjectEntry entry) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept-Ranges", "bytes");
        headers.put("Content-Type", entry.contentType());
        headers.put("ETag", "\"" + entry.checksum() + "\"");
        headers.put("Last-Modified", HttpDates.formatEpochSeconds(entry.mtime()));
        entry.metadata().forEach((name, value) -> {
            if (name.regionMatches(true, 0, STORED_META, 0, STORED_META.length())) {
                headers.put(canonicalHeaderName(name), value);
            }
        });
        return headers;
    }

    private Mono<S3Answer> putObject(ObjectKey key, S3Request request, HttpServerRequest http) {
        if (request.header("if-match") != null) {
            return Mono.error(S3Error.notImplemented());
        }
        boolean ifAbsent = "*".equals(request.header("if-none-match"));
        Map<String, String> metadata = metadata(request);
        String contentType = request.header("content-type");
        return BodyStreams.drain(http.receive(), this.blocking, () -> {
            Repository repository = repository(key.bucket());
            this.store.getBranch(key.bucket(), key.ref());
            BlobWriter blob = this.store.blockstore().newBlob(repository.storageNamespace());
            return BodyTarget.of(payloadSink(request, blob::write), () -> {
                StoredBlob stored = blob.commit();
                try {
                    this.store.stageObject(key.bucket(), key.ref(), new StageRequest(key.path(), stored.physicalAddress(),
                            stored.checksum(), stored.sizeBytes(), contentType, metadata, null, ifAbsent, false));
                }
                catch (StoreException ex) {
                    if (ex.kind() == StoreException.Kind.PRECONDITION_FAILED) {
                        throw new S3Error(412, "PreconditionFailed",
                                "At least one of the pre-conditions you specified did not hold");
                    }
                    throw ex;
                }
                return S3Answer.empty(200).withHeader("ETag", "\"" + stored.checksum() + "\"");
            }, blob::close);
        });
    }

    /**
     * Checks the payload as the signature declared it, passing the data on to the target: aws-chunked bodies are
     * decoded (and their decoded length checked against {@code x-amz-decoded-content-length}), signed ones hashed.
     */
    private ChunkSink payloadSink(S3Request request, ChunkSink target) {
        String mode = request.verified().payloadHash();
        if (mode.equals(SigV4.STREAMING_SIGNED) || mode.equals(SigV4.STREAMING_UNSIGNED_TRAILER)) {
            ChunkSink decoded = DecodedLength.check(request.header("x-amz-decoded-content-length"), target);
            return new AwsChunkedDecoder(decoded, mode.equals(SigV4.STREAMING_SIGNED) ? request.verified() : null);
        }
        if (mode.equals(SigV4.UNSIGNED_PAYLOAD)) {
            return target;
        }
        MessageDigest digest = AwsChunkedDecoder.sha256();
        return new ChunkSink() {

            @Override
            public void accept(ByteBuffer chunk) throws IOException {
                digest.update(chunk.duplicate());
                target.accept(chunk);
            }

            @Override
            public void finish() throws IOException {
                if (!HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(mode)) {
                    throw new S3Error(400, "XAmzContentSHA256Mismatch",
                            "The provided 'x-amz-content-sha256' header does not match what was computed.");
                }
                target.finish();
            }

        };
    }

    /** User metadata as lakeFS stores it from S3 headers: {@code X-Amz-Meta-} and the name in lower case. */
    private static Map<String, String> metadata(S3Request request) {
        Map<String, String> metadata = new TreeMap<>();
        int total = 0;
        for (Map.Entry<String, String> entry : request.userMetadata().entrySet()) {
            total += entry.getKey().length() + entry.getValue().length();
            metadata.put(STORED_META + entry.getKey().toLowerCase(Locale.ROOT), entry.getValue());
        }
        if (total > 2048) {
            throw new S3Error(400, "MetadataTooLarge", "Your metadata headers exceed the maximum allowed metadata size.");
        }
        return metadata;
    }

    private S3Answer copyObject(ObjectKey destination, S3Request request) throws IOException {
        String source = SigV4.decode(request.header("x-amz-copy-source"));
        if (source.startsWith("/")) {
            source = source.substring(1);
        }
        int slash = source.indexOf('/');
        if (slash <= 0 || slash == source.length() - 1) {
            throw S3Error.invalidArgument("Copy Source must mention the source bucket and key: sourcebucket/sourcekey");
        }
        ObjectKey from = ObjectKey.parse(source.substring(0, slash), source.substring(slash + 1));
        repository(from.bucket());
        Repository target = repository(destination.bucket());
        ObjectEntry entry = stat(from);
        StoredBlob copy = this.store.blockstore().copy(entry.physicalAddress(), target.storageNamespace());
        boolean replace = "REPLACE".equalsIgnoreCase(request.header("x-amz-metadata-directive"));
        Map<String, String> metadata = replace ? metadata(request) : entry.metadata();
        String contentType = replace && request.header("content-type") != null ? request.header("content-type")
                : entry.contentType();
        ObjectEntry staged = this.store.stageObject(destination.bucket(), destination.ref(), new StageRequest(
                destination.path(), copy.physicalAddress(), entry.checksum(), entry.sizeBytes(), contentType, metadata,
                null, false, false));
        return S3Answer.xml(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CopyObjectResult"+ Xml.S3_NAMESPACE + "><LastModified>"
                + Xml.iso(Instant.now()) + "</LastModified><ETag>\"" + staged.checksum() + "\"</ETag></CopyObjectResult>");
    }

    private S3Answer deleteObject(ObjectKey key) {
        repository(key.bucket());
        try {
            this.store.deleteObject(key.bucket(), key.ref(), key.path(), false);
        }
        catch (StoreException ex) {
            if (ex.kind() != StoreException.Kind.NOT_FOUND) {
                throw ex;
            }
        }
        return S3Answer.empty(204);
    }

    private S3Answer deleteObjects(String bucket, byte[] body, boolean mayDelete) {
        repository(bucket);
        Document document = Xml.parse(body);
        Element root = document.getDocumentElement();
        List<Element> objects = Xml.children(root, "Object");
        if (objects.isEmpty() || objects.size() > 1000) {
            throw S3Error.malformedXml();
        }
        boolean quiet = "true".equalsIgnoreCase(Xml.text(root, "Quiet"));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DeleteResult"+ Xml.S3_NAMESPACE + ">");
        for (Element object : objects) {
            String key = Xml.text(object, "Key");
            try {
                if (!mayDelete) {
                    throw S3Error.accessDenied("Access Denied.");
                }
                ObjectKey parsed = ObjectKey.parse(bucket, key);
                this.store.deleteObject(bucket, parsed.ref(), parsed.path(), false);
                if (!quiet) {
                    xml.append("<Deleted><Key>").append(Xml.escape(key)).append("</Key></Deleted>");
                }
            }
            catch (S3Error | StoreException ex) {
                xml.append("<Error><Key>").append(Xml.escape(key)).append("</Key><Code>")
                    .append((ex instanceof S3Error s3) ? s3.code() : "InternalError").append("</Code><Message>")
                    .append(Xml.escape(String.valueOf(ex.getMessage()))).append("</Message></Error>");
            }
        }
        return S3Answer.xml(200, xml.append("</DeleteResult>").toString());
    }

    // ---- multipart uploads -------------------------------------------------------------------

    private S3Answer createUpload(ObjectKey key, S3Request request) {
        Repository repository = repository(key.bucket());
        this.store.getBranch(key.bucket(), key.ref());
        String address = this.store.blockstore().newAddress(repository.storageNamespace());
        String uploadId = this.store.blockstore().createMultipartUpload(address);
        this.store.saveMultipartUpload(uploadId, new PendingMultipartUpload(key.bucket(), key.ref(), key.path(), address,
                request.header("content-type"), metadata(request)));
        return S3Answer.xml(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<InitiateMultipartUploadResult" + Xml.S3_NAMESPACE
                + "><Bucket>" + Xml.escape(key.bucket()) + "</Bucket><Key>" + Xml.escape(key.key()) + "</Key><UploadId>"
                + uploadId + "</UploadId></InitiateMultipartUploadResult>");
    }

    private Mono<S3Answer> uploadPart(ObjectKey key, Map<String, String> query, S3Request request,
            HttpServerRequest http) {
        PendingMultipartUpload upload = this.store.multipartUpload(query.get("uploadId")).orElse(null);
        if (upload == null || !upload.repository().equals(key.bucket())) {
            return Mono.error(noSuchUpload());
        }
        int partNumber;
        try {
            partNumber = Integer.parseInt(query.get("partNumber"));
        }
        catch (NumberFormatException ex) {
            return Mono.error(S3Error.invalidArgument("Part number must be an integer between 1 and 10000"));
        }
        return BodyStreams.drain(http.receive(), this.blocking, () -> {
            BlobWriter part = this.store.blockstore().uploadPart(upload.physicalAddress(), query.get("uploadId"),
                    partNumber);
            return BodyTarget.of(payloadSink(request, part::write),
                    () -> S3Answer.empty(200).withHeader("ETag", "\"" + part.commit().checksum() + "\""), part::close);
        });
    }

    private S3Answer completeUpload(ObjectKey key, String uploadId, byte[] body, S3Request request) {
        PendingMultipartUpload upload = this.store.multipartUpload(uploadId).orElse(null);
        if (upload == null || !upload.repository().equals(key.bucket())) {
            throw noSuchUpload();
        }
        List<StoredBlob.Part> parts = new ArrayList<>();
        for (Element part : Xml.children(Xml.parse(body).getDocumentElement(), "Part")) {
            try {
                parts.add(new StoredBlob.Part(Integer.parseInt(Xml.text(part, "PartNumber")),
                        Xml.text(part, "ETag").replace("\"", "")));
            }
            catch (NumberFormatException ex) {
                throw S3Error.malformedXml();
            }
        }
        if (parts.isEmpty()) {
            throw S3Error.malformedXml();
        }
        StoredBlob blob;
        try {
            blob = this.store.blockstore().completeMultipartUpload(upload.physicalAddress(), uploadId, parts);
        }
        catch (IOException ex) {
            throw new S3Error(500, "InternalError", "We encountered an internal error. Please try again.");
        }
        try {
            this.store.stageObject(key.bucket(), key.ref(), new StageRequest(key.path(), blob.physicalAddress(),
                    withoutPartCount(blob.checksum()), blob.sizeBytes(), upload.contentType(), upload.metadata(), null,
                    "*".equals(request.header("if-none-match")), false));
        }
        catch (StoreException ex) {
            if (ex.kind() == StoreException.Kind.PRECONDITION_FAILED) {
                throw new S3Error(412, "PreconditionFailed", "At least one of the pre-conditions you specified did not hold");
            }
            throw ex;
        }
        this.store.removeMultipartUpload(uploadId);
        String location = origin(request) + "/" + key.bucket() + "/" + key.key();
        return S3Answer.xml(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CompleteMultipartUploadResult" + Xml.S3_NAMESPACE
                + "><Location>" + Xml.escape(location) + "</Location><Bucket>"
                + Xml.escape(key.bucket()) + "</Bucket><Key>" + Xml.escape(key.key()) + "</Key><ETag>\""
                + blob.checksum() + "\"</ETag></CompleteMultipartUploadResult>");
    }

    /** The gateway stores a multipart object's ETag without its {@code -<parts>} suffix, as lakeFS does. */
    private static String withoutPartCount(String etag) {
        int dash = etag.indexOf('-');
        return dash < 0 ? etag : etag.substring(0, dash);
    }

    private S3Answer abortUpload(String bucket, String uploadId) {
        PendingMultipartUpload upload = this.store.multipartUpload(uploadId).orElse(null);
        if (upload == null || !upload.repository().equals(bucket)) {
            throw noSuchUpload();
        }
        this.store.blockstore().abortMultipartUpload(upload.physicalAddress(), uploadId);
        this.store.removeMultipartUpload(uploadId);
        return S3Answer.empty(204);
    }

    private static S3Error noSuchUpload() {
        return new S3Error(404, "NoSuchUpload", "The specified upload does not exist.");
    }

    // ---- plumbing ----------------------------------------------------------------------------

    /** The scheme, host and port the client addressed, for the absolute URLs S3 answers with. */
    private static String origin(S3Request request) {
        String host = request.header("host");
        return "http://" + ((host != null) ? host : "127.0.0.1");
    }

    private Repository repository(String bucket) {
        return S3Listings.requireBucket(this.store, bucket);
    }

    /** An XML body, held to the server's body limits. */
    private static Mono<byte[]> aggregate(HttpServerRequest http, BodyLimits.Reservation reservation) {
        return reservation.gather(http).onErrorMap(BodyLimits.LimitExceeded.class, (limit) -> limit.isBusy()
                ? new S3Error(503, "SlowDown", "Please reduce your request rate.").closingConnection()
                : new S3Error(400, "MaxMessageLengthExceeded", "Your request was too big.").closingConnection());
    }

    private S3Answer error(Throwable failure, String resource, String requestId) {
        S3Error error;
        if (failure instanceof S3Error s3) {
            error = s3;
        }
        else if (failure.getCause() instanceof S3Error s3) {
            error = s3;
        }
        else if (failure instanceof StoreException store) {
            error = switch (store.kind()) {
                case NOT_FOUND -> store.getMessage().contains("repository") ? S3Error.noSuchBucket()
                        : S3Error.noSuchKey();
                case BAD_REQUEST -> S3Error.invalidArgument(store.getMessage());
                case FORBIDDEN -> S3Error.accessDenied(store.getMessage());
                case CONFLICT -> new S3Error(409, "Conflict", store.getMessage());
                default -> new S3Error(500, "InternalError", "We encountered an internal error. Please try again.");
            };
        }
        else {
            logger.warn("S3 gateway request failed", failure);
            error = new S3Error(500, "InternalError", "We encountered an internal error. Please try again.");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/xml");
        return new S3Answer(error.status(), headers, error.toXml(resource, requestId).getBytes(StandardCharsets.UTF_8),
                null, 0, 0);
    }

    private static Mono<Void> write(HttpServerResponse response, S3Answer answer, String requestId, boolean head) {
        response.status(HttpResponseStatus.valueOf(answer.status()));
        response.header("x-amz-request-id", requestId);
        response.header(HttpHeaderNames.DATE, HttpDates.format(Instant.now()));
        answer.headers().forEach(response::header);
        if (answer.file() != null) {
            response.header(HttpHeaderNames.CONTENT_LENGTH, Long.toString(answer.length()));
            if (head || answer.length() == 0) {
                return response.send();
            }
            return response.sendFile(answer.file(), answer.offset(), answer.length()).then();
        }
        byte[] body = (answer.body() != null) ? answer.body() : new byte[0];
        if (answer.status() != 204) {
            response.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(head ? 0 : body.length));
        }
        if (head || body.length == 0) {
            return response.send();
        }
        return response.sendByteArray(Mono.just(body)).then();
    }

    /** A request after authentication. */
    private record S3Request(String method, String rawPath, Map<String, String> query, Map<String, List<String>> headers,
            Map<String, String> userMetadata, SigV4.Verified verified) {

        @Nullable String header(String name) {
            List<String> values = this.headers.get(name);
            return (values == null || values.isEmpty()) ? null : values.get(0);
        }

    }

    /** A bucket and key split into the ref and the path lakeFS stores the object under. */
    private record ObjectKey(String bucket, String key, String ref, String path) {

        static ObjectKey parse(String bucket, String key) {
            int slash = key.indexOf('/');
            if (slash <= 0 || slash == key.length() - 1) {
                throw S3Error.noSuchKey();
            }
            return new ObjectKey(bucket, key, key.substring(0, slash), key.substring(slash + 1));
        }

    }


}
