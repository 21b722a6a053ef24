package io.github.lakefsspring.embedded.server.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.lakefsspring.embedded.store.CommitRequest;
import io.github.lakefsspring.embedded.store.Repository;
import io.github.lakefsspring.embedded.store.StageRequest;
import io.github.lakefsspring.embedded.store.VersionedStore;
import io.github.lakefsspring.embedded.store.blockstore.BlobWriter;
import io.github.lakefsspring.embedded.store.blockstore.StoredBlob;

/**
 * What {@code sample_data: true} puts in a new repository, as lakeFS does with its own sample content: a few
 * objects on the default branch, committed as {@code Add sample data} by the creating user. The content is the
 * embedded server's own (a short README and a small CSV).
 */
final class SampleRepository {

    private static final String COMMIT_MESSAGE = "Add sample data";

    private SampleRepository() {
    }

    static void populate(VersionedStore store, Repository repository, String committer) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("README.md", "# " + repository.id() + "\n\nA sample repository created by the embedded "
                + "lakeFS-compatible server. Branch from `" + repository.defaultBranch()
                + "`, change `data/sample.csv`, commit and merge back.\n");
        files.put("data/sample.csv", "id,name,quantity\n1,alpha,10\n2,beta,20\n3,gamma,30\n");
        files.forEach((path, content) -> {
            String type = path.endsWith(".md") ? "text/markdown" : "text/csv";
            StoredBlob blob = write(store, repository, content);
            store.stageObject(repository.id(), repository.defaultBranch(), new StageRequest(path,
                    blob.physicalAddress(), blob.checksum(), blob.sizeBytes(), type, Map.of(), null, false, false));
        });
        store.commit(repository.id(), repository.defaultBranch(),
                new CommitRequest(committer, COMMIT_MESSAGE, Map.of(), null, false, false));
    }

    private static StoredBlob write(VersionedStore store, Repository repository, String content) {
        try (BlobWriter blob = store.blockstore().newBlob(repository.storageNamespace())) {
            blob.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
            return blob.commit();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
