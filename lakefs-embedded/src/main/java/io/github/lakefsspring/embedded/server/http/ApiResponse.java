package io.github.lakefsspring.embedded.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A response to send: status, headers in the order they were added, and a body.
 *
 * @param status the HTTP status
 * @param headers header name/value pairs
 * @param body the body
 */
public record ApiResponse(int status, List<Map.Entry<String, String>> headers, ResponseBody body) {

    public ApiResponse {
        headers = List.copyOf(headers);
    }

    /** A JSON response. */
    public static ApiResponse json(int status, Object value) {
        return new ApiResponse(status, List.of(), new ResponseBody.Json(value));
    }

    /** A response with a status and nothing else. */
    public static ApiResponse status(int status) {
        return new ApiResponse(status, List.of(), ResponseBody.NONE);
    }

    /** 204 with no body. */
    public static ApiResponse noContent() {
        return status(204);
    }

    /** A plain-text response. */
    public static ApiResponse text(int status, String text, String contentType) {
        return new ApiResponse(status, List.of(), new ResponseBody.Text(text, contentType));
    }

    /** @return a copy with one more header */
    public ApiResponse withHeader(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(name, value));
        return new ApiResponse(status, more, body);
    }

    /** @return a copy with the headers of {@code other} added before this response's own */
    public ApiResponse withHeadersFirst(List<Map.Entry<String, String>> first) {
        List<Map.Entry<String, String>> all = new ArrayList<>(first);
        all.addAll(headers);
        return new ApiResponse(status, all, body);
    }
}
