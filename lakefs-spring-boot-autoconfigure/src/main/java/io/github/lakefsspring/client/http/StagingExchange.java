package io.github.lakefsspring.client.http;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.http.RequestBodies.MultipartAbort;
import io.github.lakefsspring.client.http.RequestBodies.MultipartCompletion;
import io.github.lakefsspring.client.http.RequestBodies.StagingMetadata;
import io.github.lakefsspring.client.http.RequestBodies.UploadPartCopyFrom;
import io.github.lakefsspring.client.http.RequestBodies.UploadPartFrom;
import io.github.lakefsspring.client.http.RequestBodies.UploadTo;
import io.github.lakefsspring.client.model.ObjectStats;
import io.github.lakefsspring.client.model.PresignedMultipartUpload;
import io.github.lakefsspring.client.model.StagingLocation;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/** lakeFS's staging operations: reserve an address, link it, and presigned multipart uploads. */
public interface StagingExchange {

    @GetExchange("/repositories/{repository}/branches/{branch}/staging/backing")
    @LakeFSOperation(value = "getPhysicalAddress", idempotent = true)
    StagingLocation getPhysicalAddress(@PathVariable("repository") String repository,
            @PathVariable("branch") String branch, @RequestParam("path") String path,
            @RequestParam(name = "presign", required = false) @Nullable Boolean presign);

    @PutExchange("/repositories/{repository}/branches/{branch}/staging/backing")
    @LakeFSOperation(value = "linkPhysicalAddress", idempotent = true)
    ObjectStats linkPhysicalAddress(@PathVariable("repository") String repository,
            @PathVariable("branch") String branch, @RequestParam("path") String path,
            @RequestHeader(name = "If-None-Match", required = false) @Nullable String ifNoneMatch,
            @RequestBody StagingMetadata metadata);

    @PostExchange("/repositories/{repository}/branches/{branch}/staging/pmpu")
    @LakeFSOperation(value = "createPresignMultipartUpload", idempotent = false)
    PresignedMultipartUpload createPresignMultipartUpload(@PathVariable("repository") String repository,
            @PathVariable("branch") String branch, @RequestParam("path") String path, @RequestParam("parts") int parts);

    @PutExchange("/repositories/{repository}/branches/{branch}/staging/pmpu/{uploadId}")
    @LakeFSOperation(value = "completePresignMultipartUpload", idempotent = false)
    ObjectStats completePresignMultipartUpload(@PathVariable("repository") String repository,
            @PathVariable("branch") String branch, @PathVariable("uploadId") String uploadId,
            @RequestParam("path") String path, @RequestBody MultipartCompletion completion);

    @DeleteExchange("/repositories/{repository}/branches/{branch}/staging/pmpu/{uploadId}")
    @LakeFSOperation(value = "abortPresignMultipartUpload", idempotent = true)
    void abortPresignMultipartUpload(@PathVariable("repository") String repository,
            @PathVariable("branch") String branch, @PathVariable("uploadId") String uploadId,
            @RequestParam("path") String path, @RequestBody MultipartAbort abort);

    @PutExchange("/repositories/{repository}/branches/{branch}/staging/pmpu/{uploadId}/parts/{partNumber}")
    @LakeFSOperation(value = "uploadPart", idempotent = true)
    UploadTo uploadPart(@PathVariable("repository") String repository, @PathVariable("branch") String branch,
            @PathVariable("uploadId") String uploadId, @PathVariable("partNumber") int partNumber,
            @RequestParam("path") String path, @RequestBody UploadPartFrom from);

    @PutExchange("/repositories/{repository}/branches/{branch}/staging/pmpu/{uploadId}/parts/{partNumber}/copy")
    @LakeFSOperation(value = "uploadPartCopy", idempotent = true)
    ResponseEntity<Void> uploadPartCopy(@PathVariable("repository") String repository,
            @PathVariable("branch") String branch,
            @PathVariable("uploadId") String uploadId, @PathVariable("partNumber") int partNumber,
            @RequestParam("path") String path, @RequestBody UploadPartCopyFrom from);

}
