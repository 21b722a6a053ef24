package io.github.lakefsspring.embedded.store;

import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Replacements for the message and metadata of a revert or cherry-pick commit.
 *
 * @param message the message to use instead of the default, or null
 * @param metadata the metadata to use instead of the default, or null
 */
public record CommitOverrides(@Nullable String message, @Nullable Map<String, String> metadata) {

    /** No overrides. */
    public static final CommitOverrides NONE = new CommitOverrides(null, null);

    /** @return the message of a commit reverting {@code ref} */
    public String revertMessage(String ref) {
        return (this.message != null) ? this.message : "Revert " + ref;
    }

    /** @return the metadata of a revert commit */
    public Map<String, String> revertMetadata() {
        return (this.metadata != null) ? this.metadata : Map.of();
    }

    /** @return the message of a commit cherry-picking one with {@code pickedMessage} */
    public String cherryPickMessage(String pickedMessage) {
        return (this.message != null) ? this.message : pickedMessage;
    }

    /** @return the metadata of a cherry-pick commit: the picked commit's, these overrides, and where it came from */
    public Map<String, String> cherryPickMetadata(Map<String, String> pickedMetadata, String pickedId,
            String pickedCommitter) {
        Map<String, String> all = new TreeMap<>(pickedMetadata);
        if (this.metadata != null) {
            all.putAll(this.metadata);
        }
        all.put("cherry-pick-origin", pickedId);
        all.put("cherry-pick-committer", pickedCommitter);
        return all;
    }

}
