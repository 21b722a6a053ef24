package io.github.lakefsspring.batch;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a job bean on lakeFS job branches: on the {@code @Bean} method (or the class) of a Spring Batch
 * {@code Job}, it registers a {@link LakeFSJobBranch} for the repository and branch with the job and each of its
 * steps. Both attributes accept {@code ${...}} placeholders; left empty they are {@code lakefs.default-repository}
 * and {@code lakefs.default-branch}. The application's {@code LakeFSMergeValidator} beans gate the final merge.
 *
 * <pre>{@code
 * @Bean
 * @LakeFSJob(repository = "lake", branch = "main")
 * Job cleanSales(JobRepository jobs, Step clean, Step summarize) {
 *     return new JobBuilder("cleanSales", jobs).start(clean).next(summarize).build();
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface LakeFSJob {

    /** @return the repository id; empty for {@code lakefs.default-repository} */
    String repository() default "";

    /** @return the branch the job reads from and lands on; empty for {@code lakefs.default-branch} */
    String branch() default "";

}
