package io.github.lakefsspring.resource;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.github.lakefsspring.core.LakeFSNames;

/**
 * A parsed {@code lakefs://repository/ref/path} location, checked with lakeFS's naming rules.
 *
 * @param repository the repository id
 * @param ref the ref (branch, tag, commit id or expression)
 * @param path the object's path
 * @since 0.1.0
 */
public record LakeFSUri(String repository, String ref, String path) {

    private static final String PREFIX = LakeFSResource.SCHEME + "://";

    public LakeFSUri {
        LakeFSNames.requireRepositoryId(repository);
        LakeFSNames.requireRef(ref);
        LakeFSNames.requirePath(path);
    }

    /**
     * @param location a {@code lakefs://repository/ref/path} location
     * @return the parsed location
     * @throws IllegalArgumentException naming the location and the expected form
     */
    public static LakeFSUri parse(String location) {
        if (!location.startsWith(PREFIX)) {
            throw invalid(location);
        }
        String rest = location.substring(PREFIX.length());
        int firstSlash = rest.indexOf('/');
        int secondSlash = (firstSlash < 0) ? -1 : rest.indexOf('/', firstSlash + 1);
        if (firstSlash <= 0 || secondSlash <= firstSlash + 1 || secondSlash == rest.length() - 1) {
            throw invalid(location);
        }
        return new LakeFSUri(rest.substring(0, firstSlash), decode(rest.substring(firstSlash + 1, secondSlash)),
                decode(rest.substring(secondSlash + 1)));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static IllegalArgumentException invalid(String location) {
        return new IllegalArgumentException("lakeFS location '" + location + "' is invalid: it must be "
                + "lakefs://repository/ref/path");
    }

    /** @return the location as a URI */
    public URI toUri() {
        return URI.create(PREFIX + this.repository + "/" + encode(this.ref) + "/" + encodePath(this.path));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String encodePath(String path) {
        return encode(path).replace("%2F", "/");
    }

    @Override
    public String toString() {
        return PREFIX + this.repository + "/" + this.ref + "/" + this.path;
    }

}
