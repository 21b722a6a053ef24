package io.github.lakefsspring.client;

/**
 * The destination branch has uncommitted changes, so lakeFS refuses to merge into it (or import, revert, cherry-pick on it).
 *
 * @since 0.1.0
 */
public class DirtyBranchException extends BadRequestException {

    private static final long serialVersionUID = 1L;

    public DirtyBranchException(LakeFSServerException.Request request, String serverMessage) {
        super(request, 400, serverMessage);
    }

    protected DirtyBranchException(LakeFSServerException.Request request, int status, String serverMessage) {
        super(request, status, serverMessage);
    }

}
