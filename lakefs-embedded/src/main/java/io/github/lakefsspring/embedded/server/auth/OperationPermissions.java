package io.github.lakefsspring.embedded.server.auth;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.lakefsspring.embedded.server.http.ApiException;

/**
 * The lakeFS actions each operation requires, as lakeFS's API controller asks for them, and the check that the
 * acting user's {@link Grants} allow them: 401 {@code insufficient permissions: not allowed to <action>} naming
 * the first action refused, as lakeFS answers. Operations not listed only need an authenticated user
 * ({@code getCurrentUser}, {@code getLakeFSVersion}) or check per item ({@code deleteObjects}).
 */
public final class OperationPermissions {

    private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            entry("AbortPresignMultipartUpload", "fs:WriteObject"),
            entry("AddGroupMembership", "auth:AddGroupMember"),
            entry("CherryPick", "fs:CreateCommit", "fs:ReadCommit"),
            entry("Commit", "fs:CreateCommit"),
            entry("CompletePresignMultipartUpload", "fs:WriteObject"),
            entry("CopyObject", "fs:ReadObject", "fs:WriteObject"),
            entry("CreateBranch", "fs:CreateBranch"),
            entry("CreateCredentials", "auth:CreateCredentials"),
            entry("CreateGroup", "auth:CreateGroup"),
            entry("CreatePresignMultipartUpload", "fs:WriteObject"),
            entry("CreatePullRequest", "pr:WritePullRequest"),
            entry("CreateRepository", "fs:CreateRepository", "fs:AttachStorageNamespace"),
            entry("CreateTag", "fs:CreateTag"),
            entry("CreateUser", "auth:CreateUser"),
            entry("DeleteBranch", "fs:DeleteBranch"),
            entry("DeleteCredentials", "auth:DeleteCredentials"),
            entry("DeleteGCRules", "retention:SetGarbageCollectionRules"),
            entry("DeleteGroup", "auth:DeleteGroup"),
            entry("DeleteGroupMembership", "auth:RemoveGroupMember"),
            entry("DeleteObject", "fs:DeleteObject"),
            entry("DeleteRepository", "fs:DeleteRepository"),
            entry("DeleteRepositoryMetadata", "fs:UpdateRepository"),
            entry("DeleteTag", "fs:DeleteTag"),
            entry("DeleteUser", "auth:DeleteUser"),
            entry("DiffBranch", "fs:ListObjects"),
            entry("DiffRefs", "fs:ListObjects"),
            entry("FindMergeBase", "fs:ListCommits"),
            entry("GetBranch", "fs:ReadBranch"),
            entry("GetBranchProtectionRules", "branches:GetBranchProtectionRules"),
            entry("GetCommit", "fs:ReadCommit"),
            entry("GetConfig", "fs:ReadConfig"),
            entry("GetCredentials", "auth:ReadCredentials"),
            entry("GetGCRules", "retention:GetGarbageCollectionRules"),
            entry("GetGroup", "auth:ReadGroup"),
            entry("GetGroupACL", "auth:ReadGroup", "auth:ReadPolicy"),
            entry("GetMetaRange", "fs:ListObjects", "fs:ReadRepository"),
            entry("GetObject", "fs:ReadObject"),
            entry("GetPhysicalAddress", "fs:WriteObject"),
            entry("GetPullRequest", "pr:ReadPullRequest"),
            entry("GetRange", "fs:ListObjects", "fs:ReadRepository"),
            entry("GetRepository", "fs:ReadRepository"),
            entry("GetRepositoryMetadata", "fs:ReadRepository"),
            entry("GetRun", "ci:ReadAction"),
            entry("GetRunHookOutput", "ci:ReadAction"),
            entry("GetStorageConfig", "fs:ReadConfig"),
            entry("GetTag", "fs:ReadTag"),
            entry("GetUnderlyingProperties", "fs:ReadObject"),
            entry("GetUser", "auth:ReadUser"),
            entry("HardResetBranch", "fs:RevertBranch"),
            entry("HeadObject", "fs:ReadObject"),
            entry("ImportCancel", "fs:ImportCancel"),
            entry("ImportStart", "fs:WriteObject", "fs:CreateCommit", "fs:ImportFromStorage"),
            entry("ImportStatus", "fs:ReadBranch"),
            entry("LinkPhysicalAddress", "fs:WriteObject"),
            entry("ListBranches", "fs:ListBranches"),
            entry("ListGroupMembers", "auth:ReadGroup"),
            entry("ListGroups", "auth:ListGroups"),
            entry("ListObjects", "fs:ListObjects"),
            entry("ListPullRequests", "pr:ListPullRequests"),
            entry("ListRepositories", "fs:ListRepositories"),
            entry("ListRepositoryRuns", "ci:ReadAction"),
            entry("ListRunHooks", "ci:ReadAction"),
            entry("ListTags", "fs:ListTags"),
            entry("ListUserCredentials", "auth:ListCredentials"),
            entry("ListUserGroups", "auth:ReadUser"),
            entry("ListUsers", "auth:ListUsers"),
            entry("LogCommits", "fs:ReadBranch"),
            entry("MergeIntoBranch", "fs:CreateCommit"),
            entry("MergePullRequest", "fs:CreateCommit", "pr:WritePullRequest"),
            entry("ResetBranch", "fs:RevertBranch"),
            entry("RevertBranch", "fs:RevertBranch"),
            entry("SetBranchProtectionRules", "branches:SetBranchProtectionRules"),
            entry("SetGCRules", "retention:SetGarbageCollectionRules"),
            entry("SetGroupACL", "auth:ReadGroup", "auth:AttachPolicy", "auth:UpdatePolicy"),
            entry("SetRepositoryMetadata", "fs:UpdateRepository"),
            entry("StatObject", "fs:ReadObject"),
            entry("UpdateObjectUserMetadata", "fs:WriteObject"),
            entry("UpdatePullRequest", "pr:WritePullRequest"),
            entry("UploadObject", "fs:WriteObject"),
            entry("UploadPart", "fs:WriteObject"),
            entry("UploadPartCopy", "fs:WriteObject", "fs:ReadObject"));

    /** Operations on a user ({@code {userId}}), where a user's own access keys are always theirs to manage. */
    private static final Set<String> ON_A_USER = Set.of("CreateCredentials", "DeleteCredentials", "GetCredentials",
            "ListUserCredentials");

    /** lakeFS checks this one on any repository and answers without naming the action. */
    private static final String LIST_REPOSITORIES = "ListRepositories";

    private OperationPermissions() {
    }

    /**
     * Refuses an operation the user may not perform.
     * @param operation lakeFS's handler name, e.g. {@code UploadObject}
     * @param user the acting user
     * @param pathVariables the operation's path variables
     * @throws ApiException 401 naming the first action the user lacks
     */
    public static void authorize(String operation, Principal user, Map<String, String> pathVariables) {
        List<String> actions = REQUIRED.getOrDefault(operation, List.of());
        String targetUser = ON_A_USER.contains(operation) ? pathVariables.get("userId") : null;
        for (String action : actions) {
            if (!user.grants().allows(action, user.username(), targetUser)) {
                throw new ApiException(401, operation.equals(LIST_REPOSITORIES) ? "insufficient permissions"
                        : "insufficient permissions: not allowed to " + action);
            }
        }
    }

    private static Map.Entry<String, List<String>> entry(String operation, String... actions) {
        return Map.entry(operation, List.of(actions));
    }

}
