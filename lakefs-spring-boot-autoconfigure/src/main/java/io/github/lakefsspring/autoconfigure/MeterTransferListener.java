package io.github.lakefsspring.autoconfigure;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import io.github.lakefsspring.client.TransferListener;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Counts object bytes in {@code lakefs.client.transfer.bytes}, tagged with the operation and the direction. The
 * registry is looked up at the first transfer, not when the listener is created, so that it counts whichever
 * auto-configuration ends up defining the registry; each counter is looked up once.
 */
final class MeterTransferListener implements TransferListener {

    private final ObjectProvider<MeterRegistry> meters;

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    MeterTransferListener(ObjectProvider<MeterRegistry> meters) {
        this.meters = meters;
    }

    @Override
    public void transferred(String operation, Direction direction, long bytes) {
        String key = operation + "/" + direction;
        Counter counter = this.counters.get(key);
        if (counter == null) {
            MeterRegistry registry = this.meters.getIfAvailable();
            if (registry == null) {
                return;
            }
            counter = this.counters.computeIfAbsent(key, (ignored) -> Counter.builder("lakefs.client.transfer.bytes")
                .description("Object bytes moved between the application and lakeFS")
                .baseUnit("bytes")
                .tag("operation", operation)
                .tag("direction", direction.name().toLowerCase(Locale.ROOT))
                .register(registry));
        }
        counter.increment(bytes);
    }

}
