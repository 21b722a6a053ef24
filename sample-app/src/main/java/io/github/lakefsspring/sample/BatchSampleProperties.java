package io.github.lakefsspring.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the Spring Batch sample works, under {@code sample.batch}.
 *
 * @param repository the repository the sales pipeline reads and lands on
 * @param storageNamespace its storage namespace
 */
@ConfigurationProperties("sample.batch")
public record BatchSampleProperties(String repository, String storageNamespace) {

}
