package io.github.lakefsspring.client.http;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.http.RequestBodies.BranchCreation;
import io.github.lakefsspring.client.http.RequestBodies.CherryPickCreation;
import io.github.lakefsspring.client.http.RequestBodies.CommitCreation;
import io.github.lakefsspring.client.http.RequestBodies.ResetCreation;
import io.github.lakefsspring.client.http.RequestBodies.RevertCreation;
import io.github.lakefsspring.client.model.Change;
import io.github.lakefsspring.client.model.Commit;
import io.github.lakefsspring.client.model.Page;
import io.github.lakefsspring.client.model.Ref;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/** lakeFS's branch operations, commits among them. */
public interface BranchExchange {

    @PostExchange("/repositories/{repository}/branches")
    @LakeFSOperation(value = "createBranch", idempotent = false)
    String createBranch(@PathVariable("repository") String repository, @RequestBody BranchCreation creation);

    @GetExchange("/repositories/{repository}/branches/{branch}")
    @LakeFSOperation(value = "getBranch", idempotent = true)
    Ref getBranch(@PathVariable("repository") String repository, @PathVariable("branch") String branch);

    @GetExchange("/repositories/{repository}/branches")
    @LakeFSOperation(value = "listBranches", idempotent = true)
    Page<Ref> listBranches(@PathVariable("repository") String repository,
            @RequestParam(name = "prefix", required = false) @Nullable String prefix,
            @RequestParam(name = "after", required = false) @Nullable String after,
            @RequestParam("amount") int amount,
            @RequestParam(name = "show_hidden", required = false) @Nullable Boolean showHidden);

    @DeleteExchange("/repositories/{repository}/branches/{branch}")
    @LakeFSOperation(value = "deleteBranch", idempotent = true)
    void deleteBranch(@PathVariable("repository") String repository, @PathVariable("branch") String branch);

    @PutExchange("/repositories/{repository}/branches/{branch}")
    @LakeFSOperation(value = "resetBranch", idempotent = true)
    void resetBranch(@PathVariable("repository") String repository, @PathVariable("branch") String branch,
            @RequestBody ResetCreation reset);

    @PutExchange("/repositories/{repository}/branches/{branch}/hard_reset")
    @LakeFSOperation(value = "hardResetBranch", idempotent = true)
    void hardResetBranch(@PathVariable("repository") String repository, @PathVariable("branch") String branch,
            @RequestParam("ref") String ref);

    @PostExchange("/repositories/{repository}/branches/{branch}/revert")
    @LakeFSOperation(value = "revertBranch", idempotent = false)
    void revertBranch(@PathVariable("repository") String repository, @PathVariable("branch") String branch,
            @RequestBody RevertCreation revert);

    @PostExchange("/repositories/{repository}/branches/{branch}/cherry-pick")
    @LakeFSOperation(value = "cherryPick", idempotent = false)
    Commit cherryPick(@PathVariable("repository") String repository, @PathVariable("branch") String branch,
            @RequestBody CherryPickCreation cherryPick);

    @PostExchange("/repositories/{repository}/branches/{branch}/commits")
    @LakeFSOperation(value = "commit", idempotent = false)
    Commit commit(@PathVariable("repository") String repository, @PathVariable("branch") String branch,
            @RequestBody CommitCreation commit);

    @GetExchange("/repositories/{repository}/branches/{branch}/diff")
    @LakeFSOperation(value = "diffBranch", idempotent = true)
    Page<Change> diffBranch(@PathVariable("repository") String repository, @PathVariable("branch") String branch,
            @RequestParam(name = "prefix", required = false) @Nullable String prefix,
            @RequestParam(name = "delimiter", required = false) @Nullable String delimiter,
            @RequestParam(name = "after", required = false) @Nullable String after,
            @RequestParam("amount") int amount);

}
