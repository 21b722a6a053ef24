package io.github.lakefsspring.sample;

import io.github.lakefsspring.autoconfigure.LakeFSConnectionDetails;
import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;

import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Runs the walkthroughs when the application starts (the lakeFS SDK one, then the S3 gateway one); on an embedded
 * server it first places the objects to import in the emulated bucket.
 */
@Component
@Profile("!batch")
class WalkthroughRunner implements ApplicationRunner {

    private final RepositoryOperations repositories;

    private final SampleProperties properties;

    private final ObjectProvider<EmbeddedLakeFSServer> embedded;

    private final S3Client s3;

    private final LakeFSConnectionDetails connection;

    WalkthroughRunner(RepositoryOperations repositories, SampleProperties properties,
            ObjectProvider<EmbeddedLakeFSServer> embedded, @Qualifier("lakeFS") S3Client s3,
            LakeFSConnectionDetails connection) {
        this.repositories = repositories;
        this.properties = properties;
        this.embedded = embedded;
        this.s3 = s3;
        this.connection = connection;
    }

    @Override
    public void run(ApplicationArguments args) {
        this.embedded.ifAvailable((server) -> ImportSourceSeeder.seed(server, this.properties));
        Printer printer = new Printer(System.out);
        String mainCommit = new SdkWalkthrough(this.repositories, this.properties, printer).run();
        if (this.connection.getAccessKeyId() == null) {
            printer.line("Skipping the S3 gateway examples: the gateway signs requests with an access key pair, and "
                    + "this application authenticates with " + this.connection.getCredentialsProvider() + ".");
            return;
        }
        new S3GatewayWalkthrough(this.s3, this.properties.repository(), printer).run(mainCommit);
    }

}
