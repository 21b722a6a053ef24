package io.github.lakefsspring.embedded.store;

/**
 * A failure the store reports to its caller, classified the way lakeFS classifies it.
 *
 * <p>The message is the text the real lakeFS server puts in its {@code {"message": ...}} error body
 * for the same situation, so the HTTP layer forwards it unchanged.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Kind kind;

    public StoreException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** @return how lakeFS classifies this failure */
    public Kind kind() {
        return kind;
    }

    /** How lakeFS classifies a failure; the HTTP layer maps each kind to one status code. */
    public enum Kind {
        /** 400: invalid value, no changes, dirty branch, bad link address, and the like. */
        BAD_REQUEST(400),
        /** 403: read-only repository, protected or default branch, import not supported. */
        FORBIDDEN(403),
        /** 404: repository, branch, tag, commit, object or import not found. */
        NOT_FOUND(404),
        /** 409: already exists, name clash, merge/revert/cherry-pick conflict, finished import. */
        CONFLICT(409),
        /** 410: repository being deleted, object data gone. */
        GONE(410),
        /** 412: {@code If-None-Match: *} found an existing object. */
        PRECONDITION_FAILED(412),
        /** 501: a feature lakeFS does not implement for this configuration. */
        NOT_IMPLEMENTED(501),
        /** 500: an internal failure, including "branch is currently locked, try again later". */
        INTERNAL(500);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        /** @return the HTTP status lakeFS answers with */
        public int status() {
            return status;
        }
    }
}
