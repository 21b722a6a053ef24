package io.github.lakefsspring.client;

/**
 * lakeFS does not support the operation on this server (405).
 *
 * @since 0.1.0
 */
public class MethodNotAllowedException extends LakeFSServerException {

    private static final long serialVersionUID = 1L;

    public MethodNotAllowedException(LakeFSServerException.Request request, String serverMessage) {
        super(request, 405, serverMessage);
    }

    protected MethodNotAllowedException(LakeFSServerException.Request request, int status, String serverMessage) {
        super(request, status, serverMessage);
    }

}
