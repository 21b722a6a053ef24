package io.github.lakefsspring.embedded.server.api;

import java.util.Map;
import java.util.TreeMap;

import io.github.lakefsspring.embedded.server.auth.UserDirectory;
import io.github.lakefsspring.embedded.server.http.ApiRequest;
import io.github.lakefsspring.embedded.server.http.ApiResponse;
import io.github.lakefsspring.embedded.server.http.Routes;
import io.github.lakefsspring.embedded.server.validation.ObjectSchemaBuilder;
import io.github.lakefsspring.embedded.server.validation.ParameterSpec;
import io.github.lakefsspring.embedded.server.validation.Schema;
import io.github.lakefsspring.embedded.store.Identities.Group;
import io.github.lakefsspring.embedded.store.Identities.User;

/**
 * Groups, their members and their ACLs, as lakeFS serves them with its ACL authorization server: the base groups
 * {@code Admins}, {@code Supers}, {@code Writers} and {@code Readers} exist from the start, and a group's ACL
 * ({@code Read}, {@code Write}, {@code Super} or {@code Admin}) is what its members may do.
 */
public final class GroupsApi {

    private final UserDirectory users;

    public GroupsApi(UserDirectory users) {
        this.users = users;
    }

    public void register(Routes routes) {
        routes.get("/auth/groups", "ListGroups")
            .parameters(ParameterSpec.pagination())
            .blocking((request) -> ApiResponse.json(200, Views.authPage(InMemoryPages.page(this.users.groups(),
                    request, Group::name), (group) -> listed(group, true))));
        routes.post("/auth/groups", "CreateGroup")
            .body(ObjectSchemaBuilder.component("GroupCreation")
                .required("id", Schema.string())
                .optional("description", Schema.string())
                .build())
            .blocking(this::createGroup);
        routes.get("/auth/groups/{groupId}", "GetGroup").blocking((request) -> {
            Group group = this.users.group(request.path("groupId"));
            Map<String, Object> view = new TreeMap<>();
            view.put("id", group.name());
            view.put("description", group.description());
            view.put("creation_date", group.creationDate());
            return ApiResponse.json(200, view);
        });
        routes.delete("/auth/groups/{groupId}", "DeleteGroup").blocking((request) -> {
            this.users.deleteGroup(request.path("groupId"));
            return ApiResponse.noContent();
        });
        routes.get("/auth/groups/{groupId}/members", "ListGroupMembers")
            .parameters(ParameterSpec.pagination())
            .blocking((request) -> ApiResponse.json(200, Views.authPage(InMemoryPages.page(
                    this.users.members(request.path("groupId")), request, User::name), UsersApi::view)));
        routes.put("/auth/groups/{groupId}/members/{userId}", "AddGroupMembership").blocking((request) -> {
            this.users.addMember(request.path("groupId"), request.path("userId"));
            return ApiResponse.status(201);
        });
        routes.delete("/auth/groups/{groupId}/members/{userId}", "DeleteGroupMembership").blocking((request) -> {
            this.users.removeMember(request.path("groupId"), request.path("userId"));
            return ApiResponse.noContent();
        });
        routes.get("/auth/groups/{groupId}/acl", "GetGroupACL").blocking((request) -> {
            String acl = this.users.findGroup(request.path("groupId")).map(Group::acl).orElse("");
            return ApiResponse.json(200, Map.of("permission", acl));
        });
        routes.post("/auth/groups/{groupId}/acl", "SetGroupACL")
            .body(ObjectSchemaBuilder.component("ACL").required("permission", Schema.string()).build())
            .blocking((request) -> {
                this.users.setAcl(request.path("groupId"), request.json().path("permission").asString());
                return ApiResponse.status(201);
            });
    }

    private ApiResponse createGroup(ApiRequest request) {
        String id = request.json().path("id").asString();
        Names.requireValid(id, "Group");
        Group group = this.users.createGroup(id, request.json().path("description").asString(""));
        return ApiResponse.json(201, listed(group, !group.description().isEmpty()));
    }

    private static Map<String, Object> listed(Group group, boolean withDescription) {
        Map<String, Object> view = new TreeMap<>();
        view.put("id", group.name());
        view.put("name", group.name());
        view.put("creation_date", group.creationDate());
        if (withDescription) {
            view.put("description", group.description());
        }
        return view;
    }

}
