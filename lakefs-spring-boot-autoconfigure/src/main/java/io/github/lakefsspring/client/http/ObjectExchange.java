package io.github.lakefsspring.client.http;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.http.RequestBodies.ObjectCopyCreation;
import io.github.lakefsspring.client.http.RequestBodies.PathList;
import io.github.lakefsspring.client.http.RequestBodies.UnderlyingObjectProperties;
import io.github.lakefsspring.client.http.RequestBodies.UserMetadataUpdate;
import io.github.lakefsspring.client.http.ResponseBodies.ObjectErrorList;
import io.github.lakefsspring.client.model.ObjectStats;
import io.github.lakefsspring.client.model.Page;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * lakeFS's object operations that exchange JSON (object bytes move through the client's transfers).
 * <p>The per-object reads (stat, HEAD) spell their query in the URI template: for {@code @RequestParam}
 * arguments Spring re-parses the template on every call to append them, which cost a tenth of a stat's client
 * CPU. A stat with lakeFS's defaults (no presigned address, user metadata included) sends only the path, as
 * lakeFS's own clients do; any other choice spells both values.
 */
public interface ObjectExchange {

    @HttpExchange(method = "HEAD", url = "/repositories/{repository}/refs/{ref}/objects?path={path}")
    @LakeFSOperation(value = "headObject", idempotent = true)
    void headObject(@PathVariable("repository") String repository, @PathVariable("ref") String ref,
            @PathVariable("path") String path);

    @GetExchange("/repositories/{repository}/refs/{ref}/objects/stat?path={path}")
    @LakeFSOperation(value = "statObject", idempotent = true)
    ObjectStats statObject(@PathVariable("repository") String repository, @PathVariable("ref") String ref,
            @PathVariable("path") String path);

    @GetExchange("/repositories/{repository}/refs/{ref}/objects/stat?path={path}&presign={presign}"
            + "&user_metadata={userMetadata}")
    @LakeFSOperation(value = "statObject", idempotent = true)
    ObjectStats statObject(@PathVariable("repository") String repository, @PathVariable("ref") String ref,
            @PathVariable("path") String path, @PathVariable("presign") boolean presign,
            @PathVariable("userMetadata") boolean userMetadata);

    @GetExchange("/repositories/{repository}/refs/{ref}/objects/ls")
    @LakeFSOperation(value = "listObjects", idempotent = true)
    Page<ObjectStats> listObjects(@PathVariable("repository") String repository, @PathVariable("ref") String ref,
            @RequestParam(name = "prefix", required = false) @Nullable String prefix,
            @RequestParam(name = "delimiter", required = false) @Nullable String delimiter,
            @RequestParam(name = "after", required = false) @Nullable String after,
            @RequestParam("amount") int amount,
            @RequestParam(name = "user_metadata", required = false) @Nullable Boolean userMetadata);

    @DeleteExchange("/repositories/{repository}/branches/{branch}/objects")
    @LakeFSOperation(value = "deleteObject", idempotent = true)
    void deleteObject(@PathVariable("repository") String repository, @PathVariable("branch") String branch,
            @RequestParam("path") String path);

    @PostExchange("/repositories/{repository}/branches/{branch}/objects/delete")
    @LakeFSOperation(value = "deleteObjects", idempotent = true)
    ObjectErrorList deleteObjects(@PathVariable("repository") String repository, @PathVariable("branch") String branch,
            @RequestBody PathList paths);

    @PostExchange("/repositories/{repository}/branches/{branch}/objects/copy")
    @LakeFSOperation(value = "copyObject", idempotent = true)
    ObjectStats copyObject(@PathVariable("repository") String repository, @PathVariable("branch") String branch,
            @RequestParam("dest_path") String destinationPath, @RequestBody ObjectCopyCreation copy);

    @PutExchange("/repositories/{repository}/branches/{branch}/objects/stat/user_metadata")
    @LakeFSOperation(value = "updateObjectUserMetadata", idempotent = true)
    void updateObjectUserMetadata(@PathVariable("repository") String repository,
            @PathVariable("branch") String branch, @RequestParam("path") String path,
            @RequestBody UserMetadataUpdate update);

    @GetExchange("/repositories/{repository}/refs/{ref}/objects/underlyingProperties")
    @LakeFSOperation(value = "getUnderlyingProperties", idempotent = true)
    UnderlyingObjectProperties getUnderlyingProperties(@PathVariable("repository") String repository,
            @PathVariable("ref") String ref, @RequestParam("path") String path);

}
