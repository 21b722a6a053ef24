package io.github.lakefsspring.embedded.server.http;

import java.nio.file.Path;

/** What follows a response's headers. */
public sealed interface ResponseBody {

    /** No body at all. */
    ResponseBody NONE = new None();

    /** No body. */
    record None() implements ResponseBody {
    }

    /** A value written as lakeFS JSON ({@code application/json}). */
    record Json(Object value) implements ResponseBody {
    }

    /** Text written as is, with the given content type. */
    record Text(String text, String contentType) implements ResponseBody {
    }

    /** Bytes streamed from a file without copying them through the heap. */
    record FileRegion(Path file, long offset, long length) implements ResponseBody {
    }
}
