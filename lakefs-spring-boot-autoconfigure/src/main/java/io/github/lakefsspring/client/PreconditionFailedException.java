package io.github.lakefsspring.client;

/**
 * A condition of the request did not hold (412), such as creating an object that already exists.
 *
 * @since 0.1.0
 */
public class PreconditionFailedException extends LakeFSServerException {

    private static final long serialVersionUID = 1L;

    public PreconditionFailedException(LakeFSServerException.Request request, String serverMessage) {
        super(request, 412, serverMessage);
    }

    protected PreconditionFailedException(LakeFSServerException.Request request, int status, String serverMessage) {
        super(request, status, serverMessage);
    }

}
