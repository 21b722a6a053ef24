package io.github.lakefsspring.client;

/**
 * lakeFS answered {@code 501 Not Implemented}: this server does not offer the operation, such as group and policy
 * administration on lakeFS open source, or an operation the embedded server does not implement. Not retried.
 *
 * @since 0.2.0
 */
public class NotImplementedException extends ServerErrorException {

    private static final long serialVersionUID = 1L;

    public NotImplementedException(LakeFSServerException.Request request, String serverMessage) {
        super(request, 501, serverMessage);
    }

}
