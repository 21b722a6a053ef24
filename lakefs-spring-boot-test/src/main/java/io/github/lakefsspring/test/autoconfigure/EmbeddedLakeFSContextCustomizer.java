package io.github.lakefsspring.test.autoconfigure;

import io.github.lakefsspring.autoconfigure.LakeFSConnectionDetails;
import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;
import io.github.lakefsspring.embedded.store.blockstore.BlockstoreType;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.Assert;

/**
 * Registers an embedded server and the {@link LakeFSConnectionDetails} pointing at it in the test's
 * application context. Two test classes asking for the same blockstore get equal customizers, so they
 * share one cached context and one server.
 */
class EmbeddedLakeFSContextCustomizer implements ContextCustomizer {

    static final String SERVER_BEAN_NAME = "embeddedLakeFSServer";

    static final String CONNECTION_DETAILS_BEAN_NAME = "embeddedLakeFSConnectionDetails";

    private final BlockstoreType blockstore;

    EmbeddedLakeFSContextCustomizer(BlockstoreType blockstore) {
        this.blockstore = blockstore;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
        Assert.isInstanceOf(BeanDefinitionRegistry.class, beanFactory,
                "@AutoConfigureEmbeddedLakeFS needs a bean factory that is a BeanDefinitionRegistry");
        BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
        RootBeanDefinition server = new RootBeanDefinition(EmbeddedLakeFSServer.class,
                () -> EmbeddedLakeFSServer.builder().blockstoreType(this.blockstore).build().start());
        server.setDestroyMethodName("close");
        registry.registerBeanDefinition(SERVER_BEAN_NAME, server);
        RootBeanDefinition connectionDetails = new RootBeanDefinition(LakeFSConnectionDetails.class,
                () -> new ServerConnectionDetails(beanFactory.getBean(SERVER_BEAN_NAME, EmbeddedLakeFSServer.class)));
        connectionDetails.setPrimary(true);
        registry.registerBeanDefinition(CONNECTION_DETAILS_BEAN_NAME, connectionDetails);
    }

    @Override
    public boolean equals(Object other) {
        return (other instanceof EmbeddedLakeFSContextCustomizer customizer) && customizer.blockstore == this.blockstore;
    }

    @Override
    public int hashCode() {
        return this.blockstore.hashCode();
    }

    /**
     * {@link LakeFSConnectionDetails} of the context's embedded server.
     */
    private record ServerConnectionDetails(EmbeddedLakeFSServer server) implements LakeFSConnectionDetails {

        @Override
        public String getEndpoint() {
            return this.server.endpoint().toString();
        }

        @Override
        public String getAccessKeyId() {
            return this.server.accessKeyId();
        }

        @Override
        public String getSecretAccessKey() {
            return this.server.secretAccessKey();
        }

        @Override
        public String toString() {
            return "EmbeddedLakeFSConnectionDetails[endpoint=" + this.server.endpoint() + "]";
        }

    }

}
