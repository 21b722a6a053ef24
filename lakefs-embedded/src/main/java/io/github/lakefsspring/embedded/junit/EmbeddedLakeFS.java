package io.github.lakefsspring.embedded.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a JUnit 5 test class a lakeFS: test methods, constructors and lifecycle methods may declare
 * parameters of type {@link io.github.lakefsspring.embedded.EmbeddedLakeFSServer} (always an embedded
 * server) or {@link LakeFSTarget} (the real lakeFS named by the {@code LAKEFS_IT_*} variables when they
 * are set, else the embedded server).
 *
 * <p>One embedded server, with a temporary data directory, is shared by every test class of the test
 * run that uses this annotation, and is stopped when the run ends; tests isolate their data by using
 * their own repositories.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(EmbeddedLakeFSExtension.class)
public @interface EmbeddedLakeFS {
}
