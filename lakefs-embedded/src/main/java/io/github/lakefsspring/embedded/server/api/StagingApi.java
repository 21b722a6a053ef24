package io.github.lakefsspring.embedded.server.api;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

import io.github.lakefsspring.embedded.server.auth.Hmac;
import io.github.lakefsspring.embedded.server.http.ApiException;
import io.github.lakefsspring.embedded.server.http.ApiRequest;
import io.github.lakefsspring.embedded.server.http.ApiResponse;
import io.github.lakefsspring.embedded.server.http.ByteRange;
import io.github.lakefsspring.embedded.server.http.Routes;
import io.github.lakefsspring.embedded.server.presign.PresignSigner;
import io.github.lakefsspring.embedded.server.validation.ObjectSchemaBuilder;
import io.github.lakefsspring.embedded.server.validation.ParameterSpec;
import io.github.lakefsspring.embedded.server.validation.Schema;
import io.github.lakefsspring.embedded.store.CommitRequest;
import io.github.lakefsspring.embedded.store.ImportSource;
import io.github.lakefsspring.embedded.store.ImportStatus;
import io.github.lakefsspring.embedded.store.ObjectEntry;
import io.github.lakefsspring.embedded.store.PresignedMultipartUpload;
import io.github.lakefsspring.embedded.store.StageRequest;
import io.github.lakefsspring.embedded.store.VersionedStore;
import io.github.lakefsspring.embedded.store.blockstore.BlockstoreType;
import io.github.lakefsspring.embedded.store.blockstore.StoredBlob;

/**
 * Direct-to-storage writes (the staging API: reserve an address, link it) and imports from storage URIs.
 * Reserved addresses carry an HMAC signature bound to repository, branch and path, checked when linked.
 */
public final class StagingApi {

    private final VersionedStore store;

    private final PresignSigner signer;

    private final Hmac addressSigner;

    public StagingApi(VersionedStore store, PresignSigner signer, Hmac addressSigner) {
        this.store = store;
        this.signer = signer;
        this.addressSigner = addressSigner;
    }

    public void register(Routes routes) {
        routes.get("/repositories/{repository}/branches/{branch}/staging/backing", "GetPhysicalAddress")
            .parameters(ParameterSpec.query("path").mandatory(), ParameterSpec.flag("presign"))
            .blocking(this::reserve);
        routes.put("/repositories/{repository}/branches/{branch}/staging/backing", "LinkPhysicalAddress")
            .parameters(ParameterSpec.query("path").mandatory(), ParameterSpec.header("If-None-Match"))
            .body(ObjectSchemaBuilder.component("StagingMetadata")
                .required("staging", ObjectSchemaBuilder.inline().required("physical_address", Schema.string()).build())
                .required("checksum", Schema.string())
                .required("size_bytes", Schema.integer())
                .optional("user_metadata", Schema.stringMap())
                .optional("content_type", Schema.string())
                .optional("mtime", Schema.integer())
                .optional("force", Schema.bool())
                .build())
            .blocking(this::link);
        routes.post("/repositories/{repository}/branches/{branch}/staging/pmpu", "CreatePresignMultipartUpload")
            .parameters(ParameterSpec.query("path").mandatory(), ParameterSpec.query("parts")
                .ofKind(ParameterSpec.Kind.INTEGER))
            .blocking(this::createMultipart);
        routes.put("/repositories/{repository}/branches/{branch}/staging/pmpu/{uploadId}/parts/{partNumber}",
                "UploadPart")
            .parameters(ParameterSpec.query("path").mandatory())
            .body(ObjectSchemaBuilder.component("UploadPartFrom")
                .required("physical_address", Schema.string())
                .build())
            .blocking(this::presignPart);
        routes.put("/repositories/{repository}/branches/{branch}/staging/pmpu/{uploadId}/parts/{partNumber}/copy",
                "UploadPartCopy")
            .parameters(ParameterSpec.query("path").mandatory())
            .body(ObjectSchemaBuilder.component("UploadPartCopyFrom")
                .required("physical_address", Schema.string())
                .required("copy_source", ObjectSchemaBuilder.inline()
                    .required("repository", Schema.string())
                    .required("ref", Schema.string())
                    .required("path", Schema.string())
                    .optional("range", Schema.string())
                    .build())
                .build())
            .blocking(this::copyPart);
        routes.put("/repositories/{repository}/branches/{branch}/staging/pmpu/{uploadId}", "CompletePresignMultipartUpload")
            .parameters(ParameterSpec.query("path").mandatory())
            .body(ObjectSchemaBuilder.component("CompletePresignMultipartUpload")
                .required("physical_address", Schema.string())
                .required("parts", Schema.arrayOf(ObjectSchemaBuilder.inline()
                    .required("part_number", Schema.integer())
                    .required("etag", Schema.string())
                    .build()))
                .optional("user_metadata", Schema.stringMap())
                .optional("content_type", Schema.string())
                .build())
            .blocking(this::completeMultipart);
        routes.delete("/repositories/{repository}/branches/{branch}/staging/pmpu/{uploadId}", "AbortPresignMultipartUpload")
            .parameters(ParameterSpec.query("path").mandatory())
            .body(ObjectSchemaBuilder.component("AbortPresignMultipartUpload")
                .required("physical_address", Schema.string())
                .build())
            .blocking((request) -> {
                this.store.abortPresignedMultipartUpload(Inputs.repository(request), Inputs.branch(request),
                        Inputs.path(request, "path"), request.path("uploadId"),
                        Inputs.text(request.json(), "physical_address"));
                return ApiResponse.noContent();
            });
        routes.post("/repositories/{repository}/branches/{branch}/import", "ImportStart")
            .body(ObjectSchemaBuilder.component("ImportCreation")
                .required("paths", Schema.arrayOf(ObjectSchemaBuilder.inline()
                    .required("path", Schema.string())
                    .required("destination", Schema.string())
                    .required("type", Schema.oneOf("common_prefix", "object"))
                    .build()))
                .required("commit", ObjectSchemaBuilder.inline().build())
                .optional("force", Schema.bool())
                .build())
            .blocking(this::startImport);
        routes.get("/repositories/{repository}/branches/{branch}/import", "ImportStatus")
            .parameters(ParameterSpec.query("id").mandatory())
            .blocking((request) -> ApiResponse.json(200, importStatus(this.store.importStatus(
                    Inputs.repository(request), Inputs.branch(request), request.queryOrEmpty("id")))));
        routes.delete("/repositories/{repository}/branches/{branch}/import", "ImportCancel")
            .parameters(ParameterSpec.query("id").mandatory())
            .blocking((request) -> {
                this.store.cancelImport(Inputs.repository(request), Inputs.branch(request), request.queryOrEmpty("id"));
                return ApiResponse.noContent();
            });
    }

    private ApiResponse reserve(ApiRequest request) {
        String repository = Inputs.repository(request);
        String branch = Inputs.branch(request);
        String path = Inputs.path(request, "path");
        String address = this.store.reservePhysicalAddress(repository, branch, path);
        Map<String, Object> body = new TreeMap<>();
        body.put("physical_address", address + "," + signature(repository, branch, path, address));
        if (request.flag("presign")) {
            if (this.store.blockstore().type() != BlockstoreType.S3) {
                throw new ApiException(500, "local adapter presigned URL: operation not supported");
            }
            PresignSigner.Signed signed = this.signer.write(request.origin(), address);
            body.put("presigned_url", signed.url());
            body.put("presigned_url_expiry", signed.expires());
        }
        else {
            body.put("presigned_url", null);
        }
        return ApiResponse.json(200, new HashMap<>(body));
    }

    private ApiResponse createMultipart(ApiRequest request) {
        requireMultipartSupport();
        String repository = Inputs.repository(request);
        String branch = Inputs.branch(request);
        String path = Inputs.path(request, "path");
        String partsValue = request.query("parts");
        int parts = (partsValue == null || partsValue.isEmpty()) ? 0 : Integer.parseInt(partsValue);
        if (parts < 0 || parts > 10_000) {
            throw ApiException.badRequest("parts must be between 0 and 10000");
        }
        PresignedMultipartUpload upload = this.store
            .createPresignedMultipartUpload(repository, branch, path);
        List<String> urls = new ArrayList<>();
        for (int part = 1; part <= parts; part++) {
            urls.add(this.signer.writePart(request.origin(), upload.physicalAddress(), upload.uploadId(), part).url());
        }
        Map<String, Object> body = new TreeMap<>();
        body.put("upload_id", upload.uploadId());
        body.put("physical_address", upload.physicalAddress());
        body.put("presigned_urls", urls);
        return ApiResponse.json(201, body);
    }

    private ApiResponse presignPart(ApiRequest request) {
        int part = multipartPart(request);
        String url = this.signer.writePart(request.origin(), Inputs.text(request.json(), "physical_address"),
                request.path("uploadId"), part).url();
        return ApiResponse.json(200, Map.of("presigned_url", url));
    }

    private ApiResponse copyPart(ApiRequest request) {
        int part = multipartPart(request);
        JsonNode source = request.json().path("copy_source");
        String sourceRepository = Inputs.text(source, "repository");
        String sourcePath = Inputs.text(source, "path");
        ObjectEntry entry = this.store.statObject(sourceRepository, Inputs.ref(Inputs.text(source, "ref")), sourcePath);
        String range = Inputs.optionalText(source, "range");
        long offset = 0;
        long length = entry.sizeBytes();
        if (range != null) {
            ByteRange bytes = ByteRange.parse(range, entry.sizeBytes());
            if (bytes.outcome() != ByteRange.Outcome.SATISFIABLE) {
                throw ApiException.badRequest("invalid range " + range + " of " + sourcePath);
            }
            offset = bytes.start();
            length = bytes.length();
        }
        String etag = this.store.copyPart(Inputs.text(request.json(), "physical_address"), request.path("uploadId"),
                part, entry, offset, length);
        return ApiResponse.noContent().withHeader("ETag", "\"" + etag + "\"");
    }

    /**
     * Checks a request about one part of a presigned multipart upload (only an S3 blockstore has them) and
     * returns its part number.
     */
    private int multipartPart(ApiRequest request) {
        requireMultipartSupport();
        Inputs.repository(request);
        Inputs.branch(request);
        Inputs.path(request, "path");
        int part;
        try {
            part = Integer.parseInt(request.path("partNumber"));
        }
        catch (NumberFormatException ex) {
            throw ApiException.badRequest("invalid part number: " + request.path("partNumber"));
        }
        if (part < 1 || part > 10_000) {
            throw ApiException.badRequest("part number must be between 1 and 10000");
        }
        return part;
    }

    private void requireMultipartSupport() {
        if (this.store.blockstore().type() != BlockstoreType.S3) {
            throw new ApiException(501, "presign multipart upload API is not supported");
        }
    }

    private ApiResponse completeMultipart(ApiRequest request) {
        JsonNode body = request.json();
        List<StoredBlob.Part> parts = new ArrayList<>();
        for (JsonNode part : body.path("parts")) {
            parts.add(new StoredBlob.Part(
                    part.path("part_number").asInt(), Inputs.text(part, "etag").replace("\"", "")));
        }
        ObjectEntry entry = this.store.completePresignedMultipartUpload(Inputs.repository(request), Inputs.branch(request),
                Inputs.path(request, "path"), request.path("uploadId"), Inputs.text(body, "physical_address"), parts,
                Inputs.optionalText(body, "content_type"), Inputs.stringMap(body.path("user_metadata")), false);
        return ApiResponse.json(200, Views.object(entry, true, null, null));
    }

    private ApiResponse link(ApiRequest request) {
        String repository = Inputs.repository(request);
        String branch = Inputs.branch(request);
        String path = Inputs.path(request, "path");
        JsonNode body = request.json();
        String given = Inputs.text(body.path("staging"), "physical_address");
        int comma = given.lastIndexOf(',');
        String address = (comma < 0) ? given : given.substring(0, comma);
        if (comma >= 0 && !given.substring(comma + 1).equals(signature(repository, branch, path, address))) {
            throw ApiException.badRequest("invalid physical address: signature mismatch");
        }
        String checksum = Inputs.text(body, "checksum");
        if (checksum.isEmpty()) {
            throw ApiException.badRequest("checksum is required");
        }
        JsonNode mtime = body.path("mtime");
        ObjectEntry entry = this.store.linkPhysicalAddress(repository, branch, new StageRequest(path, address, checksum,
                body.path("size_bytes").asLong(), Inputs.optionalText(body, "content_type"),
                Inputs.stringMap(body.path("user_metadata")), mtime.isNumber() ? mtime.asLong() : null,
                "*".equals(request.header("If-None-Match")), Inputs.flag(body, "force")));
        return ApiResponse.json(200, Views.object(entry, true, null, null));
    }

    private ApiResponse startImport(ApiRequest request) {
        JsonNode body = request.json();
        List<ImportSource> sources = new ArrayList<>();
        for (JsonNode path : body.path("paths")) {
            sources.add(new ImportSource("common_prefix".equals(Inputs.text(path, "type")), Inputs.text(path, "path"),
                    Inputs.text(path, "destination")));
        }
        JsonNode commit = body.path("commit");
        String message = Inputs.text(commit, "message");
        CommitRequest importCommit = new CommitRequest(Inputs.committer(request),
                message.isEmpty() ? "Import objects" : message, Inputs.stringMap(commit.path("metadata")), null, true,
                false);
        String id = this.store.startImport(Inputs.repository(request), Inputs.branch(request), sources, importCommit,
                Inputs.flag(body, "force"));
        return ApiResponse.json(202, Map.of("id", id));
    }

    private static Map<String, Object> importStatus(ImportStatus status) {
        Map<String, Object> view = new TreeMap<>();
        view.put("completed", status.completed());
        view.put("update_time", status.updateTime());
        view.put("ingested_objects", status.ingestedObjects());
        if (status.metaRangeId() != null) {
            view.put("metarange_id", status.metaRangeId());
        }
        if (status.commit() != null) {
            view.put("commit", Views.commit(status.commit()));
        }
        if (status.error() != null) {
            view.put("error", Map.of("message", status.error()));
        }
        return view;
    }

    private String signature(String repository, String branch, String path, String address) {
        byte[] mac = this.addressSigner.sign(repository + "\n" + branch + "\n" + path + "\n" + address);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
    }

}
