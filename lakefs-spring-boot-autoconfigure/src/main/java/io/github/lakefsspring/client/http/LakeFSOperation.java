package io.github.lakefsspring.client.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the lakeFS operation an HTTP interface method calls (lakeFS's own operation id, as observations and
 * errors report it) and says whether sending it twice is harmless, which decides whether it is retried.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface LakeFSOperation {

    /** @return lakeFS's operation id, e.g. {@code getRepository} */
    String value();

    /** @return whether a second identical request cannot change the outcome */
    boolean idempotent();
}
