package io.github.lakefsspring.actuate;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSException;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Adds {@code lakefs} to the {@code info} endpoint: the server's endpoint and version.
 *
 * @since 0.1.0
 */
public class LakeFSInfoContributor implements InfoContributor {

    private final LakeFSClient client;

    public LakeFSInfoContributor(LakeFSClient client) {
        this.client = client;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("endpoint", this.client.settings().apiEndpoint().toString());
        try {
            details.put("version", this.client.server().config().version());
        }
        catch (LakeFSException ex) {
            details.put("version", "unavailable");
        }
        builder.withDetail("lakefs", details);
    }

}
