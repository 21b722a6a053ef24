package io.github.lakefsspring.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the walkthrough works, under {@code sample}: the repository, its storage namespace, and the storage URIs
 * it imports from. The defaults are the seed document's names, which the embedded server emulates.
 *
 * @param repository the repository to create
 * @param storageNamespace its storage namespace
 * @param importPrefix a storage prefix to import every object from
 * @param importObject a storage object to import
 */
@ConfigurationProperties("sample")
public record SampleProperties(String repository, String storageNamespace, String importPrefix, String importObject) {

}
