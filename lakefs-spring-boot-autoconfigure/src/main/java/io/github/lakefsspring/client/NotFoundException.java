package io.github.lakefsspring.client;

/**
 * What the request names does not exist (404): a repository, branch, tag, commit, object or import.
 *
 * @since 0.1.0
 */
public class NotFoundException extends LakeFSServerException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(LakeFSServerException.Request request, String serverMessage) {
        super(request, 404, serverMessage);
    }

    protected NotFoundException(LakeFSServerException.Request request, int status, String serverMessage) {
        super(request, status, serverMessage);
    }

}
