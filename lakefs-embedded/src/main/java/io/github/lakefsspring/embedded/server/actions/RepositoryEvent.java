package io.github.lakefsspring.embedded.server.actions;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What happened, as lakeFS describes an event to its hooks.
 *
 * @param eventType e.g. {@code pre-commit}, {@code post-merge}
 * @param repository the repository
 * @param branch the branch the event happens on
 * @param sourceRef the ref the action files are read from (the branch, or a merge's source commit)
 * @param commitId the commit, when there is one yet
 * @param commitMessage the commit's message
 * @param committer who commits
 * @param commitMetadata the commit's metadata
 * @param mergeSource the ref being merged, for merges
 * @param tagId the tag, for tag events
 */
public record RepositoryEvent(String eventType, String repository, String branch, String sourceRef,
        @Nullable String commitId, @Nullable String commitMessage, @Nullable String committer,
        Map<String, String> commitMetadata, @Nullable String mergeSource, @Nullable String tagId) {

    /**
     * A branch or tag event: no commit message, committer or metadata.
     * @param eventType e.g. {@code pre-create-branch}
     * @param repository the repository
     * @param branch the branch, empty for tag events
     * @param sourceRef the ref the action files are read from
     * @param commitId the commit the branch or tag points at, when lakeFS names one
     * @param tagId the tag, for tag events
     * @return the event
     */
    public static RepositoryEvent ofRef(String eventType, String repository, String branch, String sourceRef,
            @Nullable String commitId, @Nullable String tagId) {
        return new RepositoryEvent(eventType, repository, branch, sourceRef, commitId, null, null, Map.of(), null,
                tagId);
    }

    /**
     * The same event after an operation that wrote a commit (commit, merge, revert, cherry-pick): lakeFS reads the
     * post-event's action files from that commit and reports it as the source ref.
     * @param postEventType e.g. {@code post-commit}
     * @param newCommitId the commit written
     * @return the post-event
     */
    public RepositoryEvent committed(String postEventType, String newCommitId) {
        return new RepositoryEvent(postEventType, this.repository, this.branch, newCommitId, newCommitId,
                this.commitMessage, this.committer, this.commitMetadata, this.mergeSource, this.tagId);
    }

    /** @return the same event after the operation succeeded, with its commit (the source ref stays) */
    public RepositoryEvent after(String postEventType, @Nullable String newCommitId) {
        return new RepositoryEvent(postEventType, this.repository, this.branch, this.sourceRef, newCommitId,
                this.commitMessage, this.committer, this.commitMetadata, this.mergeSource, this.tagId);
    }

    /** @return the body lakeFS posts to a webhook, with its field names and order, empty fields left out */
    Map<String, Object> payload(String actionName, String hookId, String eventTime) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("event_type", this.eventType);
        payload.put("event_time", eventTime);
        payload.put("action_name", actionName);
        payload.put("hook_id", hookId);
        payload.put("repository_id", this.repository);
        putIfPresent(payload, "branch_id", this.branch);
        putIfPresent(payload, "source_ref", this.sourceRef);
        putIfPresent(payload, "tag_id", this.tagId);
        putIfPresent(payload, "commit_id", this.commitId);
        putIfPresent(payload, "commit_message", this.commitMessage);
        putIfPresent(payload, "committer", this.committer);
        if (!this.commitMetadata.isEmpty()) {
            payload.put("commit_metadata", this.commitMetadata);
        }
        putIfPresent(payload, "merge_source", this.mergeSource);
        return payload;
    }

    private static void putIfPresent(Map<String, Object> payload, String name, @Nullable String value) {
        if (value != null && !value.isEmpty()) {
            payload.put(name, value);
        }
    }

}
