package io.github.lakefsspring.core;

import io.github.lakefsspring.client.ConflictException;

/**
 * A tag of a repository: a fixed name for a commit. Creating the handle makes no request.
 *
 * @since 0.1.0
 */
public class Tag extends Reference {

    Tag(CoreSupport support, String repositoryId, String id) {
        super(support, repositoryId, LakeFSNames.requireTagId(id));
    }

    /**
     * Creates the tag, failing if it exists.
     * @param ref the ref it points at
     * @return this handle
     */
    public Tag create(String ref) {
        return create(ref, false);
    }

    /**
     * Creates the tag.
     * @param ref the ref it points at
     * @param existOk whether an existing tag of this name is fine
     * @return this handle
     */
    public Tag create(String ref, boolean existOk) {
        LakeFSNames.requireRef(ref);
        try {
            this.support.client().tags().create(repositoryId(), id(), BranchRedirects.resolve(repositoryId(), ref));
        }
        catch (ConflictException ex) {
            if (!existOk) {
                throw ex;
            }
        }
        forgetCommit();
        return this;
    }

    /** Deletes the tag. */
    public void delete() {
        this.support.client().tags().delete(repositoryId(), id());
        forgetCommit();
    }

}
