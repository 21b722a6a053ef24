package io.github.lakefsspring.client;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.lakefsspring.client.http.ActionsExchange;
import io.github.lakefsspring.client.http.AuthAdminExchange;
import io.github.lakefsspring.client.http.AuthExchange;
import io.github.lakefsspring.client.http.BranchExchange;
import io.github.lakefsspring.client.http.ImportExchange;
import io.github.lakefsspring.client.http.ObjectExchange;
import io.github.lakefsspring.client.http.PullRequestExchange;
import io.github.lakefsspring.client.http.ReactiveAuthExchange;
import io.github.lakefsspring.client.http.ReactiveBranchExchange;
import io.github.lakefsspring.client.http.ReactiveObjectExchange;
import io.github.lakefsspring.client.http.ReactivePullRequestExchange;
import io.github.lakefsspring.client.http.ReactiveRefExchange;
import io.github.lakefsspring.client.http.ReactiveRepositoryExchange;
import io.github.lakefsspring.client.http.ReactiveServerExchange;
import io.github.lakefsspring.client.http.ReactiveTagExchange;
import io.github.lakefsspring.client.http.RefExchange;
import io.github.lakefsspring.client.http.RepositoryExchange;
import io.github.lakefsspring.client.http.RequestBodies;
import io.github.lakefsspring.client.http.ResponseBodies;
import io.github.lakefsspring.client.http.ServerExchange;
import io.github.lakefsspring.client.http.StagingExchange;
import io.github.lakefsspring.client.http.TagExchange;
import io.github.lakefsspring.client.model.ObjectStats;
import io.github.lakefsspring.client.model.Pagination;

import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * What the clients do reflectively, declared for ahead-of-time processing and native images: the HTTP interfaces
 * (read for their annotations, and proxied twice: by Spring's {@code HttpServiceProxyFactory} and by the client's
 * call pipeline) and every type Jackson binds, found from the interfaces' request bodies and answers, so that a new
 * call's types are covered without listing them here.
 */
public class LakeFSClientRuntimeHints implements RuntimeHintsRegistrar {

    /** Every HTTP interface the clients create. */
    static final List<Class<?>> EXCHANGES = List.of(ServerExchange.class, AuthExchange.class, RepositoryExchange.class,
            ActionsExchange.class, PullRequestExchange.class, AuthAdminExchange.class, BranchExchange.class, TagExchange.class, RefExchange.class, ObjectExchange.class, StagingExchange.class,
            ImportExchange.class, ReactiveServerExchange.class, ReactiveAuthExchange.class,
            ReactiveRepositoryExchange.class, ReactiveBranchExchange.class, ReactiveTagExchange.class,
            ReactivePullRequestExchange.class, ReactiveRefExchange.class, ReactiveObjectExchange.class);

    private final BindingReflectionHintsRegistrar bindings = new BindingReflectionHintsRegistrar();

    @Override
    public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
        Set<Type> bound = new LinkedHashSet<>();
        for (Class<?> exchange : EXCHANGES) {
            hints.reflection().registerType(exchange, MemberCategory.INVOKE_PUBLIC_METHODS);
            hints.proxies().registerJdkProxy(AopProxyUtils.completeJdkProxyInterfaces(exchange));
            hints.proxies().registerJdkProxy(exchange);
            for (Method method : exchange.getMethods()) {
                collect(method.getGenericReturnType(), bound);
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(RequestBody.class)) {
                        collect(parameter.getParameterizedType(), bound);
                    }
                }
            }
        }
        bound.add(ObjectStats.class);
        hints.reflection().registerType(
                TypeReference.of(ObjectStats.class.getPackageName() + ".ObjectStatsDeserializer"),
                MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
        hints.reflection().registerType(Pagination.class, MemberCategory.INVOKE_DECLARED_METHODS);
        bound.addAll(List.of(RequestBodies.class.getDeclaredClasses()));
        bound.addAll(List.of(ResponseBodies.class.getDeclaredClasses()));
        this.bindings.registerReflectionHints(hints.reflection(), bound.toArray(Type[]::new));
    }

    /** Adds the types Jackson binds for {@code type}, seeing through {@code Mono}, {@code Flux} and entities. */
    private static void collect(Type type, Set<Type> bound) {
        if (type instanceof ParameterizedType parameterized && isWrapper(parameterized.getRawType())) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, bound);
            }
            return;
        }
        if (type instanceof Class<?> plain && (plain.isPrimitive() || plain == Void.class || isWrapper(plain)
                || plain.getName().startsWith("java.") || plain == byte[].class)) {
            return;
        }
        bound.add(type);
    }

    private static boolean isWrapper(Type raw) {
        return raw == Mono.class || raw == Flux.class || raw == ResponseEntity.class;
    }

}
