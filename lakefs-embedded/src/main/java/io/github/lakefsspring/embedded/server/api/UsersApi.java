package io.github.lakefsspring.embedded.server.api;

import java.util.Map;
import java.util.TreeMap;

import io.github.lakefsspring.embedded.server.auth.UserDirectory;
import io.github.lakefsspring.embedded.server.http.ApiException;
import io.github.lakefsspring.embedded.server.http.ApiRequest;
import io.github.lakefsspring.embedded.server.http.ApiResponse;
import io.github.lakefsspring.embedded.server.http.Routes;
import io.github.lakefsspring.embedded.server.validation.ObjectSchemaBuilder;
import io.github.lakefsspring.embedded.server.validation.ParameterSpec;
import io.github.lakefsspring.embedded.server.validation.Schema;
import io.github.lakefsspring.embedded.store.Identities.AccessKey;
import io.github.lakefsspring.embedded.store.Identities.Group;
import io.github.lakefsspring.embedded.store.Identities.User;

/**
 * Users and their access keys, as lakeFS serves them with its ACL authorization server: created, listed and
 * deleted through the API, kept across restarts. Policies are not served (lakeFS's simplified authorization
 * answers them 501 too); what a user may do comes from its groups' ACLs ({@link GroupsApi}).
 */
public final class UsersApi {

    private final UserDirectory users;

    public UsersApi(UserDirectory users) {
        this.users = users;
    }

    public void register(Routes routes) {
        routes.get("/auth/users", "ListUsers")
            .parameters(ParameterSpec.pagination())
            .blocking((request) -> ApiResponse.json(200, Views.authPage(InMemoryPages.page(this.users.users(),
                    request, User::name), UsersApi::view)));
        routes.post("/auth/users", "CreateUser")
            .body(ObjectSchemaBuilder.component("UserCreation")
                .required("id", Schema.string())
                .optional("invite_user", Schema.bool())
                .build())
            .blocking(this::createUser);
        routes.get("/auth/users/{userId}", "GetUser")
            .blocking((request) -> ApiResponse.json(200, view(this.users.user(request.path("userId")))));
        routes.delete("/auth/users/{userId}", "DeleteUser").blocking((request) -> {
            this.users.deleteUser(request.path("userId"));
            return ApiResponse.noContent();
        });
        routes.get("/auth/users/{userId}/groups", "ListUserGroups")
            .parameters(ParameterSpec.pagination())
            .blocking((request) -> ApiResponse.json(200, Views.authPage(InMemoryPages.page(
                    this.users.groupsOf(request.path("userId")), request, Group::name), UsersApi::groupOfUser)));
        routes.get("/auth/users/{userId}/credentials", "ListUserCredentials")
            .parameters(ParameterSpec.pagination())
            .blocking((request) -> ApiResponse.json(200, Views.authPage(InMemoryPages.page(
                    this.users.accessKeys(request.path("userId")), request, AccessKey::accessKeyId),
                    UsersApi::accessKey)));
        routes.post("/auth/users/{userId}/credentials", "CreateCredentials").blocking((request) -> {
            UserDirectory.NewAccessKey created = this.users.createAccessKey(request.path("userId"));
            Map<String, Object> view = accessKey(created.key());
            view.put("secret_access_key", created.secretAccessKey());
            return ApiResponse.json(201, view);
        });
        routes.get("/auth/users/{userId}/credentials/{accessKeyId}", "GetCredentials")
            .blocking((request) -> ApiResponse.json(200, accessKey(this.users.accessKey(request.path("userId"),
                    request.path("accessKeyId")))));
        routes.delete("/auth/users/{userId}/credentials/{accessKeyId}", "DeleteCredentials").blocking((request) -> {
            this.users.deleteAccessKey(request.path("userId"), request.path("accessKeyId"));
            return ApiResponse.noContent();
        });
    }

    private ApiResponse createUser(ApiRequest request) {
        String id = request.json().path("id").asString();
        Names.requireValid(id, "User");
        if (request.json().path("invite_user").asBoolean(false)) {
            if (!id.matches("[^@\\s]+@[^@\\s]+")) {
                throw new ApiException(400, "Invalid email format");
            }
            throw new ApiException(501, "Not Implemented");
        }
        User user = this.users.createUser(id);
        Map<String, Object> view = new TreeMap<>();
        view.put("id", user.name());
        view.put("creation_date", user.creationDate());
        return ApiResponse.json(201, view);
    }

    static Map<String, Object> view(User user) {
        Map<String, Object> view = new TreeMap<>();
        view.put("id", user.name());
        view.put("creation_date", user.creationDate());
        view.put("email", "");
        view.put("friendly_name", "");
        return view;
    }

    private static Map<String, Object> groupOfUser(Group group) {
        Map<String, Object> view = new TreeMap<>();
        view.put("id", group.name());
        view.put("name", group.name());
        view.put("creation_date", group.creationDate());
        return view;
    }

    private static Map<String, Object> accessKey(AccessKey key) {
        Map<String, Object> view = new TreeMap<>();
        view.put("access_key_id", key.accessKeyId());
        view.put("creation_date", key.creationDate());
        return view;
    }

}
