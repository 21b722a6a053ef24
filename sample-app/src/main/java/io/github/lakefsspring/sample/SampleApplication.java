package io.github.lakefsspring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Runs the lakeFS Python SDK walkthrough in Java: on an embedded lakeFS-compatible server by default, or on the
 * lakeFS that {@code lakefs.endpoint} names.
 */
@SpringBootApplication
@EnableConfigurationProperties({ SampleProperties.class, BatchSampleProperties.class })
public class SampleApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(SampleApplication.class, args)));
    }

}
