package io.github.lakefsspring.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;

/**
 * Checks the {@code lakefs.*} values the client cannot work with, before anything is built, and names the
 * property as the application wrote it: {@code lakefs.connect-timeout=-5s is invalid: it must be positive}.
 */
final class LakeFSPropertiesCheck {

    private final Environment environment;

    private LakeFSPropertiesCheck(Environment environment) {
        this.environment = environment;
    }

    /**
     * @throws LakeFSConfigurationException naming the first invalid property and its value
     */
    static void check(LakeFSProperties properties, Environment environment) {
        LakeFSPropertiesCheck check = new LakeFSPropertiesCheck(environment);
        check.positive("lakefs.connect-timeout", properties.getConnectTimeout());
        check.positive("lakefs.read-timeout", properties.getReadTimeout());
        check.positive("lakefs.transfer-timeout", properties.getTransferTimeout());
        check.positive("lakefs.health.timeout", properties.getHealth().getTimeout());
        check.positive("lakefs.transactions.sweep.older-than", properties.getTransactions().getSweep().getOlderThan());
        check.positive("lakefs.transactions.sweep.interval", properties.getTransactions().getSweep().getInterval());
        LakeFSProperties.Retry retry = properties.getRetry();
        if (retry.getMaxAttempts() < 1) {
            throw check.invalid("lakefs.retry.max-attempts", retry.getMaxAttempts(), "it must be 1 or more");
        }
        if (retry.getMultiplier() < 1) {
            throw check.invalid("lakefs.retry.multiplier", retry.getMultiplier(), "it must be 1 or more");
        }
        check.notNegative("lakefs.retry.initial-delay", retry.getInitialDelay());
        check.positive("lakefs.retry.max-delay", retry.getMaxDelay());
        check.notNegative("lakefs.retry.jitter", retry.getJitter());
        if (properties.getPresign().getThreshold().isNegative()) {
            throw check.invalid("lakefs.presign.threshold", properties.getPresign().getThreshold(),
                    "it must not be negative (0 presigns every upload the storage allows)");
        }
    }

    private void positive(String property, @Nullable Duration value) {
        if (value != null && (value.isNegative() || value.isZero())) {
            throw invalid(property, value, "it must be positive, e.g. 10s");
        }
    }

    private void notNegative(String property, @Nullable Duration value) {
        if (value != null && value.isNegative()) {
            throw invalid(property, value, "it must not be negative");
        }
    }

    private LakeFSConfigurationException invalid(String property, Object value, String rule) {
        String written = this.environment.getProperty(property);
        return new LakeFSConfigurationException(property + "=" + ((written != null) ? written : value)
                + " is invalid: " + rule + ".", "Fix " + property + " in the application's configuration.");
    }

}
