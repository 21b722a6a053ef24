package io.github.lakefsspring.embedded.fidelity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.AuthApi;
import io.lakefs.clients.sdk.ExperimentalApi;
import io.lakefs.clients.sdk.model.ACL;
import io.lakefs.clients.sdk.model.BranchCreation;
import io.lakefs.clients.sdk.model.CommitCreation;
import io.lakefs.clients.sdk.model.CredentialsWithSecret;
import io.lakefs.clients.sdk.model.Group;
import io.lakefs.clients.sdk.model.GroupCreation;
import io.lakefs.clients.sdk.model.PullRequestCreation;
import io.lakefs.clients.sdk.model.User;
import io.lakefs.clients.sdk.model.UserCreation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import tools.jackson.databind.json.JsonMapper;

import io.github.lakefsspring.embedded.GatewayClients;
import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;

import static io.github.lakefsspring.embedded.fidelity.SdkClients.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The auth administration lakeFS serves when it runs with its ACL authorization server (users, access keys,
 * groups, memberships, group ACLs), and what a group's ACL lets its members do, over the REST API and the S3
 * gateway, driven by the official lakeFS Java SDK and the AWS SDK. Runs against the embedded server, or against
 * the lakeFS the {@code LAKEFS_IT_*} variables name when that lakeFS serves groups (lakeFS without an auth server
 * answers them 501; the test is then skipped). lakeFS and its auth server each cache users, keys and permissions
 * for about 20 seconds, so checks after a change wait for it to show.
 */
@EmbeddedLakeFS
class AuthAdministrationFidelityTests {

    private static final Duration CACHE_EXPIRY = Duration.ofSeconds(60);

    private SdkClients sdk;

    private AuthApi auth;

    private final List<String> createdUsers = new ArrayList<>();

    private final List<String> createdGroups = new ArrayList<>();

    @BeforeEach
    void connect(LakeFSTarget target) throws Exception {
        this.sdk = new SdkClients(target);
        this.auth = new AuthApi(this.sdk.client);
        int groups = this.sdk.get("/auth/groups").statusCode();
        assumeThat(groups).as("this lakeFS serves groups (it runs with an auth server)").isEqualTo(200);
    }

    @AfterEach
    void removeWhatTheTestCreated() {
        for (String user : this.createdUsers) {
            quietly(() -> this.auth.deleteUser(user).execute());
        }
        for (String group : this.createdGroups) {
            quietly(() -> this.auth.deleteGroup(group).execute());
        }
    }

    @Test
    void usersGroupsAndMembershipsAreAdministeredAsLakeFSDoes() throws Exception {
        String user = newUser();
        assertThat(message(failure(409, () -> createUser(user)))).isEqualTo("Already exists");
        assertThat(this.auth.getUser(user).execute().getId()).isEqualTo(user);
        assertThat(this.auth.listUsers().prefix(user).execute().getResults()).extracting(User::getId)
            .containsExactly(user);
        assertThat(message(failure(400, () -> createUser("50%")))).isEqualTo("User name cannot contain '%'");

        String group = newGroup("analysts of " + user);
        assertThat(message(failure(409,
                () -> this.auth.createGroup().groupCreation(new GroupCreation().id(group)).execute())))
            .isEqualTo("Already exists");
        Group read = this.auth.getGroup(group).execute();
        assertThat(read.getId()).isEqualTo(group);
        assertThat(read.getDescription()).isEqualTo("analysts of " + user);
        assertThat(this.auth.listGroups().execute().getResults()).extracting(Group::getId)
            .contains("Admins", "Supers", "Writers", "Readers", group);
        assertThat(message(failure(404, () -> this.auth.getGroup(group + "-missing").execute())))
            .isEqualTo("group not found");

        this.auth.addGroupMembership(group, user).execute();
        assertThat(message(failure(409, () -> this.auth.addGroupMembership(group, user).execute())))
            .isEqualTo("Already exists");
        assertThat(message(failure(404, () -> this.auth.addGroupMembership(group, user + "-missing").execute())))
            .isEqualTo("not found");
        assertThat(this.auth.listGroupMembers(group).execute().getResults()).extracting(User::getId)
            .containsExactly(user);
        assertThat(this.auth.listUserGroups(user).execute().getResults()).extracting(Group::getId)
            .containsExactly(group);

        assertThat(this.auth.getGroupACL(group).execute().getPermission()).isEmpty();
        this.auth.setGroupACL(group, new ACL().permission("Write")).execute();
        assertThat(this.auth.getGroupACL(group).execute().getPermission()).isEqualTo("Write");
        assertThat(this.auth.getGroupACL("Readers").execute().getPermission()).isEqualTo("Read");
        assertThat(message(failure(400, () -> this.auth.setGroupACL(group, new ACL().permission("Owner")).execute())))
            .isEqualTo(group + ": translate ACL {Permission:Owner} to statements: validation error: Bad ACL "
                    + "permission \"Owner\"");
        assertThat(message(failure(404,
                () -> this.auth.setGroupACL(group + "-missing", new ACL().permission("Read")).execute())))
            .isEqualTo("attach policy ACL(_-_)" + group + "-missing to group " + group + "-missing: not found");

        this.auth.deleteGroupMembership(group, user).execute();
        assertThat(this.auth.listGroupMembers(group).execute().getResults()).isEmpty();
        this.auth.deleteGroup(group).execute();
        this.auth.deleteUser(user).execute();
        eventually(() -> assertThat(message(failure(404, () -> this.auth.getUser(user).execute())))
            .isEqualTo("user not found"));
        eventually(() -> failure(404, () -> this.auth.getGroup(group).execute()));
    }

    @Test
    void accessKeysAreIssuedOnceListedWithoutSecretsAndDeleted() throws Exception {
        String user = newUser();
        CredentialsWithSecret key = this.auth.createCredentials(user).execute();
        assertThat(key.getAccessKeyId()).matches("AKIAJ[A-Z0-9]{15}");
        assertThat(key.getSecretAccessKey()).hasSize(40);
        assertThat(this.auth.listUserCredentials(user).execute().getResults())
            .singleElement()
            .satisfies((listed) -> assertThat(listed.getAccessKeyId()).isEqualTo(key.getAccessKeyId()));
        assertThat(this.auth.getCredentials(user, key.getAccessKeyId()).execute().getAccessKeyId())
            .isEqualTo(key.getAccessKeyId());
        assertThat(message(failure(404, () -> this.auth.createCredentials(user + "-missing").execute())))
            .isEqualTo("not found");

        AuthApi asUser = new AuthApi(new SdkClients(this.sdk.target, key.getAccessKeyId(), key.getSecretAccessKey())
            .client);
        assertThat(asUser.getCurrentUser().execute().getUser().getId()).isEqualTo(user);

        this.auth.deleteCredentials(user, key.getAccessKeyId()).execute();
        assertThat(this.auth.listUserCredentials(user).execute().getResults()).isEmpty();
        eventually(() -> assertThat(message(failure(401, () -> asUser.getCurrentUser().execute())))
            .isEqualTo("error authenticating request"));
        eventually(() -> assertThat(message(failure(404,
                () -> this.auth.deleteCredentials(user, key.getAccessKeyId()).execute())))
            .isEqualTo("credentials not found"));
    }

    @Test
    void aUserInNoGroupAuthenticatesButMayDoNothingElse() throws Exception {
        String repo = this.sdk.newRepository("acl");
        String user = newUser();
        SdkClients asUser = clientOf(user);
        assertThat(new AuthApi(asUser.client).getCurrentUser().execute().getUser().getId()).isEqualTo(user);
        assertThat(message(failure(401, () -> asUser.repositories.listRepositories().execute())))
            .isEqualTo("insufficient permissions");
        assertThat(message(failure(401, () -> asUser.repositories.getRepository(repo).execute())))
            .isEqualTo("insufficient permissions: not allowed to fs:ReadRepository");
    }

    @Test
    void readersReadAndManageTheirOwnKeysOnly() throws Exception {
        String repo = repositoryWithData();
        String user = newUser("Readers");
        SdkClients reader = clientOf(user);

        assertThat(reader.repositories.listRepositories().execute().getResults()).isNotEmpty();
        assertThat(reader.objects.statObject(repo, "main", "data.csv").execute().getSizeBytes()).isEqualTo(4);
        assertThat(message(failure(401, () -> reader.branches.createBranch(repo,
                new BranchCreation().name("mine").source("main")).execute())))
            .isEqualTo("insufficient permissions: not allowed to fs:CreateBranch");
        assertThat(message(failure(401, () -> reader.objects.deleteObject(repo, "main", "data.csv").execute())))
            .isEqualTo("insufficient permissions: not allowed to fs:DeleteObject");
        AuthApi readerAuth = new AuthApi(reader.client);
        assertThat(readerAuth.listUserCredentials(user).execute().getResults()).hasSize(1);
        assertThat(message(failure(401, () -> readerAuth.listUserCredentials(currentUser()).execute())))
            .isEqualTo("insufficient permissions: not allowed to auth:ListCredentials");
        assertThat(message(failure(401, () -> readerAuth.listGroups().execute())))
            .isEqualTo("insufficient permissions: not allowed to auth:ListGroups");
    }

    @Test
    void writersCommitButNeitherOpenPullRequestsNorProtectBranches() throws Exception {
        String repo = this.sdk.newRepository("acl");
        this.sdk.branches.createBranch(repo, new BranchCreation().name("feature").source("main")).execute();
        String user = newUser("Writers");
        SdkClients writer = clientOf(user);

        ObjectFidelityTests.upload(writer, repo, "feature", "by-writer.txt", "w");
        assertThat(writer.commits.commit(repo, "feature", new CommitCreation().message("by a writer")).execute()
            .getCommitter()).isEqualTo(user);
        assertThat(message(failure(401, () -> new ExperimentalApi(writer.client).createPullRequest(repo,
                new PullRequestCreation().title("t").sourceBranch("feature").destinationBranch("main")).execute())))
            .isEqualTo("insufficient permissions: not allowed to pr:WritePullRequest");
        assertThat(message(failure(401, () -> writer.repositories.deleteRepository(repo).execute())))
            .isEqualTo("insufficient permissions: not allowed to fs:DeleteRepository");
    }

    @Test
    void theS3GatewayAppliesTheSameAcls() throws Exception {
        String repo = repositoryWithData();
        String user = newUser("Readers");
        CredentialsWithSecret key = this.auth.createCredentials(user).execute();
        try (S3Client reader = s3(key)) {
            eventually(() -> assertThat(reader.getObjectAsBytes((get) -> get.bucket(repo).key("main/data.csv"))
                .asUtf8String()).isEqualTo("a,b\n"));
            assertThatExceptionOfType(S3Exception.class)
                .isThrownBy(() -> reader.putObject((put) -> put.bucket(repo).key("main/new.csv"),
                        RequestBody.fromString("x")))
                .satisfies((refused) -> {
                    assertThat(refused.statusCode()).isEqualTo(403);
                    assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                });
        }
    }

    /** @return a new repository whose {@code main} holds {@code data.csv} ({@code a,b}) */
    private String repositoryWithData() throws Exception {
        String repo = this.sdk.newRepository("acl");
        ObjectFidelityTests.upload(this.sdk, repo, "main", "data.csv", "a,b\n");
        return repo;
    }

    /** @return a new user, member of the group */
    private String newUser(String group) throws ApiException {
        String user = newUser();
        this.auth.addGroupMembership(group, user).execute();
        return user;
    }

    private String newUser() throws ApiException {
        String user = "it-user-" + Long.toString(System.nanoTime(), 36);
        this.createdUsers.add(user);
        assertThat(createUser(user).getId()).isEqualTo(user);
        return user;
    }

    private User createUser(String user) throws ApiException {
        return this.auth.createUser().userCreation(new UserCreation().id(user)).execute();
    }

    private String newGroup(String description) throws ApiException {
        String group = "it-group-" + Long.toString(System.nanoTime(), 36);
        this.createdGroups.add(group);
        GroupCreation creation = new GroupCreation().id(group).description(description);
        assertThat(this.auth.createGroup().groupCreation(creation).execute().getId()).isEqualTo(group);
        return group;
    }

    /** A client acting as the user, with a new access key, once lakeFS has seen the key. */
    private SdkClients clientOf(String user) throws Exception {
        CredentialsWithSecret key = this.auth.createCredentials(user).execute();
        SdkClients client = new SdkClients(this.sdk.target, key.getAccessKeyId(), key.getSecretAccessKey());
        eventually(() -> new AuthApi(client.client).getCurrentUser().execute());
        return client;
    }

    private S3Client s3(CredentialsWithSecret key) {
        return GatewayClients.s3(this.sdk.target.endpoint(), key.getAccessKeyId(), key.getSecretAccessKey());
    }

    private String currentUser() throws ApiException {
        return this.auth.getCurrentUser().execute().getUser().getId();
    }

    /**
     * Runs a check until it passes: at once on the embedded server, within lakeFS's cache expiry on a real one.
     */
    private void eventually(SdkClients.ThrowingCall check) throws Exception {
        long deadline = System.nanoTime() + CACHE_EXPIRY.toNanos();
        while (true) {
            try {
                check.run();
                return;
            }
            catch (AssertionError | Exception ex) {
                if (!this.sdk.target.isRealLakeFS() || System.nanoTime() > deadline) {
                    throw ex;
                }
                Thread.sleep(500);
            }
        }
    }

    private static void quietly(SdkClients.ThrowingCall call) {
        try {
            call.run();
        }
        catch (Exception ex) {
            // already gone
        }
    }

    private static String message(ApiException failure) {
        return JsonMapper.builder().build().readTree(failure.getResponseBody()).path("message").asString();
    }

}
