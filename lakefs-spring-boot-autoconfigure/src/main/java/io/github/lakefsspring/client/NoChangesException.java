package io.github.lakefsspring.client;

/**
 * A commit or merge had nothing to apply (lakeFS's "no changes").
 *
 * @since 0.1.0
 */
public class NoChangesException extends BadRequestException {

    private static final long serialVersionUID = 1L;

    public NoChangesException(LakeFSServerException.Request request, String serverMessage) {
        super(request, 400, serverMessage);
    }

    protected NoChangesException(LakeFSServerException.Request request, int status, String serverMessage) {
        super(request, status, serverMessage);
    }

}
