package io.github.lakefsspring.resource;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.core.RepositoryOperations;

import org.springframework.core.io.ProtocolResolver;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Resolves {@code lakefs://repository/ref/path} locations to {@link LakeFSResource}s, so that
 * {@code @Value("lakefs://repo/main/data.csv") Resource} and {@code ResourceLoader.getResource(...)} work.
 *
 * @since 0.1.0
 */
public class LakeFSProtocolResolver implements ProtocolResolver {

    private final Supplier<RepositoryOperations> repositories;

    /**
     * @param repositories supplies the repositories when the first location is resolved, so that the resolver can be
     * registered before the beans it needs
     */
    public LakeFSProtocolResolver(Supplier<RepositoryOperations> repositories) {
        this.repositories = repositories;
    }

    @Override
    public @Nullable Resource resolve(String location, ResourceLoader resourceLoader) {
        if (!location.startsWith(LakeFSResource.SCHEME + "://")) {
            return null;
        }
        return new LakeFSResource(this.repositories.get(), location);
    }

}
