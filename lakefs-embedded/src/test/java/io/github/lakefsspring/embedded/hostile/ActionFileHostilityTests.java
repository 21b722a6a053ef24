package io.github.lakefsspring.embedded.hostile;

import java.io.File;
import java.nio.file.Files;

import io.lakefs.clients.sdk.ApiClient;
import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.CommitsApi;
import io.lakefs.clients.sdk.ObjectsApi;
import io.lakefs.clients.sdk.RepositoriesApi;
import io.lakefs.clients.sdk.model.CommitCreation;
import io.lakefs.clients.sdk.model.RepositoryCreation;
import org.junit.jupiter.api.Test;

import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;
import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Action files are untrusted input: a YAML alias bomb is refused as an invalid action (SnakeYAML's alias limit),
 * and a hook type the embedded server cannot run fails the event naming the type, never hanging or crashing.
 */
@EmbeddedLakeFS
class ActionFileHostilityTests {

    private String commitWithAction(EmbeddedLakeFSServer server, String yaml) throws Exception {
        ApiClient client = new ApiClient();
        client.setBasePath(server.apiEndpoint().toString());
        client.setUsername(server.accessKeyId());
        client.setPassword(server.secretAccessKey());
        String repo = "hostile-actions-" + Long.toString(System.nanoTime(), 36);
        new RepositoriesApi(client).createRepository(new RepositoryCreation().name(repo)
            .storageNamespace("s3://hostile-actions/" + repo)).execute();
        File file = File.createTempFile("action", ".yaml");
        file.deleteOnExit();
        Files.writeString(file.toPath(), yaml);
        new ObjectsApi(client).uploadObject(repo, "main", "_lakefs_actions/a.yaml").content(file).execute();
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new CommitsApi(client).commit(repo, "main", new CommitCreation().message("m")).execute());
        assertThat(refused).isNotNull();
        assertThat(refused.getCode()).isEqualTo(412);
        return refused.getResponseBody();
    }

    @Test
    void aYamlAliasBombIsAnInvalidActionAnsweredAtOnce(EmbeddedLakeFSServer server) throws Exception {
        StringBuilder bomb = new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
        for (char level = 'b'; level <= 'k'; level++) {
            bomb.append(level).append(": &").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append((char) (level - 1));
            }
            bomb.append("]\n");
        }
        assertThat(commitWithAction(server, bomb.toString())).contains("pre-commit hook aborted: invalid action file "
                + "_lakefs_actions/a.yaml");
    }

    @Test
    void aHookTypeTheServerCannotRunFailsTheEventNamingIt(EmbeddedLakeFSServer server) throws Exception {
        assertThat(commitWithAction(server, """
                name: lua check
                on:
                  pre-commit:
                hooks:
                  - id: script
                    type: lua
                    properties:
                      script: "print(1)"
                """)).contains("failed on action 'lua check' hook 'script': action failed: hook type 'lua' is not "
                        + "supported by the embedded lakeFS server (webhook is)");
    }

}
