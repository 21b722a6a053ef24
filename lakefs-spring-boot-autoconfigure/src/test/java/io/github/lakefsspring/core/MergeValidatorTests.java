package io.github.lakefsspring.core;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSClientSettings;
import io.github.lakefsspring.client.model.Change;
import io.github.lakefsspring.client.model.ChangeType;
import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Merge gates see a transaction's committed changes and read its objects on the transaction branch; a refusal
 * merges nothing, names the validator and its reason, and deletes (or keeps) the transaction branch.
 */
@EmbeddedLakeFS
class MergeValidatorTests {

    /** Refuses CSV files whose first line is not the expected header, reading them on the transaction branch. */
    private static final LakeFSMergeValidator CSV_HEADER = LakeFSMergeValidator.named("csv-header", (candidate) -> {
        for (Change change : candidate.changes().toList()) {
            if (change.type() != ChangeType.REMOVED && change.path().endsWith(".csv")
                    && !candidate.transactionBranch().object(change.path()).readString().startsWith("id,")) {
                return MergeVerdict.reject(change.path() + " has no header row");
            }
        }
        return MergeVerdict.accept();
    });

    @Test
    void aRefusedTransactionMergesNothingAndSaysWhoRefusedAndWhy(LakeFSTarget target) {
        Repository repo = repository(target, List.of());
        Branch main = repo.branch("main");
        TransactionOptions options = TransactionOptions.commitMessage("load").withValidator(CSV_HEADER);
        String head = main.commit().id();
        assertThatExceptionOfType(LakeFSMergeRejectedException.class)
            .isThrownBy(() -> main.transact(options, (tx) -> tx.object("daily/1.csv").upload("1,Alice\n")))
            .satisfies((ex) -> {
                assertThat(ex.validator()).isEqualTo("csv-header");
                assertThat(ex.reason()).isEqualTo("daily/1.csv has no header row");
                assertThat(ex.step()).isEqualTo(LakeFSTransactionException.Step.VALIDATE);
                assertThat(ex.getMessage()).contains("rejected by merge validator 'csv-header': daily/1.csv has no "
                        + "header row; branch 'main' is unchanged");
            });
        assertThat(main.commit().id()).isEqualTo(head);
        assertThat(main.object("daily/1.csv").exists()).isFalse();
        assertThat(repo.allBranches(ListOptions.all()).map(Reference::id)).containsExactly("main");
        TransactionResult accepted = main.transact(options,
                (tx) -> tx.object("daily/2.csv").upload("id,name\n2,Bob\n"));
        assertThat(main.commit().id()).isEqualTo(accepted.mergeCommitId());
    }

    @Test
    void templateValidatorsRunFirstAndSeeEveryChange(LakeFSTarget target) {
        List<String> seen = new CopyOnWriteArrayList<>();
        LakeFSMergeValidator recording = (candidate) -> {
            candidate.changes().forEach((change) -> seen.add("template " + change.type() + " " + change.path()));
            assertThat(candidate.sourceBranch()).isEqualTo("main");
            assertThat(candidate.commit().commit().message()).isEqualTo("two files");
            return MergeVerdict.accept();
        };
        Branch main = repository(target, List.of(recording)).branch("main");
        main.object("old.txt").upload("old");
        main.commit("old");
        TransactionOptions options = TransactionOptions.commitMessage("two files")
            .withValidator((candidate) -> {
                seen.add("own");
                return MergeVerdict.accept();
            });
        main.transact(options, (tx) -> {
            tx.object("a.txt").upload("a");
            tx.object("old.txt").delete();
        });
        assertThat(seen).containsExactly("template added a.txt", "template removed old.txt", "own");
    }

    @Test
    void aFailingValidatorFailsTheTransactionAndKeepsTheBranchWhenAsked(LakeFSTarget target) {
        Repository repo = repository(target, List.of());
        Branch main = repo.branch("main");
        TransactionOptions options = TransactionOptions.commitMessage("kept")
            .withDeleteBranchOnError(false)
            .withValidator((candidate) -> {
                throw new IllegalStateException("validator down");
            });
        assertThatExceptionOfType(LakeFSTransactionException.class)
            .isThrownBy(() -> main.transact(options, (tx) -> tx.object("x").upload("x")))
            .withMessageContaining("merge validator 'merge validator' failed: validator down")
            .withMessageContaining("(transaction branch kept for inspection)")
            .satisfies((ex) -> assertThat(repo.branch(ex.transactionBranch()).object("x").readString())
                .isEqualTo("x"));
        assertThat(main.object("x").exists()).isFalse();
    }

    @Test
    void emptyTransactionsAskNoValidator(LakeFSTarget target) {
        List<String> asked = new CopyOnWriteArrayList<>();
        Branch main = repository(target, List.of((candidate) -> {
            asked.add(candidate.toString());
            return MergeVerdict.reject("never");
        })).branch("main");
        assertThat(main.transact(TransactionOptions.commitMessage("nothing"), (tx) -> {
        }).empty()).isTrue();
        assertThat(asked).isEmpty();
    }

    private static Repository repository(LakeFSTarget target, List<LakeFSMergeValidator> validators) {
        RepositoryTemplate repositories = new RepositoryTemplate(LakeFSClient.create(LakeFSClientSettings
            .of(target.endpoint().toString(), target.accessKeyId(), target.secretAccessKey())),
                RepositoryTemplate.DEFAULT_PRESIGN_THRESHOLD, validators);
        String id = "gates-" + Long.toString(System.nanoTime(), 36);
        return repositories.repository(id).create(target.uniqueNamespace(id));
    }

}
