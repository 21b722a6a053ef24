package io.github.lakefsspring.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.github.lakefsspring.embedded.store.blockstore.BlockstoreType;

/**
 * Connects the test's application context to an embedded lakeFS-compatible server, whatever
 * {@code lakefs.*}, lakectl or the environment say, so a test never reaches a real lakeFS by accident.
 *
 * <p>The server starts with the context, with a fresh temporary data directory, and is shared by every
 * test class whose context is the same (through Spring's context cache); it stops when the context is
 * closed, at the latest when the test JVM exits. The server is available as an
 * {@link io.github.lakefsspring.embedded.EmbeddedLakeFSServer} bean.
 *
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureEmbeddedLakeFS {

    /**
     * Which lakeFS blockstore the server behaves as.
     * @return the blockstore type
     */
    BlockstoreType blockstore() default BlockstoreType.S3;

    /**
     * When the server's data is wiped, for tests that must not see each other's repositories.
     * @return the cleanup mode
     */
    Cleanup cleanup() default Cleanup.NEVER;

    /** When the embedded server's data is wiped. */
    enum Cleanup {

        /** Data lives as long as the server: tests share repositories and must use their own names. */
        NEVER,

        /** Every repository (and storage namespace) is gone after each test method. */
        AFTER_EACH_TEST,

        /** Every repository (and storage namespace) is gone after each test class. */
        AFTER_CLASS

    }

}
