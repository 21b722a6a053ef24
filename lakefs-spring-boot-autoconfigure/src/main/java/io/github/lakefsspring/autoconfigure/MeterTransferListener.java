package io.github.lakefsspring.autoconfigure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import io.github.lakefsspring.client.TransferListener;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Counts object bytes in {@code lakefs.client.transfer.bytes}, tagged with the operation and the direction.
 */
final class MeterTransferListener implements TransferListener {

    private final ObjectProvider<MeterRegistry> meters;

    MeterTransferListener(ObjectProvider<MeterRegistry> meters) {
        this.meters = meters;
    }

    @Override
    public void transferred(String operation, Direction direction, long bytes) {
        MeterRegistry registry = this.meters.getIfAvailable();
        if (registry != null) {
            Counter.builder("lakefs.client.transfer.bytes")
                .description("Object bytes moved between the application and lakeFS")
                .baseUnit("bytes")
                .tag("operation", operation)
                .tag("direction", direction.name().toLowerCase(java.util.Locale.ROOT))
                .register(registry)
                .increment(bytes);
        }
    }

}
