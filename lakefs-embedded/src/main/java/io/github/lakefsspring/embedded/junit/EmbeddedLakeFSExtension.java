package io.github.lakefsspring.embedded.junit;

import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link EmbeddedLakeFS}: starts one embedded server per test run, keeps it
 * in the root extension store (which stops it when the run ends), and resolves
 * {@link EmbeddedLakeFSServer} and {@link LakeFSTarget} parameters.
 */
public final class EmbeddedLakeFSExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(EmbeddedLakeFSExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == EmbeddedLakeFSServer.class || type == LakeFSTarget.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        if (type == LakeFSTarget.class) {
            return LakeFSTarget.fromEnvironment(System.getenv())
                    .orElseGet(() -> LakeFSTarget.of(sharedServer(extensionContext)));
        }
        if (type == EmbeddedLakeFSServer.class) {
            return sharedServer(extensionContext);
        }
        throw new ParameterResolutionException("Cannot resolve a parameter of type " + type.getName());
    }

    /** The run's embedded server, started on first use. */
    static EmbeddedLakeFSServer sharedServer(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(EmbeddedLakeFSServer.class,
                key -> EmbeddedLakeFSServer.builder().build().start(), EmbeddedLakeFSServer.class);
    }
}
