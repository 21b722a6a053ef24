package io.github.lakefsspring.client;

/**
 * A merge found paths changed on both sides since their merge base (409), and no strategy to resolve them.
 *
 * @since 0.1.0
 */
public class MergeConflictException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public MergeConflictException(LakeFSServerException.Request request, String serverMessage) {
        super(request, 409, serverMessage);
    }

    protected MergeConflictException(LakeFSServerException.Request request, int status, String serverMessage) {
        super(request, status, serverMessage);
    }

}
