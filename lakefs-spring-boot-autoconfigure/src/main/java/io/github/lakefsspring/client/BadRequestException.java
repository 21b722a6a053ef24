package io.github.lakefsspring.client;

/**
 * lakeFS refused a request as invalid (400): a bad name or value, or an operation that does not apply, such as a commit without changes.
 *
 * @since 0.1.0
 */
public class BadRequestException extends LakeFSServerException {

    private static final long serialVersionUID = 1L;

    public BadRequestException(LakeFSServerException.Request request, String serverMessage) {
        super(request, 400, serverMessage);
    }

    protected BadRequestException(LakeFSServerException.Request request, int status, String serverMessage) {
        super(request, status, serverMessage);
    }

}
