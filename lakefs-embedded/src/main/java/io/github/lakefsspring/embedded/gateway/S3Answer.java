package io.github.lakefsspring.embedded.gateway;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An answer to write: a status, headers, and a body of bytes or a file region.
 */
record S3Answer(int status, Map<String, String> headers, byte @Nullable [] body, @Nullable Path file,
        long offset, long length) {

    static S3Answer xml(int status, String xml) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/xml");
        return new S3Answer(status, headers, xml.getBytes(StandardCharsets.UTF_8), null, 0, 0);
    }

    static S3Answer empty(int status) {
        return new S3Answer(status, new LinkedHashMap<>(), null, null, 0, 0);
    }

    S3Answer withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(this.headers);
        more.put(name, value);
        return new S3Answer(this.status, more, this.body, this.file, this.offset, this.length);
    }

}
