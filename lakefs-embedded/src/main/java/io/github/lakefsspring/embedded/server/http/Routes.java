package io.github.lakefsspring.embedded.server.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.lakefsspring.embedded.server.validation.OperationSpec;
import io.github.lakefsspring.embedded.server.validation.ParameterSpec;
import io.github.lakefsspring.embedded.server.validation.Schema;
import io.github.lakefsspring.embedded.server.validation.Schema.ArraySchema;
import io.github.lakefsspring.embedded.server.validation.Schema.ObjectSchema;
import io.netty.handler.codec.http.HttpMethod;
import org.jspecify.annotations.Nullable;

/**
 * Collects {@link Route}s declared fluently:
 * {@code routes.get("/repositories/{repository}", "GetRepository").blocking(repositories::get)}.
 */
public final class Routes {

    private final List<Route> routes = new ArrayList<>();

    public Definition get(String template, String handlerName) {
        return new Definition(HttpMethod.GET, template, handlerName);
    }

    public Definition head(String template, String handlerName) {
        return new Definition(HttpMethod.HEAD, template, handlerName);
    }

    public Definition post(String template, String handlerName) {
        return new Definition(HttpMethod.POST, template, handlerName);
    }

    public Definition put(String template, String handlerName) {
        return new Definition(HttpMethod.PUT, template, handlerName);
    }

    public Definition delete(String template, String handlerName) {
        return new Definition(HttpMethod.DELETE, template, handlerName);
    }

    public Definition patch(String template, String handlerName) {
        return new Definition(HttpMethod.PATCH, template, handlerName);
    }

    /** @return every route declared so far */
    public List<Route> all() {
        return List.copyOf(routes);
    }

    /** One route being declared. */
    public final class Definition {

        private final HttpMethod method;

        private final RouteTemplate template;

        private final String handlerName;

        private final List<ParameterSpec> parameters = new ArrayList<>();

        private @Nullable Schema body;

        private boolean bodyRequired;

        private Route.Access access = Route.Access.USER;

        private boolean implemented = true;

        private Definition(HttpMethod method, String template, String handlerName) {
            this.method = method;
            this.template = RouteTemplate.of(template);
            this.handlerName = handlerName;
        }

        /** Adds parameters, in lakeFS's declaration order. */
        public Definition parameters(ParameterSpec... specs) {
            parameters.addAll(Arrays.asList(specs));
            return this;
        }

        /** A JSON body that must be sent. */
        public Definition body(ObjectSchema schema) {
            this.body = schema;
            this.bodyRequired = true;
            return this;
        }

        /** A JSON array body that must be sent. */
        public Definition body(ArraySchema schema) {
            this.body = schema;
            this.bodyRequired = true;
            return this;
        }

        /** A JSON body that may be left out. */
        public Definition optionalBody(ObjectSchema schema) {
            this.body = schema;
            this.bodyRequired = false;
            return this;
        }

        /** Marks an operation that ignores credentials. */
        public Definition publicAccess() {
            this.access = Route.Access.PUBLIC;
            return this;
        }

        /** Marks an operation anonymous callers may use, though sent credentials must be right. */
        public Definition anonymousAllowed() {
            this.access = Route.Access.ANONYMOUS_ALLOWED;
            return this;
        }

        /** Marks an operation of lakeFS the server does not implement (it answers 501). */
        public Definition unsupported() {
            this.implemented = false;
            return this;
        }

        public void blocking(Handler.Blocking handler) {
            add(handler);
        }

        public void streaming(Handler.Streaming handler) {
            add(handler);
        }

        private void add(Handler handler) {
            OperationSpec operation = new OperationSpec(handlerName, template.variableNames(), parameters, body,
                    bodyRequired);
            routes.add(new Route(method, template, operation, access, handler, implemented));
        }
    }
}
