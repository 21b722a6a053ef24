package io.github.lakefsspring.autoconfigure;

import java.net.BindException;
import java.nio.file.Path;
import java.util.Locale;

import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;
import io.github.lakefsspring.embedded.store.Durability;
import io.github.lakefsspring.embedded.store.blockstore.BlockstoreType;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.log.LogMessage;

/**
 * Starts an embedded lakeFS-compatible server, and connects to it, when {@code lakefs-embedded} is on
 * the class path and no lakeFS is configured: not in {@code lakefs.*}, the lakectl environment
 * variables, the lakectl configuration file, nor by a {@link LakeFSConnectionDetails} bean. Set
 * {@code lakefs.embedded.enabled=false} to require a configured lakeFS instead.
 *
 * @since 0.1.0
 */
@AutoConfiguration(before = LakeFSAutoConfiguration.class)
@ConditionalOnClass(EmbeddedLakeFSServer.class)
@ConditionalOnBooleanProperty(name = "lakefs.embedded.enabled", matchIfMissing = true)
@ConditionalOnMissingBean(LakeFSConnectionDetails.class)
@Conditional(OnNoConfiguredLakeFSCondition.class)
@EnableConfigurationProperties(LakeFSProperties.class)
public final class LakeFSEmbeddedServerAutoConfiguration {

    private static final Log logger = LogFactory.getLog(LakeFSEmbeddedServerAutoConfiguration.class);

    private static final String CHANNEL_BIND_EXCEPTION = "reactor.netty.ChannelBindException";

    LakeFSEmbeddedServerAutoConfiguration() {
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    EmbeddedLakeFSServer lakeFSEmbeddedServer(LakeFSProperties properties) {
        LakeFSProperties.Embedded embedded = properties.getEmbedded();
        EmbeddedLakeFSServer.Builder builder = EmbeddedLakeFSServer.builder()
            .port(embedded.getPort())
            .blockstoreType(blockstoreType(embedded.getBlockstore()))
            .durability(durability(embedded.getDurability()));
        if (embedded.getDataDirectory() != null) {
            builder.dataDirectory(Path.of(embedded.getDataDirectory()));
        }
        if (embedded.getLoginTokenLifetime() != null) {
            builder.loginTokenLifetime(embedded.getLoginTokenLifetime());
        }
        embedded.getUsers().forEach((name, user) -> builder.user(name, user.getAccessKeyId(),
                user.getSecretAccessKey()));
        EmbeddedLakeFSServer server = start(builder.build(), embedded);
        logger.info(LogMessage.format("No lakeFS is configured: started an embedded lakeFS-compatible server at %s",
                server.endpoint()));
        return server;
    }

    @Bean
    LakeFSConnectionDetails lakeFSConnectionDetails(EmbeddedLakeFSServer server, LakeFSProperties properties) {
        return new EmbeddedLakeFSConnectionDetails(server,
                properties.getCredentials().getProvider() == LakeFSProperties.Credentials.Provider.LOGIN);
    }

    private static EmbeddedLakeFSServer start(EmbeddedLakeFSServer server, LakeFSProperties.Embedded embedded) {
        try {
            return server.start();
        }
        catch (RuntimeException ex) {
            if (isBindFailure(ex)) {
                throw new LakeFSConfigurationException("The embedded lakeFS server cannot listen on port "
                        + embedded.getPort() + ": it is in use (lakefs.embedded.port=" + embedded.getPort() + ").",
                        "Set lakefs.embedded.port to a free port, or to 0 for any free one, or stop what uses it.", ex);
            }
            String directory = (embedded.getDataDirectory() != null)
                    ? " in lakefs.embedded.data-directory=" + embedded.getDataDirectory() : "";
            throw new LakeFSConfigurationException("The embedded lakeFS server cannot start" + directory + ": "
                    + rootMessage(ex), "Check that the data directory is writable and not used by another running "
                            + "embedded server, or configure a lakeFS with lakefs.endpoint.", ex);
        }
    }

    /** Reactor Netty reports a port in use as its own exception, over a JDK or a native (epoll) cause. */
    private static boolean isBindFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
            if (cause instanceof BindException || cause.getClass().getName().equals(CHANNEL_BIND_EXCEPTION)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
        return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
    }

    private static Durability durability(String name) {
        for (Durability durability : Durability.values()) {
            if (durability.name().equalsIgnoreCase(name)) {
                return durability;
            }
        }
        throw new LakeFSConfigurationException("lakefs.embedded.durability=" + name + " is invalid.",
                "Set lakefs.embedded.durability to 'process' (survives the process being killed) or 'fsync' (survives "
                        + "a power loss as well).");
    }

    private static BlockstoreType blockstoreType(String name) {
        for (BlockstoreType type : BlockstoreType.values()) {
            if (type.wireName().equals(name.toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        throw new LakeFSConfigurationException(
                "lakefs.embedded.blockstore is '" + name + "', which is not a blockstore the embedded server emulates.",
                "Set lakefs.embedded.blockstore to 's3' or 'local'.");
    }

}
