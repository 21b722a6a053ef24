package io.github.lakefsspring.client;

/**
 * lakeFS is rate-limiting the client (429).
 *
 * @since 0.1.0
 */
public class TooManyRequestsException extends LakeFSServerException {

    private static final long serialVersionUID = 1L;

    public TooManyRequestsException(LakeFSServerException.Request request, String serverMessage) {
        super(request, 429, serverMessage);
    }

    protected TooManyRequestsException(LakeFSServerException.Request request, int status, String serverMessage) {
        super(request, status, serverMessage);
    }

}
