package io.github.lakefsspring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link LakeFSConfigurationException} into a startup report that says what is wrong and
 * how to fix it.
 */
class LakeFSConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<LakeFSConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LakeFSConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.getAction(), cause);
    }

}
