package io.github.lakefsspring.client;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.http.AuthAdminExchange;
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

/**
 * lakeFS's authorization administration: users and their access keys, groups and their members, policies and
 * where they are attached, group ACLs, and external principals. lakeFS open source without an auth server serves
 * its one user and access key and answers {@code 501} to the rest, which arrives as a
 * {@link NotImplementedException}; with lakeFS's ACL authorization server (as the embedded server behaves) it
 * also serves creating users and keys, groups, members and group ACLs, and answers {@code 501} to policies and
 * external principals; lakeFS Enterprise serves all of it. Listings return one page; pass the page's
 * {@code nextOffset} as {@code after} for the next.
 *
 * @since 0.2.0
 */
public final class AuthApi {

    private final AuthAdminExchange exchange;

    AuthApi(AuthAdminExchange exchange) {
        this.exchange = exchange;
    }

    /** @return one page of users, by id */
    public Page<User> users(@Nullable String prefix, @Nullable String after, int amount) {
        return this.exchange.listUsers(prefix, after, amount);
    }

    /**
     * @param userId the new user's id
     * @param invite whether lakeFS emails an invitation (the id is then an email address), or {@code null}
     * @return the user
     */
    public User createUser(String userId, @Nullable Boolean invite) {
        return this.exchange.createUser(new UserCreation(userId, invite));
    }

    /** @return a user */
    public User user(String userId) {
        return this.exchange.getUser(userId);
    }

    /** Deletes a user. */
    public void deleteUser(String userId) {
        this.exchange.deleteUser(userId);
    }

    /** @return one page of a user's access keys, without their secrets */
    public Page<AccessKey> accessKeys(String userId, @Nullable String prefix, @Nullable String after, int amount) {
        return this.exchange.listUserCredentials(userId, prefix, after, amount);
    }

    /** @return a new access key for a user, with its secret (shown only this once) */
    public NewAccessKey createAccessKey(String userId) {
        return this.exchange.createCredentials(userId);
    }

    /** @return one of a user's access keys, without its secret */
    public AccessKey accessKey(String userId, String accessKeyId) {
        return this.exchange.getCredentials(userId, accessKeyId);
    }

    /** Deletes one of a user's access keys. */
    public void deleteAccessKey(String userId, String accessKeyId) {
        this.exchange.deleteCredentials(userId, accessKeyId);
    }

    /** @return one page of the groups a user belongs to */
    public Page<Group> userGroups(String userId, @Nullable String prefix, @Nullable String after, int amount) {
        return this.exchange.listUserGroups(userId, prefix, after, amount);
    }

    /**
     * @param effective {@code true} for every policy that applies (through groups too), else those attached to
     * the user
     * @return one page of a user's policies
     */
    public Page<Policy> userPolicies(String userId, boolean effective, @Nullable String prefix,
            @Nullable String after, int amount) {
        return this.exchange.listUserPolicies(userId, effective ? Boolean.TRUE : null, prefix, after, amount);
    }

    /** Attaches a policy to a user. */
    public void attachPolicyToUser(String userId, String policyId) {
        this.exchange.attachPolicyToUser(userId, policyId);
    }

    /** Detaches a policy from a user. */
    public void detachPolicyFromUser(String userId, String policyId) {
        this.exchange.detachPolicyFromUser(userId, policyId);
    }

    /** @return one page of groups, by id */
    public Page<Group> groups(@Nullable String prefix, @Nullable String after, int amount) {
        return this.exchange.listGroups(prefix, after, amount);
    }

    /** @return the new group */
    public Group createGroup(String groupId, @Nullable String description) {
        return this.exchange.createGroup(new GroupCreation(groupId, description));
    }

    /** @return a group */
    public Group group(String groupId) {
        return this.exchange.getGroup(groupId);
    }

    /** Deletes a group. */
    public void deleteGroup(String groupId) {
        this.exchange.deleteGroup(groupId);
    }

    /** @return one page of a group's members */
    public Page<User> groupMembers(String groupId, @Nullable String prefix, @Nullable String after, int amount) {
        return this.exchange.listGroupMembers(groupId, prefix, after, amount);
    }

    /** Adds a user to a group. */
    public void addGroupMember(String groupId, String userId) {
        this.exchange.addGroupMembership(groupId, userId);
    }

    /** Removes a user from a group. */
    public void removeGroupMember(String groupId, String userId) {
        this.exchange.deleteGroupMembership(groupId, userId);
    }

    /** @return one page of the policies attached to a group */
    public Page<Policy> groupPolicies(String groupId, @Nullable String prefix, @Nullable String after, int amount) {
        return this.exchange.listGroupPolicies(groupId, prefix, after, amount);
    }

    /** Attaches a policy to a group. */
    public void attachPolicyToGroup(String groupId, String policyId) {
        this.exchange.attachPolicyToGroup(groupId, policyId);
    }

    /** Detaches a policy from a group. */
    public void detachPolicyFromGroup(String groupId, String policyId) {
        this.exchange.detachPolicyFromGroup(groupId, policyId);
    }

    /** @return a group's ACL permission, such as {@code Read}, {@code Write}, {@code Super} or {@code Admin} */
    public String groupAcl(String groupId) {
        return this.exchange.getGroupACL(groupId).permission();
    }

    /** Sets a group's ACL permission. */
    public void setGroupAcl(String groupId, String permission) {
        this.exchange.setGroupACL(groupId, new Acl(permission));
    }

    /** @return one page of policies, by id */
    public Page<Policy> policies(@Nullable String prefix, @Nullable String after, int amount) {
        return this.exchange.listPolicies(prefix, after, amount);
    }

    /** @return the created policy */
    public Policy createPolicy(Policy policy) {
        return this.exchange.createPolicy(policy);
    }

    /** @return a policy */
    public Policy policy(String policyId) {
        return this.exchange.getPolicy(policyId);
    }

    /** @return the policy as stored after the update */
    public Policy updatePolicy(Policy policy) {
        return this.exchange.updatePolicy(policy.id(), policy);
    }

    /** Deletes a policy. */
    public void deletePolicy(String policyId) {
        this.exchange.deletePolicy(policyId);
    }

    /** @return the lakeFS user an external principal belongs to */
    public ExternalPrincipal externalPrincipal(String principalId) {
        return this.exchange.getExternalPrincipal(principalId);
    }

    /** @return one page of a user's external principals */
    public Page<ExternalPrincipal> userExternalPrincipals(String userId, @Nullable String prefix,
            @Nullable String after, int amount) {
        return this.exchange.listUserExternalPrincipals(userId, prefix, after, amount);
    }

    /** Attaches an external principal to a user. */
    public void attachExternalPrincipal(String userId, String principalId, Map<String, String> settings) {
        this.exchange.createUserExternalPrincipal(userId, principalId, new ExternalPrincipalCreation(settings));
    }

    /** Detaches an external principal from a user. */
    public void detachExternalPrincipal(String userId, String principalId) {
        this.exchange.deleteUserExternalPrincipal(userId, principalId);
    }

}
