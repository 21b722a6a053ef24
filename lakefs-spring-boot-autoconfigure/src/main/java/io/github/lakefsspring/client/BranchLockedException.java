package io.github.lakefsspring.client;

/**
 * lakeFS could not take the branch's lock because another operation holds it ("branch is currently locked,
 * try again later"); the operation did not happen and may be retried.
 *
 * @since 0.1.0
 */
public class BranchLockedException extends ServerErrorException {

    private static final long serialVersionUID = 1L;

    public BranchLockedException(LakeFSServerException.Request request, int status, String serverMessage) {
        super(request, status, serverMessage);
    }

}
