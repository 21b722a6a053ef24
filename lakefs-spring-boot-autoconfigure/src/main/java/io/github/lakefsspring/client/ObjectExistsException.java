package io.github.lakefsspring.client;

/**
 * An object could not be created because one already exists at its path (412 on a create-only write).
 *
 * @since 0.1.0
 */
public class ObjectExistsException extends PreconditionFailedException {

    private static final long serialVersionUID = 1L;

    public ObjectExistsException(LakeFSServerException.Request request, String serverMessage) {
        super(request, 412, serverMessage);
    }

    protected ObjectExistsException(LakeFSServerException.Request request, int status, String serverMessage) {
        super(request, status, serverMessage);
    }

}
