package io.github.lakefsspring.client;

/**
 * The object a request names does not exist at that ref (404).
 *
 * @since 0.1.0
 */
public class ObjectNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public ObjectNotFoundException(LakeFSServerException.Request request, String serverMessage) {
        super(request, 404, serverMessage);
    }

    protected ObjectNotFoundException(LakeFSServerException.Request request, int status, String serverMessage) {
        super(request, status, serverMessage);
    }

}
