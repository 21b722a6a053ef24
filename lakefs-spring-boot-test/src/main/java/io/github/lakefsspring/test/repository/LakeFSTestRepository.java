package io.github.lakefsspring.test.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives each test method (or each test class) of a Spring test a lakeFS repository of its own, created on the
 * context's lakeFS (embedded, Testcontainers {@code @ServiceConnection}, or configured) before it runs and deleted
 * after, so that tests neither see each other's data nor leave repositories behind. The test reaches it through
 * the {@link TestRepository} bean.
 *
 * <pre>{@code
 * @SpringBootTest
 * @LakeFSTestRepository(namespacePrefix = "local://tests/")
 * class ReportJobTests {
 *
 *     @Autowired
 *     TestRepository repository;
 *
 *     @Test
 *     void writesTheReport() {
 *         Branch main = this.repository.branch("main");
 *         ...
 *     }
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface LakeFSTestRepository {

    /**
     * Where the repositories' storage namespaces go, e.g. {@code local://tests/} for a lakeFS on a local
     * blockstore; empty for {@code lakefs.test.namespace-prefix}, else {@code s3://lakefs-test-repositories/}.
     * @return the prefix
     */
    String namespacePrefix() default "";

    /**
     * Whether each test method or each test class gets a repository.
     * @return the scope
     */
    Scope scope() default Scope.METHOD;

    /** How long a test repository lives. */
    enum Scope {

        /** One repository per test method. */
        METHOD,

        /** One repository per test class, shared by its methods. */
        CLASS

    }

}
