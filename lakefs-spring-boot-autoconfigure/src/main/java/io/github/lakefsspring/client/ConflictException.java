package io.github.lakefsspring.client;

/**
 * The request conflicts with the server's state (409): a name already taken, a merge conflict, a finished import.
 *
 * @since 0.1.0
 */
public class ConflictException extends LakeFSServerException {

    private static final long serialVersionUID = 1L;

    public ConflictException(LakeFSServerException.Request request, String serverMessage) {
        super(request, 409, serverMessage);
    }

    protected ConflictException(LakeFSServerException.Request request, int status, String serverMessage) {
        super(request, status, serverMessage);
    }

}
