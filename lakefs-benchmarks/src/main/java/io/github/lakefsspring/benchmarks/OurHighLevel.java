package io.github.lakefsspring.benchmarks;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import io.github.lakefsspring.core.Repository;
import io.github.lakefsspring.core.RepositoryTemplate;
import io.github.lakefsspring.core.WriteOptions;

/**
 * This project's high-level API with default options, as an application writes it: uploads choose their path by
 * size (the presign threshold), reads follow the server's storage (presigned where it allows, like the Python SDK).
 */
final class OurHighLevel implements Contender {

    private final RepositoryTemplate repositories;

    private final OurClient lowLevel;

    OurHighLevel(RepositoryTemplate repositories, OurClient lowLevel) {
        this.repositories = repositories;
        this.lowLevel = lowLevel;
    }

    @Override
    public String name() {
        return "lakefs-spring-boot, high-level defaults";
    }

    private Repository repository(String id) {
        return this.repositories.repository(id);
    }

    @Override
    public void upload(String repository, String branch, String path, byte[] content) {
        repository(repository).branch(branch).object(path).upload(content, WriteOptions.defaults());
    }

    @Override
    public void stat(String repository, String path) {
        repository(repository).branch("main").object(path).stat();
    }

    @Override
    public long get(String repository, String path) throws Exception {
        try (InputStream in = repository(repository).branch("main").object(path).openStream()) {
            return in.readAllBytes().length;
        }
    }

    @Override
    public void commit(String repository, String branch, String message) {
        repository(repository).branch(branch).commit(message, Map.of());
    }

    @Override
    public void upload(String repository, String path, InputStream content, long size) {
        repository(repository).branch("main").object(path).upload(content, WriteOptions.defaults());
    }

    @Override
    public long download(String repository, String path) throws Exception {
        try (InputStream in = repository(repository).branch("main").object(path).openStream()) {
            return Streams.drain(in);
        }
    }

    @Override
    public long list(String repository, String prefix) {
        return this.lowLevel.list(repository, prefix);
    }

    @Override
    public void delete(String repository, String branch, List<String> paths) {
        this.lowLevel.delete(repository, branch, paths);
    }

}
