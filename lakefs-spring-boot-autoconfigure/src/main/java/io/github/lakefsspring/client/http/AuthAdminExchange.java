package io.github.lakefsspring.client.http;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

import io.github.lakefsspring.client.http.RequestBodies.Acl;
import io.github.lakefsspring.client.http.RequestBodies.ExternalPrincipalCreation;
import io.github.lakefsspring.client.http.RequestBodies.GroupCreation;
import io.github.lakefsspring.client.http.RequestBodies.UserCreation;
import io.github.lakefsspring.client.model.AccessKey;
import io.github.lakefsspring.client.model.ExternalPrincipal;
import io.github.lakefsspring.client.model.Group;
import io.github.lakefsspring.client.model.NewAccessKey;
import io.github.lakefsspring.client.model.Page;
import io.github.lakefsspring.client.model.Policy;
import io.github.lakefsspring.client.model.User;

/** lakeFS's authorization administration: users, credentials, groups, policies, ACLs and external principals. */
public interface AuthAdminExchange {

    @GetExchange("/auth/users")
    @LakeFSOperation(value = "listUsers", idempotent = true)
    Page<User> listUsers(@RequestParam(name = "prefix", required = false) @Nullable String prefix,
            @RequestParam(name = "after", required = false) @Nullable String after, @RequestParam("amount") int amount);

    @PostExchange("/auth/users")
    @LakeFSOperation(value = "createUser", idempotent = false)
    User createUser(@RequestBody UserCreation creation);

    @GetExchange("/auth/users/{userId}")
    @LakeFSOperation(value = "getUser", idempotent = true)
    User getUser(@PathVariable("userId") String userId);

    @DeleteExchange("/auth/users/{userId}")
    @LakeFSOperation(value = "deleteUser", idempotent = true)
    void deleteUser(@PathVariable("userId") String userId);

    @GetExchange("/auth/users/{userId}/credentials")
    @LakeFSOperation(value = "listUserCredentials", idempotent = true)
    Page<AccessKey> listUserCredentials(@PathVariable("userId") String userId,
            @RequestParam(name = "prefix", required = false) @Nullable String prefix,
            @RequestParam(name = "after", required = false) @Nullable String after, @RequestParam("amount") int amount);

    @PostExchange("/auth/users/{userId}/credentials")
    @LakeFSOperation(value = "createCredentials", idempotent = false)
    NewAccessKey createCredentials(@PathVariable("userId") String userId);

    @GetExchange("/auth/users/{userId}/credentials/{accessKeyId}")
    @LakeFSOperation(value = "getCredentials", idempotent = true)
    AccessKey getCredentials(@PathVariable("userId") String userId, @PathVariable("accessKeyId") String accessKeyId);

    @DeleteExchange("/auth/users/{userId}/credentials/{accessKeyId}")
    @LakeFSOperation(value = "deleteCredentials", idempotent = true)
    void deleteCredentials(@PathVariable("userId") String userId, @PathVariable("accessKeyId") String accessKeyId);

    @GetExchange("/auth/users/{userId}/groups")
    @LakeFSOperation(value = "listUserGroups", idempotent = true)
    Page<Group> listUserGroups(@PathVariable("userId") String userId,
            @RequestParam(name = "prefix", required = false) @Nullable String prefix,
            @RequestParam(name = "after", required = false) @Nullable String after, @RequestParam("amount") int amount);

    @GetExchange("/auth/users/{userId}/policies")
    @LakeFSOperation(value = "listUserPolicies", idempotent = true)
    Page<Policy> listUserPolicies(@PathVariable("userId") String userId,
            @RequestParam(name = "effective", required = false) @Nullable Boolean effective,
            @RequestParam(name = "prefix", required = false) @Nullable String prefix,
            @RequestParam(name = "after", required = false) @Nullable String after, @RequestParam("amount") int amount);

    @PutExchange("/auth/users/{userId}/policies/{policyId}")
    @LakeFSOperation(value = "attachPolicyToUser", idempotent = true)
    void attachPolicyToUser(@PathVariable("userId") String userId, @PathVariable("policyId") String policyId);

    @DeleteExchange("/auth/users/{userId}/policies/{policyId}")
    @LakeFSOperation(value = "detachPolicyFromUser", idempotent = true)
    void detachPolicyFromUser(@PathVariable("userId") String userId, @PathVariable("policyId") String policyId);

    @GetExchange("/auth/groups")
    @LakeFSOperation(value = "listGroups", idempotent = true)
    Page<Group> listGroups(@RequestParam(name = "prefix", required = false) @Nullable String prefix,
            @RequestParam(name = "after", required = false) @Nullable String after, @RequestParam("amount") int amount);

    @PostExchange("/auth/groups")
    @LakeFSOperation(value = "createGroup", idempotent = false)
    Group createGroup(@RequestBody GroupCreation creation);

    @GetExchange("/auth/groups/{groupId}")
    @LakeFSOperation(value = "getGroup", idempotent = true)
    Group getGroup(@PathVariable("groupId") String groupId);

    @DeleteExchange("/auth/groups/{groupId}")
    @LakeFSOperation(value = "deleteGroup", idempotent = true)
    void deleteGroup(@PathVariable("groupId") String groupId);

    @GetExchange("/auth/groups/{groupId}/members")
    @LakeFSOperation(value = "listGroupMembers", idempotent = true)
    Page<User> listGroupMembers(@PathVariable("groupId") String groupId,
            @RequestParam(name = "prefix", required = false) @Nullable String prefix,
            @RequestParam(name = "after", required = false) @Nullable String after, @RequestParam("amount") int amount);

    @PutExchange("/auth/groups/{groupId}/members/{userId}")
    @LakeFSOperation(value = "addGroupMembership", idempotent = true)
    void addGroupMembership(@PathVariable("groupId") String groupId, @PathVariable("userId") String userId);

    @DeleteExchange("/auth/groups/{groupId}/members/{userId}")
    @LakeFSOperation(value = "deleteGroupMembership", idempotent = true)
    void deleteGroupMembership(@PathVariable("groupId") String groupId, @PathVariable("userId") String userId);

    @GetExchange("/auth/groups/{groupId}/policies")
    @LakeFSOperation(value = "listGroupPolicies", idempotent = true)
    Page<Policy> listGroupPolicies(@PathVariable("groupId") String groupId,
            @RequestParam(name = "prefix", required = false) @Nullable String prefix,
            @RequestParam(name = "after", required = false) @Nullable String after, @RequestParam("amount") int amount);

    @PutExchange("/auth/groups/{groupId}/policies/{policyId}")
    @LakeFSOperation(value = "attachPolicyToGroup", idempotent = true)
    void attachPolicyToGroup(@PathVariable("groupId") String groupId, @PathVariable("policyId") String policyId);

    @DeleteExchange("/auth/groups/{groupId}/policies/{policyId}")
    @LakeFSOperation(value = "detachPolicyFromGroup", idempotent = true)
    void detachPolicyFromGroup(@PathVariable("groupId") String groupId, @PathVariable("policyId") String policyId);

    @GetExchange("/auth/groups/{groupId}/acl")
    @LakeFSOperation(value = "getGroupACL", idempotent = true)
    Acl getGroupACL(@PathVariable("groupId") String groupId);

    @PostExchange("/auth/groups/{groupId}/acl")
    @LakeFSOperation(value = "setGroupACL", idempotent = true)
    void setGroupACL(@PathVariable("groupId") String groupId, @RequestBody Acl acl);

    @GetExchange("/auth/policies")
    @LakeFSOperation(value = "listPolicies", idempotent = true)
    Page<Policy> listPolicies(@RequestParam(name = "prefix", required = false) @Nullable String prefix,
            @RequestParam(name = "after", required = false) @Nullable String after, @RequestParam("amount") int amount);

    @PostExchange("/auth/policies")
    @LakeFSOperation(value = "createPolicy", idempotent = false)
    Policy createPolicy(@RequestBody Policy policy);

    @GetExchange("/auth/policies/{policyId}")
    @LakeFSOperation(value = "getPolicy", idempotent = true)
    Policy getPolicy(@PathVariable("policyId") String policyId);

    @PutExchange("/auth/policies/{policyId}")
    @LakeFSOperation(value = "updatePolicy", idempotent = true)
    Policy updatePolicy(@PathVariable("policyId") String policyId, @RequestBody Policy policy);

    @DeleteExchange("/auth/policies/{policyId}")
    @LakeFSOperation(value = "deletePolicy", idempotent = true)
    void deletePolicy(@PathVariable("policyId") String policyId);

    @GetExchange("/auth/external/principals")
    @LakeFSOperation(value = "getExternalPrincipal", idempotent = true)
    ExternalPrincipal getExternalPrincipal(@RequestParam("principalId") String principalId);

    @GetExchange("/auth/users/{userId}/external/principals/ls")
    @LakeFSOperation(value = "listUserExternalPrincipals", idempotent = true)
    Page<ExternalPrincipal> listUserExternalPrincipals(@PathVariable("userId") String userId,
            @RequestParam(name = "prefix", required = false) @Nullable String prefix,
            @RequestParam(name = "after", required = false) @Nullable String after, @RequestParam("amount") int amount);

    @PostExchange("/auth/users/{userId}/external/principals")
    @LakeFSOperation(value = "createUserExternalPrincipal", idempotent = false)
    void createUserExternalPrincipal(@PathVariable("userId") String userId,
            @RequestParam("principalId") String principalId, @RequestBody ExternalPrincipalCreation creation);

    @DeleteExchange("/auth/users/{userId}/external/principals")
    @LakeFSOperation(value = "deleteUserExternalPrincipal", idempotent = true)
    void deleteUserExternalPrincipal(@PathVariable("userId") String userId,
            @RequestParam("principalId") String principalId);

}
