package io.github.lakefsspring.benchmarks;

import java.io.InputStream;
import java.util.List;

/**
 * One way of talking to lakeFS, measured against the others with the same calls.
 */
interface Contender {

    String name();

    void upload(String repository, String path, byte[] content) throws Exception;

    void stat(String repository, String path) throws Exception;

    void upload(String repository, String path, InputStream content, long size) throws Exception;

    /** Downloads an object and returns how many bytes it read, without keeping them. */
    long download(String repository, String path) throws Exception;

    /** Lists every object under a prefix and returns how many there were. */
    long list(String repository, String prefix) throws Exception;

    void delete(String repository, List<String> paths) throws Exception;

}
