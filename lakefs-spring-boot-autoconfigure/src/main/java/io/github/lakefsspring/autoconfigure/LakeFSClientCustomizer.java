package io.github.lakefsspring.autoconfigure;

import io.github.lakefsspring.client.LakeFSClient;

import org.springframework.web.client.RestClient;

/**
 * Customizes the {@link RestClient.Builder} the auto-configured {@link LakeFSClient} is built from, after the
 * application's own {@code RestClientCustomizer}s: add headers, request initializers or interceptors that only
 * lakeFS calls should get (interceptors apply to API calls, not to object transfers, whose bodies Spring would
 * otherwise hold in memory).
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface LakeFSClientCustomizer {

    /**
     * @param builder the builder for lakeFS calls only
     */
    void customize(RestClient.Builder builder);

}
