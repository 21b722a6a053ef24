package io.github.lakefsspring.autoconfigure;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Customizes the {@link WebClient.Builder} the auto-configured {@link io.github.lakefsspring.client.LakeFSClient}
 * is built from, after the application's own {@code WebClientCustomizer}s: add filters, headers or codecs that
 * only lakeFS calls should get.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface LakeFSClientCustomizer {

    /**
     * @param builder the builder for lakeFS calls only
     */
    void customize(WebClient.Builder builder);

}
