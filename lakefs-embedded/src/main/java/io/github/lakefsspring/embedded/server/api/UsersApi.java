package io.github.lakefsspring.embedded.server.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.lakefsspring.embedded.server.auth.Principal;
import io.github.lakefsspring.embedded.server.auth.Users;
import io.github.lakefsspring.embedded.server.http.ApiException;
import io.github.lakefsspring.embedded.server.http.ApiRequest;
import io.github.lakefsspring.embedded.server.http.ApiResponse;
import io.github.lakefsspring.embedded.server.http.Routes;
import io.github.lakefsspring.embedded.server.validation.ParameterSpec;

/**
 * The users the server was started with and their access keys, read-only: lakeFS's open-source edition serves
 * these, and answers {@code 501} to groups, policies and ACLs, as the server does. Users and keys are configured
 * when the server starts, so creating or deleting them answers {@code 501}.
 */
public final class UsersApi {

    private final Users users;

    public UsersApi(Users users) {
        this.users = users;
    }

    public void register(Routes routes) {
        routes.get("/auth/users", "ListUsers")
            .parameters(ParameterSpec.emptyAllowed("prefix"), ParameterSpec.emptyAllowed("after"),
                    ParameterSpec.amount())
            .blocking((request) -> ApiResponse.json(200, Views.page(InMemoryPages.page(this.users.all(), request,
                    (user) -> user.principal().username()), (user) -> view(user.principal()))));
        routes.get("/auth/users/{userId}", "GetUser")
            .blocking((request) -> ApiResponse.json(200, view(find(request).principal())));
        routes.get("/auth/users/{userId}/credentials", "ListUserCredentials")
            .parameters(ParameterSpec.emptyAllowed("prefix"), ParameterSpec.emptyAllowed("after"),
                    ParameterSpec.amount())
            .blocking((request) -> {
                Users.User user = find(request);
                return ApiResponse.json(200, Views.page(InMemoryPages.page(List.of(user), request,
                        (key) -> key.credentials().accessKeyId()), UsersApi::accessKey));
            });
        routes.get("/auth/users/{userId}/credentials/{accessKeyId}", "GetCredentials")
            .blocking((request) -> ApiResponse.json(200, accessKey(this.users.user(request.path("userId"))
                .filter((user) -> user.credentials().accessKeyId().equals(request.path("accessKeyId")))
                .orElseThrow(() -> new ApiException(404, "credentials not found")))));
    }

    private Users.User find(ApiRequest request) {
        return this.users.user(request.path("userId")).orElseThrow(() -> new ApiException(404, "user not found"));
    }

    private static Map<String, Object> view(Principal user) {
        Map<String, Object> view = new TreeMap<>();
        view.put("id", user.username());
        view.put("creation_date", user.creationDate());
        view.put("email", "");
        view.put("friendly_name", "");
        return view;
    }

    private static Map<String, Object> accessKey(Users.User user) {
        Map<String, Object> view = new TreeMap<>();
        view.put("access_key_id", user.credentials().accessKeyId());
        view.put("creation_date", user.principal().creationDate());
        return view;
    }

}
