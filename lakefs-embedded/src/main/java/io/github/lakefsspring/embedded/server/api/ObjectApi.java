package io.github.lakefsspring.embedded.server.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.netty.buffer.ByteBuf;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import tools.jackson.databind.JsonNode;

import io.github.lakefsspring.embedded.server.auth.Principal;
import io.github.lakefsspring.embedded.server.http.ApiException;
import io.github.lakefsspring.embedded.server.http.ApiRequest;
import io.github.lakefsspring.embedded.server.http.ApiResponse;
import io.github.lakefsspring.embedded.server.http.BodyStreams;
import io.github.lakefsspring.embedded.server.http.BodyTarget;
import io.github.lakefsspring.embedded.server.http.ByteRange;
import io.github.lakefsspring.embedded.server.http.ChunkSink;
import io.github.lakefsspring.embedded.server.http.HttpDates;
import io.github.lakefsspring.embedded.server.http.ResponseBody;
import io.github.lakefsspring.embedded.server.http.Routes;
import io.github.lakefsspring.embedded.server.multipart.MultipartContentParser;
import io.github.lakefsspring.embedded.server.presign.PresignSigner;
import io.github.lakefsspring.embedded.server.validation.ObjectSchemaBuilder;
import io.github.lakefsspring.embedded.server.validation.ParameterSpec;
import io.github.lakefsspring.embedded.server.validation.Schema;
import io.github.lakefsspring.embedded.store.CommonPrefix;
import io.github.lakefsspring.embedded.store.DeleteError;
import io.github.lakefsspring.embedded.store.ListingItem;
import io.github.lakefsspring.embedded.store.ObjectEntry;
import io.github.lakefsspring.embedded.store.Repository;
import io.github.lakefsspring.embedded.store.StageRequest;
import io.github.lakefsspring.embedded.store.VersionedStore;
import io.github.lakefsspring.embedded.store.blockstore.BlobWriter;
import io.github.lakefsspring.embedded.store.blockstore.BlockstoreType;
import io.github.lakefsspring.embedded.store.blockstore.StoredBlob;

/**
 * Object operations: upload (raw or multipart/form-data, streamed to the blockstore), download with a single
 * range, HEAD, stat, listing, deletion, bulk deletion, copy and user metadata.
 */
public final class ObjectApi {

    private static final String RANGE_PATTERN = "^bytes=((\\d*-\\d*,? ?)+)$";

    private final VersionedStore store;

    private final Scheduler blocking;

    private final PresignSigner signer;

    public ObjectApi(VersionedStore store, Scheduler blocking, PresignSigner signer) {
        this.store = store;
        this.blocking = blocking;
        this.signer = signer;
    }

    public void register(Routes routes) {
        routes.post("/repositories/{repository}/branches/{branch}/objects", "UploadObject")
            .parameters(ParameterSpec.query("path").mandatory(), ParameterSpec.query("storageClass"),
                    ParameterSpec.flag("force"), ParameterSpec.header("If-None-Match"), ParameterSpec.header("If-Match"))
            .streaming(this::upload);
        routes.get("/repositories/{repository}/refs/{ref}/objects", "GetObject")
            .parameters(ParameterSpec.query("path").mandatory(), ParameterSpec.header("Range").matching(RANGE_PATTERN),
                    ParameterSpec.flag("presign"))
            .blocking((request) -> get(request, false));
        routes.head("/repositories/{repository}/refs/{ref}/objects", "HeadObject")
            .parameters(ParameterSpec.query("path").mandatory(), ParameterSpec.header("Range").matching(RANGE_PATTERN))
            .blocking((request) -> get(request, true));
        routes.delete("/repositories/{repository}/branches/{branch}/objects", "DeleteObject")
            .parameters(ParameterSpec.query("path").mandatory(), ParameterSpec.flag("force"))
            .blocking((request) -> {
                this.store.deleteObject(Inputs.repository(request), Inputs.branch(request), Inputs.path(request, "path"),
                        request.flag("force"));
                return ApiResponse.noContent();
            });
        routes.get("/repositories/{repository}/refs/{ref}/objects/stat", "StatObject")
            .parameters(ParameterSpec.query("path").mandatory(), ParameterSpec.flag("user_metadata"),
                    ParameterSpec.flag("presign"))
            .blocking((request) -> {
                String repository = Inputs.repository(request);
                ObjectEntry entry = this.store.statObject(repository, Inputs.ref(request.path("ref")),
                        Inputs.path(request, "path"));
                return ApiResponse.json(200, view(request, repository, entry, request.flag("user_metadata", true)));
            });
        routes.get("/repositories/{repository}/refs/{ref}/objects/underlyingProperties", "GetUnderlyingProperties")
            .parameters(ParameterSpec.query("path").mandatory())
            .blocking((request) -> {
                this.store.statObject(Inputs.repository(request), Inputs.ref(request.path("ref")),
                        Inputs.path(request, "path"));
                Map<String, Object> body = new HashMap<>();
                body.put("storage_class", null);
                return ApiResponse.json(200, body);
            });
        routes.get("/repositories/{repository}/refs/{ref}/objects/ls", "ListObjects")
            .parameters(ParameterSpec.flag("user_metadata"), ParameterSpec.flag("presign"),
                    ParameterSpec.emptyAllowed("after"), ParameterSpec.amount(), ParameterSpec.emptyAllowed("delimiter"),
                    ParameterSpec.emptyAllowed("prefix"))
            .blocking((request) -> {
                String repository = Inputs.repository(request);
                boolean metadata = request.flag("user_metadata", true);
                var page = this.store.listObjects(repository, Inputs.ref(request.path("ref")), Inputs.page(request),
                        request.queryOrEmpty("delimiter"));
                return ApiResponse.json(200, Views.page(page, (ListingItem item) -> (item instanceof ObjectEntry entry)
                        ? listed(request, repository, entry, metadata) : commonPrefix((CommonPrefix) item)));
            });
        routes.post("/repositories/{repository}/branches/{branch}/objects/delete", "DeleteObjects")
            .parameters(ParameterSpec.flag("force"))
            .body(ObjectSchemaBuilder.component("PathList").required("paths", Schema.arrayOf(Schema.string())).build())
            .blocking((request) -> {
                List<String> paths = Inputs.strings(request.json().path("paths"));
                if (paths.size() > 1000) {
                    throw ApiException.badRequest("argument paths: too many paths: at most 1000 are allowed");
                }
                Principal user = request.requireUser();
                List<DeleteError> errors = user.grants().allows("fs:DeleteObject", user.username(), null)
                        ? this.store.deleteObjects(Inputs.repository(request), Inputs.branch(request), paths,
                                request.flag("force"))
                        : paths.stream().map((path) -> new DeleteError(path, 401, "Unauthorized")).toList();
                List<Map<String, Object>> views = new ArrayList<>();
                for (DeleteError error : errors) {
                    Map<String, Object> view = new TreeMap<>();
                    view.put("path", error.path());
                    view.put("status_code", error.statusCode());
                    view.put("message", error.message());
                    views.add(view);
                }
                return ApiResponse.json(200, Map.of("errors", views));
            });
        routes.post("/repositories/{repository}/branches/{branch}/objects/copy", "CopyObject")
            .parameters(ParameterSpec.query("dest_path").mandatory())
            .body(ObjectSchemaBuilder.component("ObjectCopyCreation")
                .required("src_path", Schema.string())
                .optional("src_ref", Schema.string())
                .optional("force", Schema.bool())
                .optional("shallow", Schema.bool())
                .build())
            .blocking((request) -> {
                JsonNode body = request.json();
                ObjectEntry entry = this.store.copyObject(Inputs.repository(request), Inputs.branch(request),
                        Inputs.path(request, "dest_path"), Inputs.optionalText(body, "src_ref"),
                        Inputs.text(body, "src_path"), Inputs.flag(body, "force"));
                return ApiResponse.json(201, Views.object(entry, true, null, null));
            });
        routes.put("/repositories/{repository}/branches/{branch}/objects/stat/user_metadata", "UpdateObjectUserMetadata")
            .parameters(ParameterSpec.query("path").mandatory())
            .body(ObjectSchemaBuilder.component("UpdateObjectUserMetadata").required("set", Schema.stringMap()).build())
            .blocking((request) -> {
                this.store.replaceUserMetadata(Inputs.repository(request), Inputs.branch(request),
                        Inputs.path(request, "path"), Inputs.stringMap(request.json().path("set")));
                return ApiResponse.noContent();
            });
    }

    private Mono<ApiResponse> upload(ApiRequest request, Flux<ByteBuf> body) {
        String repositoryId = Inputs.repository(request);
        String branch = Inputs.branch(request);
        String path = Inputs.path(request, "path");
        String ifNoneMatch = request.header("If-None-Match");
        if (request.header("If-Match") != null || (ifNoneMatch != null && !ifNoneMatch.equals("*"))) {
            throw new ApiException(501, "If-Match and If-None-Match other than '*' are not supported");
        }
        boolean ifAbsent = "*".equals(ifNoneMatch);
        boolean force = request.flag("force");
        Map<String, String> metadata = userMetadata(request);
        String contentType = request.header("Content-Type");
        String boundary = multipartBoundary(contentType);
        return BodyStreams.drain(body, this.blocking, () -> {
            Repository repository = this.store.getRepository(repositoryId);
            this.store.getBranch(repositoryId, branch);
            BlobWriter blob = this.store.blockstore().newBlob(repository.storageNamespace());
            MultipartContentParser multipart = (boundary != null) ? new MultipartContentParser(boundary, blob::write)
                    : null;
            ChunkSink sink = (multipart != null) ? multipart : blob::write;
            return BodyTarget.of(sink, () -> {
                if (multipart != null && !multipart.contentFound()) {
                    throw new ApiException(500, "missing content part");
                }
                StoredBlob stored = blob.commit();
                String type = (multipart != null) ? multipart.contentType() : contentType;
                ObjectEntry entry = this.store.stageObject(repositoryId, branch, new StageRequest(path,
                        stored.physicalAddress(), stored.checksum(), stored.sizeBytes(), type, metadata, null,
                        ifAbsent, force));
                return ApiResponse.json(201, Views.object(entry, true, null, null));
            }, blob::close);
        });
    }

    private ApiResponse get(ApiRequest request, boolean head) throws IOException {
        String repository = Inputs.repository(request);
        ObjectEntry entry = this.store.statObject(repository, Inputs.ref(request.path("ref")), Inputs.path(request, "path"));
        if (!head && request.flag("presign")) {
            requirePresign();
            return ApiResponse.status(302)
                .withHeader("Location", this.signer.read(request.origin(), entry.physicalAddress()).url());
        }
        String etag = "\"" + entry.checksum() + "\"";
        if (etag.equals(request.header("If-None-Match"))) {
            return ApiResponse.status(304);
        }
        Path file = this.store.blockstore().file(entry.physicalAddress());
        long size = Files.size(file);
        String range = request.header("Range");
        if (range != null) {
            ByteRange parsed = ByteRange.parse(range, size);
            if (parsed.outcome() != ByteRange.Outcome.SATISFIABLE) {
                ApiResponse unsatisfiable = ApiResponse.json(416, Map.of("message", "Requested Range Not Satisfiable"));
                if (!range.contains(",")) {
                    unsatisfiable = unsatisfiable.withHeader("Content-Range", "bytes */" + size);
                }
                return withObjectHeaders(unsatisfiable, entry, etag);
            }
            return withObjectHeaders(new ApiResponse(206, List.of(),
                    new ResponseBody.FileRegion(file, parsed.start(), parsed.length())), entry, etag)
                .withHeader("Content-Range", "bytes " + parsed.start() + "-" + parsed.end() + "/" + size);
        }
        return withObjectHeaders(new ApiResponse(200, List.of(), new ResponseBody.FileRegion(file, 0, size)), entry,
                etag);
    }

    private static ApiResponse withObjectHeaders(ApiResponse response, ObjectEntry entry, String etag) {
        ApiResponse withHeaders = response.withHeader("Cache-Control", "no-store, must-revalidate")
            .withHeader("Content-Disposition", "attachment")
            .withHeader("Content-Security-Policy", "default-src 'none'")
            .withHeader("Etag", etag)
            .withHeader("Expires", "0")
            .withHeader("Last-Modified", HttpDates.formatEpochSeconds(entry.mtime()))
            .withHeader("X-Content-Type-Options", "nosniff")
            .withHeader("X-Frame-Options", "SAMEORIGIN");
        if (!(response.body() instanceof ResponseBody.Json)) {
            withHeaders = withHeaders.withHeader("Content-Type", entry.contentType());
        }
        return withHeaders;
    }

    private Map<String, Object> view(ApiRequest request, String repository, ObjectEntry entry, boolean metadata) {
        if (request.flag("presign")) {
            requirePresign();
            PresignSigner.Signed signed = this.signer.read(request.origin(), entry.physicalAddress());
            return Views.object(entry, metadata, signed.url(), signed.expires());
        }
        return Views.object(entry, metadata, null, null);
    }

    private Map<String, Object> listed(ApiRequest request, String repository, ObjectEntry entry, boolean metadata) {
        return view(request, repository, entry, metadata && !entry.metadata().isEmpty());
    }

    private void requirePresign() {
        if (this.store.blockstore().type() != BlockstoreType.S3) {
            throw ApiException.badRequest("local adapter presigned URL: operation not supported");
        }
    }

    private static Map<String, Object> commonPrefix(CommonPrefix prefix) {
        Map<String, Object> view = new TreeMap<>();
        view.put("path", prefix.path());
        view.put("path_type", "common_prefix");
        view.put("checksum", "");
        view.put("mtime", 0);
        view.put("physical_address", "");
        return view;
    }

    private static Map<String, String> userMetadata(ApiRequest request) {
        Map<String, String> metadata = new TreeMap<>();
        for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
            if (header.getKey().startsWith("x-lakefs-meta-") && !header.getValue().isEmpty()) {
                metadata.put(header.getKey().substring("x-lakefs-meta-".length()).toLowerCase(Locale.ROOT),
                        header.getValue().get(0));
            }
        }
        return metadata;
    }

    private static String multipartBoundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String trimmed = part.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String boundary = trimmed.substring("boundary=".length());
                return boundary.startsWith("\"") ? boundary.substring(1, boundary.length() - 1) : boundary;
            }
        }
        throw new ApiException(500, "no multipart boundary");
    }


}
