package io.github.lakefsspring.core;

import java.util.List;
import java.util.stream.Collectors;

import io.github.lakefsspring.client.LakeFSException;
import io.github.lakefsspring.client.model.ObjectError;

/**
 * lakeFS refused to delete some of the paths of a bulk deletion; every other path was deleted. Lists each refused
 * path with the server's reason.
 *
 * @since 0.1.0
 */
public class ObjectDeletionException extends LakeFSException {

    private static final long serialVersionUID = 1L;

    private final transient List<ObjectError> errors;

    public ObjectDeletionException(String repository, String branch, List<ObjectError> errors) {
        super("lakeFS refused to delete " + errors.size() + " path(s) on branch '" + branch + "' of repository '"
                + repository + "': " + errors.stream().limit(10)
                    .map((error) -> error.path() + " (" + error.statusCode() + " " + error.message() + ")")
                    .collect(Collectors.joining(", ")) + ((errors.size() > 10) ? ", ..." : ""));
        this.errors = List.copyOf(errors);
    }

    /** @return each refused path and why */
    public List<ObjectError> errors() {
        return this.errors;
    }

}
