package io.github.lakefsspring.client;

/**
 * lakeFS answered with a status that has no more specific exception, usually a server error (5xx).
 *
 * @since 0.1.0
 */
public class ServerErrorException extends LakeFSServerException {

    private static final long serialVersionUID = 1L;

    public ServerErrorException(LakeFSServerException.Request request, int status, String serverMessage) {
        super(request, status, serverMessage);
    }

}
