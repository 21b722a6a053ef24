/**
 * The benchmark harness: this project's client, the official lakeFS Java SDK and raw JDK HTTP side by side
 * against one lakeFS, with the results written as a Markdown table.
 */
@NullMarked
package io.github.lakefsspring.benchmarks;

import org.jspecify.annotations.NullMarked;
