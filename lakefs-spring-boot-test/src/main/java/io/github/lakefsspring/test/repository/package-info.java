/**
 * A repository of its own for each test class or test method, on whichever lakeFS the test's Spring context
 * connects to, deleted afterwards.
 */
@NullMarked
package io.github.lakefsspring.test.repository;

import org.jspecify.annotations.NullMarked;
