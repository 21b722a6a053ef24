package io.github.lakefsspring.client.http;

import io.github.lakefsspring.client.http.RequestBodies.ImportCreation;
import io.github.lakefsspring.client.http.ResponseBodies.ImportStarted;
import io.github.lakefsspring.client.model.ImportStatus;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;

/** lakeFS's import operations. */
public interface ImportExchange {

    @PostExchange("/repositories/{repository}/branches/{branch}/import")
    @LakeFSOperation(value = "importStart", idempotent = false)
    ImportStarted importStart(@PathVariable("repository") String repository, @PathVariable("branch") String branch,
            @RequestBody ImportCreation creation);

    @GetExchange("/repositories/{repository}/branches/{branch}/import")
    @LakeFSOperation(value = "importStatus", idempotent = true)
    ImportStatus importStatus(@PathVariable("repository") String repository, @PathVariable("branch") String branch,
            @RequestParam("id") String id);

    @DeleteExchange("/repositories/{repository}/branches/{branch}/import")
    @LakeFSOperation(value = "importCancel", idempotent = true)
    void importCancel(@PathVariable("repository") String repository, @PathVariable("branch") String branch,
            @RequestParam("id") String id);

}
