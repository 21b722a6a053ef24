package io.github.lakefsspring.test.testcontainers;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.autoconfigure.LakeFSConnectionDetails;

import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;
import org.springframework.boot.ssl.SslBundle;

/**
 * Creates {@link LakeFSConnectionDetails} from a {@code @ServiceConnection}-annotated
 * {@link LakeFSContainer}, so the container replaces every other lakeFS configuration of the test's
 * application context.
 */
class LakeFSContainerConnectionDetailsFactory
        extends ContainerConnectionDetailsFactory<LakeFSContainer, LakeFSConnectionDetails> {

    LakeFSContainerConnectionDetailsFactory() {
        super(ANY_CONNECTION_NAME);
    }

    @Override
    protected LakeFSConnectionDetails getContainerConnectionDetails(ContainerConnectionSource<LakeFSContainer> source) {
        return new LakeFSContainerConnectionDetails(source);
    }

    /**
     * {@link LakeFSConnectionDetails} of a {@link LakeFSContainer}.
     */
    static final class LakeFSContainerConnectionDetails extends ContainerConnectionDetails<LakeFSContainer>
            implements LakeFSConnectionDetails {

        LakeFSContainerConnectionDetails(ContainerConnectionSource<LakeFSContainer> source) {
            super(source);
        }

        @Override
        public String getEndpoint() {
            return getContainer().getEndpoint();
        }

        @Override
        public String getAccessKeyId() {
            return getContainer().getAccessKeyId();
        }

        @Override
        public String getSecretAccessKey() {
            return getContainer().getSecretAccessKey();
        }

        /** The bundle named by the container's {@code @Ssl} annotations, if any. */
        @Override
        public @Nullable SslBundle getSslBundle() {
            return super.getSslBundle();
        }

    }

}
