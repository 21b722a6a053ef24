package io.github.lakefsspring.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.lakefsspring.client.BadRequestException;
import io.github.lakefsspring.client.ConflictException;
import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSClientSettings;
import io.github.lakefsspring.client.NoChangesException;
import io.github.lakefsspring.client.NotFoundException;
import io.github.lakefsspring.client.ObjectExistsException;
import io.github.lakefsspring.client.ObjectNotFoundException;
import io.github.lakefsspring.client.ObjectsApi;
import io.github.lakefsspring.client.model.Change;
import io.github.lakefsspring.client.model.ChangeType;
import io.github.lakefsspring.client.model.Commit;
import io.github.lakefsspring.client.model.ObjectStats;
import io.github.lakefsspring.client.model.PullRequest;
import io.github.lakefsspring.client.model.PullRequestStatus;
import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The high-level API against a lakeFS over real HTTP (the embedded server, or the one the {@code LAKEFS_IT_*}
 * variables name), behaviour by behaviour as the lakeFS Python SDK documents it.
 */
@EmbeddedLakeFS
class HighLevelApiTests {

    private RepositoryTemplate repositories;

    private LakeFSTarget target;

    private Repository repo;

    @BeforeEach
    void connect(LakeFSTarget target) {
        this.target = target;
        this.repositories = new RepositoryTemplate(LakeFSClient.create(
                LakeFSClientSettings.of(target.endpoint().toString(), target.accessKeyId(), target.secretAccessKey())));
        String id = "core-" + Long.toString(System.nanoTime(), 36);
        this.repo = this.repositories.repository(id).create(target.uniqueNamespace(id));
    }

    @Test
    void repositoriesAreCreatedAdoptedListedAndDeleted() {
        assertThat(this.repo.properties().defaultBranch()).isEqualTo("main");
        String namespace = this.repo.properties().storageNamespace();
        Repository again = this.repositories.repository(this.repo.id())
            .create(namespace, CreateRepositoryOptions.existOk());
        assertThat(again.properties().creationDate()).isEqualTo(this.repo.properties().creationDate());
        assertThatExceptionOfType(ConflictException.class)
            .isThrownBy(() -> this.repositories.repository(this.repo.id()).create(namespace));
        assertThatIllegalStateException().isThrownBy(() -> this.repositories.repository(this.repo.id())
            .create(this.target.uniqueNamespace("other"), CreateRepositoryOptions.existOk()))
            .withMessageContaining("exists with storage namespace '" + namespace + "'");
        assertThat(this.repositories.repositories(ListOptions.prefix(this.repo.id())).map(Repository::id))
            .containsExactly(this.repo.id());
        this.repo.delete();
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.repo.delete())
            .withMessageContaining("repository not found");
    }

    @Test
    void firstCommitIsRepositoryCreated() {
        Commit root = this.repo.branch("main").commit();
        assertThat(root.message()).isEqualTo("Repository created");
        assertThat(root.metadata()).isEmpty();
        assertThat(root.parents()).isEmpty();
    }

    @Test
    void branchesAreCreatedFromSourcesAndListed() {
        Branch dev = this.repo.branch("dev").create("main");
        assertThat(dev.commit().id()).isEqualTo(this.repo.branch("main").commit().id());
        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.repo.branch("dev").create("main"));
        this.repo.branch("dev").create("main", true);
        assertThat(this.repo.branches().map(Branch::id)).containsExactly("dev", "main");
        assertThat(this.repo.branches(ListOptions.all().withAfter("dev")).map(Branch::id)).containsExactly("main");
        dev.delete();
        assertThat(this.repo.branches().map(Branch::id)).containsExactly("main");
    }

    @Test
    void badNamesFailBeforeAnyRequest() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.repositories.repository("Bad_Repo"))
            .withMessage("Repository id 'Bad_Repo' is invalid: it must be 3 to 63 characters of a-z, 0-9 and '-', "
                    + "starting with a letter or digit");
        assertThatIllegalArgumentException().isThrownBy(() -> this.repo.branch("feature/x"))
            .withMessageStartingWith("Branch id 'feature/x' is invalid");
        assertThatIllegalArgumentException().isThrownBy(() -> this.repo.tag("v1..2"))
            .withMessageStartingWith("Tag id 'v1..2' is invalid");
        assertThatIllegalArgumentException().isThrownBy(() -> this.repo.branch("main").object(""))
            .withMessage("Object path must not be empty");
        assertThatIllegalArgumentException().isThrownBy(() -> this.repo.branch("main").object("x".repeat(1025)))
            .withMessageContaining("is 1025 bytes long in UTF-8; lakeFS accepts at most 1024");
        assertThatIllegalArgumentException().isThrownBy(() -> this.repositories.repository("valid-repo")
            .create("bucket/no-scheme"))
            .withMessageStartingWith("Storage namespace 'bucket/no-scheme' is invalid");
        assertThatIllegalArgumentException().isThrownBy(() -> ListOptions.all().withMaxAmount(-1))
            .withMessage("maxAmount -1 is invalid: it must be 0 or more");
        assertThatIllegalArgumentException().isThrownBy(() -> ListOptions.all().withPageSize(1001))
            .withMessage("pageSize 1001 is invalid: it must be between 1 and 1000");
    }

    @Test
    void objectsAreWrittenReadStatedAndDeleted() throws IOException {
        Branch main = this.repo.branch("main");
        WritableObject text = main.object("text/sample.txt")
            .upload("This is my object data", WriteOptions.contentType("text/plain")
                .withMetadata(Map.of("owner", "team")));
        ObjectStats stats = text.stat();
        assertThat(stats.sizeBytes()).isEqualTo(22);
        assertThat(stats.contentType()).isEqualTo("text/plain");
        assertThat(stats.metadata()).containsEntry("owner", "team");
        assertThat(text.readString()).isEqualTo("This is my object data");
        assertThat(text.exists()).isTrue();
        text.upload("replaced");
        assertThat(text.stat().sizeBytes()).as("our own write invalidates the cached stat").isEqualTo(8);
        assertThat(main.object("raw").upload("Hello Object World".getBytes(StandardCharsets.UTF_8),
                WriteOptions.defaults()).stat().contentType()).isEqualTo("application/octet-stream");
        text.delete();
        assertThat(text.exists()).isFalse();
        assertThatExceptionOfType(ObjectNotFoundException.class).isThrownBy(text::stat);
    }

    @Test
    void createOnlyWritesFailWhenTheObjectExists() {
        WritableObject object = this.repo.branch("main").object("once");
        object.upload("first", WriteOptions.createOnly());
        assertThatExceptionOfType(ObjectExistsException.class)
            .isThrownBy(() -> object.upload("second", WriteOptions.createOnly()));
        assertThatExceptionOfType(ObjectExistsException.class)
            .isThrownBy(() -> object.upload("second", WriteOptions.createOnly().withPresign(true)));
        assertThat(object.readString()).isEqualTo("first");
    }

    @Test
    void writersStreamAndDiscardOnFailure() throws IOException {
        Branch main = this.repo.branch("main");
        main.object("csv/data.csv").writeText(WriteOptions.contentType("text/csv"), (writer) -> {
            writer.write("ID,Name\r\n");
            writer.write("1,Alice\r\n");
        });
        try (BufferedReader reader = new BufferedReader(main.object("csv/data.csv").openReader())) {
            assertThat(reader.lines()).containsExactly("ID,Name", "1,Alice");
        }
        WritableObject failed = main.object("never");
        Assertions.assertThatIllegalStateException()
            .isThrownBy(() -> failed.write(WriteOptions.defaults(), (out) -> {
                out.write(new byte[200_000]);
                throw new IllegalStateException("boom");
            }))
            .withMessage("boom");
        assertThat(failed.exists()).isFalse();
        ObjectWriter writer = main.object("discarded").openWriter(WriteOptions.defaults().withPresign(false));
        writer.write("partial".getBytes(StandardCharsets.UTF_8));
        writer.discard();
        assertThat(main.object("discarded").exists()).isFalse();
        ObjectWriter big = main.object("big").openWriter(WriteOptions.defaults().withPresign(false));
        try (OutputStream out = big) {
            byte[] chunk = new byte[1024 * 1024];
            for (int i = 0; i < 8; i++) {
                out.write(chunk);
            }
        }
        assertThat(main.object("big").stat().sizeBytes()).isEqualTo(8L * 1024 * 1024);
    }

    @Test
    void rangedAndSeekableReadsHandleEdges() throws IOException {
        WritableObject object = this.repo.branch("main").object("digits").upload("0123456789");
        try (InputStream in = object.openStream("bytes=2-4", null)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("234");
        }
        try (SeekableByteChannel channel = object.openChannel()) {
            assertThat(channel.size()).isEqualTo(10);
            channel.position(6);
            ByteBuffer buffer = ByteBuffer.allocate(10);
            int read = channel.read(buffer);
            assertThat(new String(buffer.array(), 0, read, StandardCharsets.UTF_8)).isEqualTo("6789");
            assertThat(channel.read(ByteBuffer.allocate(1))).isEqualTo(-1);
            channel.position(100);
            assertThat(channel.read(ByteBuffer.allocate(1))).isEqualTo(-1);
        }
        WritableObject empty = this.repo.branch("main").object("empty").upload("");
        assertThat(empty.readAllBytes()).isEmpty();
        try (SeekableByteChannel channel = empty.openChannel()) {
            assertThat(channel.read(ByteBuffer.allocate(1))).isEqualTo(-1);
        }
    }

    @Test
    void uncommittedCommitDiffAndMergeFollowTheWalkthrough() {
        Branch main = this.repo.branch("main");
        Branch dev = this.repo.branch("dev").create("main");
        dev.object("a").upload("a");
        dev.object("b").upload("b");
        assertThat(dev.uncommitted().map(Change::path)).containsExactly("a", "b");
        Reference ref = dev.commit("Add some data!", Map.of("using", "java_sdk"));
        assertThat(ref.commit().metadata()).containsEntry("using", "java_sdk");
        assertThat(dev.uncommitted().count()).isZero();
        assertThatExceptionOfType(NoChangesException.class).isThrownBy(() -> dev.commit("again"));
        assertThat(main.diff(dev).map(Change::type)).containsExactly(ChangeType.ADDED, ChangeType.ADDED);
        Reference merge = dev.mergeInto(main);
        assertThat(main.commit().id()).isEqualTo(merge.id());
        assertThat(merge.commit().parents()).hasSize(2);
        assertThat(main.diff(dev).count()).isZero();
        assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> dev.mergeInto(main))
            .withMessageContaining("no changes");
        assertThat(dev.mergeInto(main, MergeOptions.defaults().withAllowEmpty(true)).id()).hasSize(64);
        assertThat(main.log(LogOptions.maxAmount(2)).map(Commit::message)).hasSize(2);
    }

    @Test
    void mergeConflictsNameBothSides() {
        Branch main = this.repo.branch("main");
        main.object("f").upload("base");
        main.commit("base");
        Branch dev = this.repo.branch("dev").create("main");
        dev.object("f").upload("dev");
        dev.commit("dev");
        main.object("f").upload("main");
        main.commit("main");
        assertThatExceptionOfType(LakeFSMergeConflictException.class).isThrownBy(() -> dev.mergeInto(main))
            .withMessageContaining("merging 'dev' into 'main'");
        dev.mergeInto(main, MergeOptions.defaults().withStrategy(MergeStrategy.SOURCE_WINS));
        assertThat(main.object("f").readString()).isEqualTo("dev");
    }

    @Test
    void listingsPageLazilyAndStopAtTheMaximum() {
        Branch main = this.repo.branch("main");
        List<String> paths = IntStream.range(0, 250).mapToObj((i) -> "items/" + String.format("%04d", i)).toList();
        paths.forEach((path) -> main.object(path).upload(path));
        assertThat(main.objects(ObjectListOptions.prefix("items/").withPageSize(100)).count()).isEqualTo(250);
        assertThat(main.objects(ObjectListOptions.prefix("items/").withPageSize(100).withMaxAmount(123)).count())
            .isEqualTo(123);
        assertThat(main.objects(ObjectListOptions.all().withMaxAmount(0)).count()).isZero();
        assertThat(main.objects(ObjectListOptions.all().withDelimiter("/")).map(ObjectStats::path))
            .containsExactly("items/");
        main.deleteObjects(paths);
        assertThat(main.objects(ObjectListOptions.prefix("items/")).count()).isZero();
    }

    @Test
    void deletesOfMoreThanAThousandPathsAreBatched() {
        Branch main = this.repo.branch("main");
        List<String> paths = IntStream.range(0, 2500).mapToObj((i) -> "gone/" + i).toList();
        main.deleteObjects(paths);
        assertThat(main.uncommitted().count()).isZero();
    }

    @Test
    void tagsRevertsCherryPicksAndResets() {
        Branch main = this.repo.branch("main");
        main.object("a").upload("a");
        Reference added = main.commit("add a");
        Tag tag = this.repo.tag("v1").create(added.id());
        assertThat(tag.commit().id()).isEqualTo(added.id());
        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.repo.tag("v1").create("main"));
        this.repo.tag("v1").create("main", true);
        Reference revert = main.revert(added.id(), 0);
        assertThat(revert.commit().message()).startsWith("Revert");
        assertThat(main.commit().id()).isEqualTo(revert.id());
        assertThatIllegalArgumentException().isThrownBy(() -> main.revert(added.id(), -1));
        Reference picked = main.cherryPick(added.id());
        assertThat(picked.commit().metadata()).containsEntry("cherry-pick-origin", added.id());
        main.object("dir/x").upload("x");
        main.object("y").upload("y");
        main.resetPrefix("dir/");
        assertThat(main.uncommitted().map(Change::path)).containsExactly("y");
        main.resetChanges();
        assertThat(main.uncommitted().count()).isZero();
        tag.delete();
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(tag::commit);
    }

    @Test
    void transactionsCommitMergeAndCleanUp() {
        Branch main = this.repo.branch("main");
        TransactionResult result = main.transact(TransactionOptions.commitMessage("my transaction"), (tx) -> {
            tx.object("new_object").upload("new object data");
            assertThat(main.object("new_object").exists()).as("the source branch is redirected").isTrue();
        });
        assertThat(result.empty()).isFalse();
        assertThat(main.object("new_object").readString()).isEqualTo("new object data");
        assertThat(main.log(LogOptions.maxAmount(2)).map(Commit::message))
            .containsExactly("Merge transaction " + result.transactionBranch() + " to branch", "my transaction");
        assertThat(this.repo.allBranches(ListOptions.all()).map(Branch::id)).containsExactly("main");
        assertThat(main.transact(TransactionOptions.commitMessage("nothing"), (tx) -> {
        }).empty()).isTrue();
        Assertions.assertThatIllegalStateException()
            .isThrownBy(() -> main.transact(TransactionOptions.commitMessage("fails"), (tx) -> {
                tx.object("half").upload("written");
                throw new IllegalStateException("boom");
            })).withMessage("boom");
        assertThat(main.object("half").exists()).isFalse();
        assertThat(this.repo.allBranches(ListOptions.all()).map(Branch::id)).containsExactly("main");
        this.repo.tag("taken").create("main");
        assertThatExceptionOfType(LakeFSTransactionException.class)
            .isThrownBy(() -> main.transact(TransactionOptions.commitMessage("tagged").withTag("taken"),
                    (tx) -> tx.object("tagged").upload("x")))
            .satisfies((ex) -> assertThat(ex.step()).isEqualTo(LakeFSTransactionException.Step.TAG_CHECK));
        assertThat(main.object("tagged").exists()).as("nothing merged when the tag exists").isFalse();
    }

    @Test
    void commitsMadeInsideATransactionAreMergedWithIt() {
        Branch main = this.repo.branch("main");
        TransactionResult result = main.transact(TransactionOptions.commitMessage("rest"), (tx) -> {
            tx.object("first").upload("1");
            main.commit("first part");
        });
        assertThat(result.empty()).isFalse();
        assertThat(main.object("first").readString()).isEqualTo("1");
        assertThat(main.log(LogOptions.maxAmount(2)).map(Commit::message))
            .containsExactly("Merge transaction " + result.transactionBranch() + " to branch", "first part");
    }

    @Test
    void aResumedTransactionMergesEveryCommitOfItsBranch() {
        Branch main = this.repo.branch("main");
        Branch work = this.repo.branch("nightly-run").create("main");
        work.object("a").upload("a");
        work.commit("step one");
        work.object("b").upload("b");
        TransactionResult result = main
            .resumeTransaction("nightly-run",
                    TransactionOptions.commitMessage("step two").withMerge("Merge nightly run", Map.of("run", "7")))
            .complete();
        assertThat(result.transactionBranch()).isEqualTo("nightly-run");
        assertThat(main.object("b").readString()).isEqualTo("b");
        assertThat(main.commit().message()).isEqualTo("Merge nightly run");
        assertThat(main.commit().metadata()).containsEntry("run", "7");
        assertThat(this.repo.allBranches(ListOptions.all()).map(Branch::id)).containsExactly("main");
        assertThatIllegalArgumentException().isThrownBy(() -> main.resumeTransaction("no/slashes",
                TransactionOptions.commitMessage("x"))).withMessageContaining("no/slashes");
    }

    @Test
    void pullRequestsAreOpenedClosedReopenedAndMerged() {
        Branch feature = this.repo.branch("feature").create("main");
        feature.object("a.txt").upload("a");
        feature.commit("add a");
        RepositoryPullRequests pulls = this.repo.pullRequests();
        String id = pulls.open("Add a", "feature", "main");
        pulls.edit(id, null, "the a file");
        assertThat(pulls.get(id).description()).isEqualTo("the a file");
        pulls.close(id);
        assertThat(pulls.list(PullRequestStatus.OPEN, ListOptions.all())).isEmpty();
        pulls.reopen(id);
        assertThat(pulls.list().map(PullRequest::id)).containsExactly(id);
        Reference merge = pulls.merge(id);
        assertThat(this.repo.branch("main").object("a.txt").readString()).isEqualTo("a");
        assertThat(this.repo.branch("main").commit().id()).isEqualTo(merge.id());
        assertThat(pulls.get(id).status()).isEqualTo(PullRequestStatus.MERGED);
        assertThatIllegalArgumentException().isThrownBy(() -> pulls.open("loop", "main", "main"))
            .withMessageContaining("'main'");
    }

    @Test
    void transactionConflictsLeaveTheSourceUnchanged() {
        Branch main = this.repo.branch("main");
        main.object("shared").upload("base");
        main.commit("base");
        String before = main.commit().id();
        assertThatExceptionOfType(LakeFSTransactionConflictException.class)
            .isThrownBy(() -> main.transact(TransactionOptions.commitMessage("tx"), (tx) -> {
                tx.object("shared").upload("from tx");
                LakeFSClient client = this.repositories.client();
                client.objects().upload(this.repo.id(), "main", "shared", "from elsewhere",
                        ObjectsApi.UploadOptions.defaults());
                client.branches().commit(this.repo.id(), "main", "concurrent", Map.of(), false);
            }))
            .withMessageContaining("conflicts with branch 'main'");
        assertThat(main.object("shared").readString()).isEqualTo("from elsewhere");
        assertThat(main.commit().parents()).containsExactly(before);
        assertThat(this.repo.allBranches(ListOptions.all()).map(Branch::id)).containsExactly("main");
    }

}
