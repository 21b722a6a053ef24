package io.github.lakefsspring.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.lakefsspring.client.model.AccessKey;
import io.github.lakefsspring.client.model.CopyPartSource;
import io.github.lakefsspring.client.model.Group;
import io.github.lakefsspring.client.model.NewAccessKey;
import io.github.lakefsspring.client.model.ObjectStats;
import io.github.lakefsspring.client.model.PresignedMultipartUpload;
import io.github.lakefsspring.client.model.PullRequest;
import io.github.lakefsspring.client.model.PullRequestStatus;
import io.github.lakefsspring.client.model.RefsTaskStatus;
import io.github.lakefsspring.client.model.User;
import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The client's pull request, administration and repository-metadata calls over real HTTP, against the embedded
 * server or the lakeFS the {@code LAKEFS_IT_*} variables name: typed records, and {@code 501} as
 * {@link NotImplementedException}. User and group administration needs a lakeFS with an auth server (or the
 * embedded server).
 */
@EmbeddedLakeFS
class GovernanceClientTests {

    private LakeFSTarget target;

    private LakeFSClient client;

    private String repository;

    @BeforeEach
    void connect(LakeFSTarget target) {
        this.target = target;
        this.client = LakeFSClient.create(
                LakeFSClientSettings.of(target.endpoint().toString(), target.accessKeyId(), target.secretAccessKey()));
        this.repository = "gov-" + Long.toString(System.nanoTime(), 36);
        this.client.repositories().create(this.repository, target.uniqueNamespace(this.repository), "main", false, null);
        this.client.branches().create(this.repository, "feature", "main", false);
        this.client.objects().upload(this.repository, "feature", "a.txt", "a", ObjectsApi.UploadOptions.defaults());
        this.client.branches().commit(this.repository, "feature", "add a", Map.of(), false);
    }

    @Test
    void pullRequestsGoFromOpenToMerged() {
        PullRequestsApi pulls = this.client.pullRequests();
        String id = pulls.create(this.repository, "Add a", "the a file", "feature", "main");
        PullRequest opened = pulls.get(this.repository, id);
        assertThat(opened.status()).isEqualTo(PullRequestStatus.OPEN);
        assertThat(opened.description()).isEqualTo("the a file");
        assertThat(opened.author()).isEqualTo(this.client.server().currentUser().id());
        assertThat(pulls.list(this.repository, PullRequestStatus.OPEN, null, null, 100).results())
            .singleElement()
            .satisfies((listed) -> assertThat(listed.description()).isNull());
        pulls.update(this.repository, id, null, "Add the a file", null);
        String merge = pulls.merge(this.repository, id);
        PullRequest merged = pulls.get(this.repository, id);
        assertThat(merged.status()).isEqualTo(PullRequestStatus.MERGED);
        assertThat(merged.title()).isEqualTo("Add the a file");
        assertThat(merged.mergedCommitId()).isEqualTo(merge);
        assertThat(merged.closedDate()).isAfterOrEqualTo(merged.creationDate());
        assertThat(this.client.refs().commit(this.repository, "main").id()).isEqualTo(merge);
        assertThat(pulls.list(this.repository, PullRequestStatus.CLOSED, null, null, 100).results()).hasSize(1);
        assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> pulls.merge(this.repository, id))
            .withMessageContaining("bad pull request status");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> pulls.list(this.repository, PullRequestStatus.MERGED, null, null, 100))
            .withMessageContaining("MERGED");
    }

    @Test
    void usersAndAccessKeysAreReadAndPoliciesAreNotImplemented() {
        AuthApi auth = this.client.auth();
        String me = this.client.server().currentUser().id();
        assertThat(auth.users(null, null, 100).results()).extracting(User::id).contains(me);
        assertThat(auth.user(me).id()).isEqualTo(me);
        assertThat(auth.accessKey(me, this.target.accessKeyId()).accessKeyId()).isEqualTo(this.target.accessKeyId());
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> auth.user("no-such-user"));
        assertThatExceptionOfType(NotImplementedException.class).isThrownBy(() -> auth.policies(null, null, 100))
            .satisfies((ex) -> assertThat(ex.status()).isEqualTo(501));
    }

    @Test
    void aUserJoinsAGroupAndWritesWithItsOwnKey() {
        AuthApi auth = this.client.auth();
        assumeTrue(servesGroups(auth), "this lakeFS serves groups (it runs with an auth server)");
        String user = "etl-" + Long.toString(System.nanoTime(), 36);
        String group = "loaders-" + Long.toString(System.nanoTime(), 36);
        try {
            assertThat(auth.createUser(user, null).id()).isEqualTo(user);
            assertThat(auth.createGroup(group, "loads data").id()).isEqualTo(group);
            auth.setGroupAcl(group, "Write");
            assertThat(auth.groupAcl(group)).isEqualTo("Write");
            auth.addGroupMember(group, user);
            assertThat(auth.groupMembers(group, null, null, 100).results()).extracting(User::id).containsExactly(user);
            assertThat(auth.userGroups(user, null, null, 100).results()).extracting(Group::id)
                .containsExactly(group);
            NewAccessKey key = auth.createAccessKey(user);
            assertThat(auth.accessKeys(user, null, null, 100).results()).extracting(AccessKey::accessKeyId)
                .containsExactly(key.accessKeyId());

            LakeFSClient asUser = LakeFSClient.create(LakeFSClientSettings.of(this.target.endpoint().toString(),
                    key.accessKeyId(), key.secretAccessKey()));
            asUser.objects().upload(this.repository, "feature", "b.txt", "b", ObjectsApi.UploadOptions.defaults());
            assertThat(asUser.branches().commit(this.repository, "feature", "add b", Map.of(), false).committer())
                .isEqualTo(user);
            assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> asUser.pullRequests().create(this.repository, "t", null, "feature", "main"))
                .withMessageContaining("not allowed to pr:WritePullRequest");
        }
        finally {
            auth.deleteGroup(group);
            auth.deleteUser(user);
        }
    }

    private static boolean servesGroups(AuthApi auth) {
        try {
            auth.groups(null, null, 1);
            return true;
        }
        catch (NotImplementedException ex) {
            return false;
        }
    }

    @Test
    void aNewAccessKeyNeverShowsItsSecretInItsString() {
        NewAccessKey key = new NewAccessKey("AKIAEXAMPLE", "very-secret", 1L);
        assertThat(key.toString()).contains("AKIAEXAMPLE").doesNotContain("very-secret");
    }

    @Test
    void objectPropertiesAndMetadataLocationsAreRead() {
        // none on a local blockstore and on the embedded server; the object store's own class on S3
        assertThat(this.client.objects().storageClass(this.repository, "feature", "a.txt")).isIn(null, "", "STANDARD");
        assertThatExceptionOfType(ObjectNotFoundException.class)
            .isThrownBy(() -> this.client.objects().storageClass(this.repository, "feature", "missing.txt"));
        assertThat(this.client.repositories().metaRangeLocation(this.repository, "abc")).isEqualTo("_lakefs/abc");
        assertThat(this.client.repositories().rangeLocation(this.repository, "def")).isEqualTo("_lakefs/def");
    }

    @Test
    void refsDumpsRunOnLakeFSAndAreNotImplementedByTheEmbeddedServer() throws InterruptedException {
        if (!this.target.isRealLakeFS()) {
            assertThatExceptionOfType(NotImplementedException.class)
                .isThrownBy(() -> this.client.repositories().dumpRefs(this.repository))
                .withMessageContaining("dumpSubmit");
            return;
        }
        String task = this.client.repositories().dumpRefs(this.repository);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        RefsTaskStatus status = this.client.repositories().dumpStatus(this.repository, task);
        while (!status.done() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = this.client.repositories().dumpStatus(this.repository, task);
        }
        assertThat(status.done()).isTrue();
        assertThat(status.error()).isNull();
        assertThat(status.refs()).isNotNull();
    }

    @Test
    void aPartPresignedOnItsOwnCompletesAMultipartUpload() {
        assumeTrue(this.client.server().config().storageConfig().preSignMultipartUpload(),
                "the server's blockstore presigns multipart uploads");
        StagingApi staging = this.client.staging();
        PresignedMultipartUpload upload = staging.createMultipart(this.repository, "main", "big.bin", 0);
        String url = staging.presignPart(this.repository, "main", "big.bin", upload, 1);
        String etag = staging.write(url, UploadBody.of("one part"));
        staging.completeMultipart(this.repository, "main", "big.bin", upload, List.of(etag), null, Map.of());
        assertThat(this.client.objects().read(this.repository, "main", "big.bin", null))
            .hasContent("one part");
        assertThatExceptionOfType(BadRequestException.class)
            .isThrownBy(() -> staging.presignPart(this.repository, "main", "big.bin", upload, 10_001));
    }

    @Test
    void aPartCopiedFromAnObjectCompletesAMultipartUpload() {
        assumeTrue(this.client.server().config().storageConfig().preSignMultipartUpload(),
                "the server's blockstore presigns multipart uploads");
        StagingApi staging = this.client.staging();
        PresignedMultipartUpload upload = staging.createMultipart(this.repository, "main", "copied.bin", 0);
        byte[] fiveMebibytes = new byte[5 * 1024 * 1024];
        Arrays.fill(fiveMebibytes, (byte) 'a');
        this.client.objects().upload(this.repository, "feature", "big.bin", fiveMebibytes,
                ObjectsApi.UploadOptions.defaults());
        this.client.objects().upload(this.repository, "feature", "abc.txt", "abcdef", ObjectsApi.UploadOptions.defaults());
        this.client.branches().commit(this.repository, "feature", "add sources", Map.of(), false);
        // every part but the last is at least 5 MiB, as S3 requires
        String whole = staging.copyPart(this.repository, "main", "copied.bin", upload, 1,
                new CopyPartSource(this.repository, "feature", "big.bin", null));
        String tail = staging.copyPart(this.repository, "main", "copied.bin", upload, 2,
                new CopyPartSource(this.repository, "feature", "abc.txt", "bytes=3-5"));
        staging.completeMultipart(this.repository, "main", "copied.bin", upload, List.of(whole, tail), null,
                Map.of());
        ObjectStats copied = this.client.objects().stat(this.repository, "main", "copied.bin", false, false);
        assertThat(copied.sizeBytes()).isEqualTo(fiveMebibytes.length + 3);
        assertThat(this.client.objects().read(this.repository, "main", "copied.bin", "bytes=5242878-5242882"))
            .hasContent("aadef");
    }

}
