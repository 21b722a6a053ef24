package io.github.lakefsspring.embedded.junit;

import java.util.Locale;
import java.util.UUID;

import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link EmbeddedLakeFS}: starts one embedded server per test run, keeps it
 * in the root extension store (which stops it when the run ends), and resolves
 * {@link EmbeddedLakeFSServer} and {@link LakeFSTarget} parameters. On a real lakeFS each test class gets a
 * namespace prefix of its own under {@code LAKEFS_IT_NAMESPACE_PREFIX}, and every repository created under it is
 * deleted when the class ends.
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
                    .map((real) -> classTarget(real, extensionContext))
                    .orElseGet(() -> LakeFSTarget.of(sharedServer(extensionContext)));
        }
        if (type == EmbeddedLakeFSServer.class) {
            return sharedServer(extensionContext);
        }
        throw new ParameterResolutionException("Cannot resolve a parameter of type " + type.getName());
    }

    /**
     * The real lakeFS with a namespace prefix of the test class's own, the same for every parameter of the class;
     * its repositories are deleted when the class's context closes.
     */
    private static LakeFSTarget classTarget(LakeFSTarget real, ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        String owner = classContext.getTestClass().map(Class::getSimpleName).orElse("run").toLowerCase(Locale.ROOT);
        return classContext.getStore(NAMESPACE).computeIfAbsent(RepositoryCleanup.class,
                (key) -> new RepositoryCleanup(real.withNamespacePrefix(real.namespacePrefix().replaceAll("/+$", "")
                        + "/" + owner + "-" + UUID.randomUUID().toString().substring(0, 8) + "/")),
                RepositoryCleanup.class).target();
    }

    /** The run's embedded server, started on first use. */
    static EmbeddedLakeFSServer sharedServer(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(EmbeddedLakeFSServer.class,
                key -> EmbeddedLakeFSServer.builder().build().start(), EmbeddedLakeFSServer.class);
    }
}
