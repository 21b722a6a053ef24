package io.github.lakefsspring.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when no lakeFS endpoint is configured anywhere the auto-configuration looks: not in
 * {@code lakefs.*}, the lakectl environment variables or the lakectl configuration file.
 */
class OnNoConfiguredLakeFSCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        LakeFSProperties properties = Binder.get(context.getEnvironment())
            .bind("lakefs", LakeFSProperties.class)
            .orElseGet(LakeFSProperties::new);
        LakeFSConnectionSources sources = LakeFSConnectionSources.of(properties, context.getEnvironment());
        if (sources.hasEndpoint()) {
            return ConditionOutcome.noMatch("a lakeFS endpoint is configured in " + sources.describe());
        }
        return ConditionOutcome.match("no lakeFS endpoint is configured in " + sources.describe());
    }

}
