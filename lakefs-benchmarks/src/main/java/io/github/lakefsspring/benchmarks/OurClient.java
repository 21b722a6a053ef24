package io.github.lakefsspring.benchmarks;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.ObjectsApi.UploadOptions;
import io.github.lakefsspring.core.Branch;
import io.github.lakefsspring.core.ObjectListOptions;
import io.github.lakefsspring.core.RepositoryTemplate;

/**
 * This project's {@link LakeFSClient}, call for call as the official SDK is used (listings and batches through the
 * high-level API, which pages and splits for the caller).
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
    public void upload(String repository, String branch, String path, byte[] content) {
        this.client.objects().upload(repository, branch, path, content, UploadOptions.defaults());
    }

    @Override
    public void stat(String repository, String path) {
        this.client.objects().stat(repository, "main", path, false, true);
    }

    @Override
    public long get(String repository, String path) throws Exception {
        try (InputStream in = this.client.objects().read(repository, "main", path, null)) {
            return in.readAllBytes().length;
        }
    }

    @Override
    public void commit(String repository, String branch, String message) {
        this.client.branches().commit(repository, branch, message, Map.of(), false);
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
    public void delete(String repository, String branch, List<String> paths) {
        Branch target = this.repositories.repository(repository).branch(branch);
        target.deleteObjects(paths);
    }

}
