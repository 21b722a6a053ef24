package io.github.lakefsspring.client;

/**
 * lakeFS forbids the operation (403): a protected or default branch, a read-only repository, an unsupported import.
 *
 * @since 0.1.0
 */
public class ForbiddenException extends LakeFSServerException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(LakeFSServerException.Request request, String serverMessage) {
        super(request, 403, serverMessage);
    }

    protected ForbiddenException(LakeFSServerException.Request request, int status, String serverMessage) {
        super(request, status, serverMessage);
    }

}
