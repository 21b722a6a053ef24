package io.github.lakefsspring.client;

/**
 * lakeFS did not accept the credentials (401), or they lack a permission lakeFS checks as authentication.
 *
 * @since 0.1.0
 */
public class NotAuthorizedException extends LakeFSServerException {

    private static final long serialVersionUID = 1L;

    public NotAuthorizedException(LakeFSServerException.Request request, String serverMessage) {
        super(request, 401, serverMessage);
    }

    protected NotAuthorizedException(LakeFSServerException.Request request, int status, String serverMessage) {
        super(request, status, serverMessage);
    }

}
