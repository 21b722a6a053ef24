package io.github.lakefsspring.client;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.http.LakeFSOperation;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.invoker.HttpExchangeAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * What an HTTP interface method calls, read once from its annotations: lakeFS's operation id, the HTTP method,
 * whether it is safe to repeat, and which arguments are the repository and branch (for observations). Wraps HTTP
 * interface proxies so that each call goes through a pipeline, blocking or reactive.
 */
record ExchangeOperation(String name, String method, boolean idempotent, int repositoryIndex, int branchIndex) {

    private static final List<String> BRANCH_VARIABLES = List.of("branch", "ref", "destinationBranch");

    /**
     * @param adapter the RestClient or WebClient the proxies call through
     * @return Spring's proxy factory for the client's HTTP interfaces, arguments written by {@link ArgumentConversion}
     */
    static HttpServiceProxyFactory proxyFactory(HttpExchangeAdapter adapter) {
        return HttpServiceProxyFactory.builderFor(adapter).conversionService(new ArgumentConversion()).build();
    }

    /**
     * @param type the HTTP interface
     * @param target its proxy
     * @param pipeline runs each annotated call
     * @return a proxy of {@code type} whose annotated methods run through the pipeline
     */
    static <T> T proxy(Class<T> type, T target, Pipeline pipeline) {
        Map<Method, ExchangeOperation> operations = new HashMap<>();
        for (Method method : type.getMethods()) {
            LakeFSOperation operation = method.getAnnotation(LakeFSOperation.class);
            if (operation != null) {
                operations.put(method, of(method, operation));
            }
        }
        InvocationHandler handler = (proxy, method, args) -> {
            ExchangeOperation operation = operations.get(method);
            Attempt attempt = new Attempt(method, target, args);
            return (operation != null) ? pipeline.run(operation.call(args), attempt) : invoke(attempt);
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler));
    }

    private static ExchangeOperation of(Method method, LakeFSOperation operation) {
        HttpExchange exchange = AnnotatedElementUtils.findMergedAnnotation(method, HttpExchange.class);
        String httpMethod = (exchange != null && !exchange.method().isEmpty()) ? exchange.method() : "GET";
        int repository = -1;
        int branch = -1;
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            PathVariable variable = parameters[i].getAnnotation(PathVariable.class);
            if (variable == null) {
                continue;
            }
            if (variable.value().equals("repository")) {
                repository = i;
            }
            else if (BRANCH_VARIABLES.contains(variable.value()) && (branch < 0
                    || BRANCH_VARIABLES.indexOf(variable.value()) < BRANCH_VARIABLES.indexOf(parameters[branch]
                        .getAnnotation(PathVariable.class).value()))) {
                branch = i;
            }
        }
        return new ExchangeOperation(operation.value(), httpMethod, operation.idempotent(), repository, branch);
    }

    CallContext call(@Nullable Object[] args) {
        return new CallContext(this.name, this.method, this.idempotent, argument(args, this.repositoryIndex),
                argument(args, this.branchIndex));
    }

    private static @Nullable String argument(@Nullable Object[] args, int index) {
        return (args != null && index >= 0 && args[index] != null) ? args[index].toString() : null;
    }

    /** Calls the HTTP interface proxy's method, rethrowing what it throws as it was thrown. */
    static @Nullable Object invoke(Attempt attempt) {
        try {
            return attempt.method().invoke(attempt.target(), attempt.args());
        }
        catch (InvocationTargetException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
        catch (IllegalAccessException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** One call of an HTTP interface method, to be made (again) by a pipeline. */
    record Attempt(Method method, Object target, @Nullable Object[] args) {
    }

    /** Runs an annotated call: observes it, retries it, translates its failures. */
    @FunctionalInterface
    interface Pipeline {

        @Nullable Object run(CallContext call, Attempt attempt);

    }

}
