package io.github.lakefsspring.benchmarks;

import java.io.InputStream;
import java.util.List;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.ObjectsApi.UploadOptions;
import io.github.lakefsspring.core.Branch;
import io.github.lakefsspring.core.ObjectListOptions;
import io.github.lakefsspring.core.RepositoryTemplate;

/**
 * This project's client: {@link LakeFSClient} for single calls, the high-level API for listings and batches.
 */
final class OurClient implements Contender {

    private final LakeFSClient client;

    private final RepositoryTemplate repositories;

    OurClient(LakeFSClient client) {
        this.client = client;
        this.repositories = new RepositoryTemplate(client);
    }

    @Override
    public String name() {
        return "lakefs-spring-boot";
    }

    @Override
    public void upload(String repository, String path, byte[] content) {
        this.client.objects().upload(repository, "main", path, content, UploadOptions.defaults());
    }

    @Override
    public void stat(String repository, String path) {
        this.client.objects().stat(repository, "main", path, false, true);
    }

    @Override
    public void upload(String repository, String path, InputStream content, long size) {
        this.client.objects().upload(repository, "main", path, content, size, UploadOptions.defaults());
    }

    @Override
    public long download(String repository, String path) throws Exception {
        try (InputStream in = this.client.objects().read(repository, "main", path, null)) {
            return Streams.drain(in);
        }
    }

    @Override
    public long list(String repository, String prefix) {
        return this.repositories.repository(repository).branch("main")
            .objects(ObjectListOptions.prefix(prefix).withPageSize(1000).withUserMetadata(false)).count();
    }

    @Override
    public void delete(String repository, List<String> paths) {
        Branch main = this.repositories.repository(repository).branch("main");
        main.deleteObjects(paths);
    }

}
