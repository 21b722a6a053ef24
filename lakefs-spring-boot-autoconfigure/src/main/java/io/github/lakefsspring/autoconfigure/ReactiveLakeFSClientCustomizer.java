package io.github.lakefsspring.autoconfigure;

import io.github.lakefsspring.client.ReactiveLakeFSClient;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Customizes the {@link WebClient.Builder} the auto-configured {@link ReactiveLakeFSClient} is built from, after the
 * application's own {@code WebClientCustomizer}s: add headers or filters that only lakeFS calls should get.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ReactiveLakeFSClientCustomizer {

    /**
     * @param builder the builder for reactive lakeFS calls only
     */
    void customize(WebClient.Builder builder);

}
