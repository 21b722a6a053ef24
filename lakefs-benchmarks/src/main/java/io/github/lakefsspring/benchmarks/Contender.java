package io.github.lakefsspring.benchmarks;

import java.io.InputStream;
import java.util.List;

/**
 * One way of talking to lakeFS, measured against the others with the same calls. Paths are on the branch named.
 */
interface Contender extends Rounds.Named {

    void upload(String repository, String branch, String path, byte[] content) throws Exception;

    void stat(String repository, String path) throws Exception;

    /** Reads a small object whole and returns its size. */
    long get(String repository, String path) throws Exception;

    void commit(String repository, String branch, String message) throws Exception;

    void upload(String repository, String path, InputStream content, long size) throws Exception;

    /** Downloads an object and returns how many bytes it read, without keeping them. */
    long download(String repository, String path) throws Exception;

    /** Lists every object under a prefix and returns how many there were. */
    long list(String repository, String prefix) throws Exception;

    void delete(String repository, String branch, List<String> paths) throws Exception;

}
