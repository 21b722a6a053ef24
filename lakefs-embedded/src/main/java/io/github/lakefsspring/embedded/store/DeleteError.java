package io.github.lakefsspring.embedded.store;

/**
 * A path a bulk delete could not delete.
 *
 * @param path the path
 * @param statusCode the HTTP status lakeFS reports for it (401, 403 or 500)
 * @param message why
 */
public record DeleteError(String path, int statusCode, String message) {
}
