package io.github.lakefsspring.embedded.fidelity;

import java.util.List;

import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;
import io.lakefs.clients.sdk.model.BranchCreation;
import io.lakefs.clients.sdk.model.TagCreation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.lakefsspring.embedded.fidelity.SdkClients.failure;
import static io.github.lakefsspring.embedded.fidelity.SdkClients.header;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * lakeFS's answers to names and parameters that break its rules, message for message.
 */
@EmbeddedLakeFS
class ValidationFidelityTests {

    private SdkClients sdk;

    private String repo;

    @BeforeEach
    void connect(LakeFSTarget target) throws Exception {
        this.sdk = new SdkClients(target);
        this.repo = this.sdk.newRepository("val");
    }

    @Test
    void badNamesAnswerWithLakeFSMessages() {
        assertThat(failure(400, () -> this.sdk.tags.createTag(this.repo, new TagCreation().id("a b").ref("main")).execute())
            .getResponseBody()).contains("argument tagID: tag id: invalid value: validation error");
        assertThat(failure(400, () -> this.sdk.branches.getBranch(this.repo, "a.b").execute()).getResponseBody())
            .contains("\"argument branch: branch id: invalid value: validation error\"");
        assertThat(failure(400, () -> this.sdk.branches.createBranch(this.repo,
                new BranchCreation().name("a.b").source("main")).execute()).getResponseBody())
            .contains("branch id must consist of letters, digits, underscores and dashes, and cannot start with a dash");
        assertThat(failure(400, () -> this.sdk.repositories.getRepository("Bad_Repo").execute()).getResponseBody())
            .contains("argument repository: repository id: invalid value: validation error");
    }

    @Test
    void unknownRefsAreNotFoundEvenWithSpaces() {
        assertThat(failure(404, () -> this.sdk.commits.getCommit(this.repo, "ma in").execute()).getResponseBody())
            .contains("commit not found");
    }

    @Test
    void everyAnswerCarriesItsOwnVersion4RequestId() throws Exception {
        String first = header(this.sdk.repositories.getRepository(this.repo).executeWithHttpInfo(), "X-Request-Id");
        String second = header(this.sdk.repositories.getRepository(this.repo).executeWithHttpInfo(), "X-Request-Id");
        assertThat(List.of(first, second))
            .allMatch((id) -> id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void emptyAndMissingPathsAreRefusedByTheValidator() {
        assertThat(failure(400, () -> this.sdk.objects.statObject(this.repo, "main", "").execute()).getResponseBody())
            .contains("parameter \\\"path\\\" in query has an error: empty value is not allowed");
    }

}
