/**
 * Object storage for the embedded server: storage namespaces of any scheme ({@code s3://},
 * {@code gs://}, {@code az://}/{@code https://}, {@code local://}) mapped to folders under the data
 * directory, written atomically and read as files.
 */
@NullMarked
package io.github.lakefsspring.embedded.store.blockstore;

import org.jspecify.annotations.NullMarked;
