package io.github.lakefsspring.sample;

import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Runs the walkthrough when the application starts; on an embedded server it first places the objects to import
 * in the emulated bucket.
 */
@Component
class WalkthroughRunner implements ApplicationRunner {

    private final RepositoryOperations repositories;

    private final SampleProperties properties;

    private final ObjectProvider<EmbeddedLakeFSServer> embedded;

    WalkthroughRunner(RepositoryOperations repositories, SampleProperties properties,
            ObjectProvider<EmbeddedLakeFSServer> embedded) {
        this.repositories = repositories;
        this.properties = properties;
        this.embedded = embedded;
    }

    @Override
    public void run(ApplicationArguments args) {
        this.embedded.ifAvailable((server) -> ImportSourceSeeder.seed(server, this.properties));
        new SdkWalkthrough(this.repositories, this.properties, new Printer(System.out)).run();
    }

}
