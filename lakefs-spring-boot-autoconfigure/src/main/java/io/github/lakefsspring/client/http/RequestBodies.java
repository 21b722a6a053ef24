package io.github.lakefsspring.client.http;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.model.CopyPartSource;
import io.github.lakefsspring.client.model.ImportLocation;

/**
 * The JSON bodies the client sends, named as lakeFS's OpenAPI document names them; absent optional fields are
 * left out.
 */
public final class RequestBodies {

    private RequestBodies() {
    }

    /** {@code RepositoryCreation}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RepositoryCreation(@JsonProperty("name") String name,
            @JsonProperty("storage_namespace") String storageNamespace,
            @JsonProperty("default_branch") String defaultBranch, @JsonProperty("sample_data") boolean sampleData,
            @JsonProperty("storage_id") @Nullable String storageId) {
    }

    /** {@code RepositoryMetadataSet}. */
    public record RepositoryMetadataSet(@JsonProperty("metadata") Map<String, String> metadata) {
    }

    /** {@code RepositoryMetadataKeys}. */
    public record RepositoryMetadataKeys(@JsonProperty("keys") List<String> keys) {
    }

    /** {@code BranchCreation}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BranchCreation(@JsonProperty("name") String name, @JsonProperty("source") String source,
            @JsonProperty("hidden") @Nullable Boolean hidden) {
    }

    /** {@code ResetCreation}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ResetCreation(@JsonProperty("type") String type, @JsonProperty("path") @Nullable String path) {
    }

    /** {@code RevertCreation}. */
    public record RevertCreation(@JsonProperty("ref") String ref, @JsonProperty("parent_number") int parentNumber) {
    }

    /** {@code CherryPickCreation}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CherryPickCreation(@JsonProperty("ref") String ref,
            @JsonProperty("parent_number") @Nullable Integer parentNumber) {
    }

    /** {@code CommitCreation}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CommitCreation(@JsonProperty("message") String message,
            @JsonProperty("metadata") Map<String, String> metadata,
            @JsonProperty("allow_empty") @Nullable Boolean allowEmpty) {
    }

    /** {@code TagCreation}. */
    public record TagCreation(@JsonProperty("id") String id, @JsonProperty("ref") String ref) {
    }

    /** {@code PathList}. */
    public record PathList(@JsonProperty("paths") List<String> paths) {
    }

    /** {@code ObjectCopyCreation}. */
    public record ObjectCopyCreation(@JsonProperty("src_path") String sourcePath,
            @JsonProperty("src_ref") String sourceRef) {
    }

    /** {@code UpdateObjectUserMetadata}. */
    public record UserMetadataUpdate(@JsonProperty("set") Map<String, String> set) {
    }

    /** {@code StagingMetadata}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StagingMetadata(@JsonProperty("staging") StagingAddress staging,
            @JsonProperty("checksum") String checksum, @JsonProperty("size_bytes") long sizeBytes,
            @JsonProperty("user_metadata") Map<String, String> userMetadata,
            @JsonProperty("content_type") @Nullable String contentType) {
    }

    /** The address part of {@code StagingMetadata}. */
    public record StagingAddress(@JsonProperty("physical_address") String physicalAddress) {
    }

    /** {@code CompletePresignMultipartUpload}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MultipartCompletion(@JsonProperty("physical_address") String physicalAddress,
            @JsonProperty("parts") List<UploadedPart> parts,
            @JsonProperty("user_metadata") Map<String, String> userMetadata,
            @JsonProperty("content_type") @Nullable String contentType) {
    }

    /** One part of {@code CompletePresignMultipartUpload}. */
    public record UploadedPart(@JsonProperty("part_number") int partNumber, @JsonProperty("etag") String etag) {
    }

    /** {@code AbortPresignMultipartUpload}. */
    public record MultipartAbort(@JsonProperty("physical_address") String physicalAddress) {
    }

    /** {@code ImportCreation}. */
    public record ImportCreation(@JsonProperty("paths") List<ImportLocation> paths,
            @JsonProperty("commit") ImportCommit commit) {
    }

    /** The commit part of {@code ImportCreation}. */
    public record ImportCommit(@JsonProperty("message") String message,
            @JsonProperty("metadata") Map<String, String> metadata) {
    }

    /** {@code BranchProtectionRule}; also read from lakeFS's answers. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BranchProtectionRule(@JsonProperty("pattern") String pattern) {
    }

    /** {@code LoginInformation}; never shown by {@link #toString()}. */
    public record LoginInformation(@JsonProperty("access_key_id") String accessKeyId,
            @JsonProperty("secret_access_key") String secretAccessKey) {

        @Override
        public String toString() {
            return "LoginInformation[accessKeyId=" + this.accessKeyId + ", secretAccessKey=******]";
        }

    }

    /** {@code ExternalLoginInformation} with an identity token; never shown by {@link #toString()}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExternalLoginInformation(@JsonProperty("token_expiration_duration") @Nullable Long tokenLifetime,
            @JsonProperty("identityRequest") Map<String, String> identityRequest) {

        @Override
        public String toString() {
            return "ExternalLoginInformation[tokenLifetime=" + this.tokenLifetime + ", identityRequest=******]";
        }

    }

    /** {@code StsAuthRequest}; the code is never shown by {@link #toString()}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StsAuthRequest(@JsonProperty("code") String code, @JsonProperty("state") String state,
            @JsonProperty("redirect_uri") String redirectUri, @JsonProperty("ttl_seconds") @Nullable Long ttlSeconds) {

        @Override
        public String toString() {
            return "StsAuthRequest[code=******, state=" + this.state + ", redirectUri=" + this.redirectUri
                    + ", ttlSeconds=" + this.ttlSeconds + "]";
        }

    }

    /** {@code PullRequestCreation}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PullRequestCreation(@JsonProperty("title") String title,
            @JsonProperty("description") @Nullable String description,
            @JsonProperty("source_branch") String sourceBranch,
            @JsonProperty("destination_branch") String destinationBranch) {
    }

    /** {@code PullRequestCreationResponse}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PullRequestCreated(@JsonProperty("id") String id) {
    }

    /** {@code PullRequestBasic}: only the fields given change. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PullRequestUpdate(@JsonProperty("status") @Nullable String status,
            @JsonProperty("title") @Nullable String title, @JsonProperty("description") @Nullable String description) {
    }

    /** {@code MergeResult}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MergeResult(@JsonProperty("reference") String reference) {
    }

    /** {@code UserCreation}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UserCreation(@JsonProperty("id") String id, @JsonProperty("invite_user") @Nullable Boolean inviteUser) {
    }

    /** {@code GroupCreation}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GroupCreation(@JsonProperty("id") String id,
            @JsonProperty("description") @Nullable String description) {
    }

    /** {@code ACL}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Acl(@JsonProperty("permission") String permission) {
    }

    /** {@code ExternalPrincipalCreation}. */
    public record ExternalPrincipalCreation(@JsonProperty("settings") Map<String, String> settings) {
    }

    /** {@code TaskInfo}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaskInfo(@JsonProperty("id") String id) {
    }

    /** {@code RefsRestore}. */
    public record RefsRestore(@JsonProperty("commits_meta_range_id") String commitsMetaRangeId,
            @JsonProperty("tags_meta_range_id") String tagsMetaRangeId,
            @JsonProperty("branches_meta_range_id") String branchesMetaRangeId, @JsonProperty("force") boolean force) {
    }

    /** {@code StorageURI}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StorageUri(@JsonProperty("location") String location) {
    }

    /** {@code UnderlyingObjectProperties}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnderlyingObjectProperties(@JsonProperty("storage_class") @Nullable String storageClass) {
    }

    /** {@code UploadPartFrom}. */
    public record UploadPartFrom(@JsonProperty("physical_address") String physicalAddress) {
    }

    /** {@code UploadTo}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UploadTo(@JsonProperty("presigned_url") String presignedUrl) {
    }

    /** {@code UploadPartCopyFrom}. */
    public record UploadPartCopyFrom(@JsonProperty("physical_address") String physicalAddress,
            @JsonProperty("copy_source") CopyPartSource copySource) {
    }

}
