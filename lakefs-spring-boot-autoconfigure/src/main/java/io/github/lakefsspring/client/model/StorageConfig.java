package io.github.lakefsspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * What the server's object store supports.
 *
 * @param blockstoreType {@code s3}, {@code gs}, {@code azure}, {@code local}...
 * @param blockstoreNamespaceValidityRegex the rule storage namespaces must match
 * @param preSignSupport whether objects can be read and written through presigned URLs
 * @param preSignMultipartUpload whether presigned multipart uploads are supported
 * @param importSupport whether objects can be imported
 * @param importValidityRegex the rule import sources must match
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StorageConfig(@JsonProperty("blockstore_type") String blockstoreType,
        @JsonProperty("blockstore_namespace_ValidityRegex") @Nullable String blockstoreNamespaceValidityRegex,
        @JsonProperty("pre_sign_support") boolean preSignSupport,
        @JsonProperty("pre_sign_multipart_upload") boolean preSignMultipartUpload,
        @JsonProperty("import_support") boolean importSupport,
        @JsonProperty("import_validity_regex") @Nullable String importValidityRegex) {

}
