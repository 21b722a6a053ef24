package io.github.lakefsspring.autoconfigure;

import io.github.lakefsspring.client.LakeFSClient;

import org.springframework.web.client.RestClient;

/**
 * Customizes the {@link RestClient.Builder} the auto-configured {@link LakeFSClient} is built from, after the
 * application's own {@code RestClientCustomizer}s: add headers, request initializers or interceptors that only
 * lakeFS calls should get. Headers and initializers reach every call; once the builder has an interceptor, object
 * transfers (whose bodies Spring would hold in memory for it) are made without the builder's customizations.
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
