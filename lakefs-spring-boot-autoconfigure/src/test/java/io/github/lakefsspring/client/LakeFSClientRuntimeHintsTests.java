package io.github.lakefsspring.client;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.lakefsspring.client.http.RequestBodies;
import io.github.lakefsspring.client.http.ServerExchange;
import io.github.lakefsspring.client.model.Change;
import io.github.lakefsspring.client.model.ChangeType;
import io.github.lakefsspring.client.model.Commit;
import io.github.lakefsspring.client.model.ObjectStats;
import io.github.lakefsspring.client.model.Page;
import io.github.lakefsspring.client.model.StorageConfig;

import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clients' hints are found where Spring's AOT processing looks, and cover the HTTP interfaces' proxies and
 * the types Jackson binds, down to nested records and enums.
 */
class LakeFSClientRuntimeHintsTests {

    @Test
    void aotProcessingFindsTheHints() {
        List<RuntimeHintsRegistrar> registrars = SpringFactoriesLoader
            .forResourceLocation("META-INF/spring/aot.factories")
            .load(RuntimeHintsRegistrar.class);
        assertThat(registrars).hasAtLeastOneElementOfType(LakeFSClientRuntimeHints.class);
    }

    @Test
    void interfacesAreProxiableAndBoundTypesReflective() {
        RuntimeHints hints = new RuntimeHints();
        new LakeFSClientRuntimeHints().registerHints(hints, getClass().getClassLoader());
        assertThat(RuntimeHintsPredicates.proxies()
            .forInterfaces(AopProxyUtils.completeJdkProxyInterfaces(ServerExchange.class))).accepts(hints);
        assertThat(RuntimeHintsPredicates.proxies().forInterfaces(ServerExchange.class)).accepts(hints);
        for (Class<?> type : List.of(Page.class, ObjectStats.class, Commit.class, Change.class, ChangeType.class,
                StorageConfig.class, RequestBodies.CommitCreation.class)) {
            assertThat(RuntimeHintsPredicates.reflection().onType(type)).as(type.getName()).accepts(hints);
        }
    }

    @Test
    void everyHttpInterfaceOfTheClientsIsListed() throws Exception {
        Resource[] classes = new PathMatchingResourcePatternResolver()
            .getResources("classpath*:io/github/lakefsspring/client/http/*Exchange.class");
        assertThat(classes).isNotEmpty();
        for (Resource type : classes) {
            String name = "io.github.lakefsspring.client.http." + type.getFilename().replace(".class", "");
            assertThat(LakeFSClientRuntimeHints.EXCHANGES).as(name).contains(Class.forName(name));
        }
    }

}
