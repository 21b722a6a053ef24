package io.github.lakefsspring.transaction;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the annotated method (or every public method of the annotated class) in a lakeFS transaction: the
 * method's changes to a branch are made on an ephemeral hidden branch that is committed and merged back when
 * the method returns normally, and thrown away when it fails, so the branch sees all of them or none.
 *
 * <p>While the method runs, every operation of a {@code BranchTemplate}, branch handle or {@code lakefs://}
 * resource on the current thread that addresses the transaction's source branch goes to the transaction
 * branch instead. Other threads, and other branches, see the source branch unchanged until the merge.
 *
 * <p>Like {@code @Transactional}, the annotation works through a proxy: a call from one method of a bean to
 * another method of the same bean ("self-invocation") is not intercepted. Methods returning
 * {@code CompletableFuture}, {@code Mono}, {@code Flux} or other asynchronous results are refused when the
 * bean is created, because the transaction would end before their work does.
 *
 * <p>Isolation is a snapshot of the source branch taken when the transaction begins; there is no locking.
 * Two transactions changing the same paths both run to completion; the second merge fails with a
 * {@link LakeFSTransactionConflictException} and leaves the source branch as the first one left it.
 *
 * @since 0.1.0
 * @see LakeFSTransactionTemplate
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
public @interface LakeFSTransactional {

    /**
     * The repository; {@code lakefs.default-repository} when empty. May hold {@code ${...}} placeholders
     * ({@code "${app.repository}"}), resolved against the environment as {@code @Value} resolves them.
     * @return the repository id
     */
    String repository() default "";

    /**
     * The source branch the transaction's changes are merged into; {@code lakefs.default-branch} when empty. May
     * hold {@code ${...}} placeholders.
     * @return the branch id
     */
    String branch() default "";

    /**
     * The commit message: a SpEL template where {@code #{...}} expressions see the method's arguments by name
     * ({@code #day}) or position ({@code #p0}, {@code #a0}), and beans as {@code @name}; {@code ${...}}
     * placeholders are resolved first.
     * @return the commit message template
     */
    String commitMessage() default "";

    /**
     * Commit metadata as {@code key=value} pairs whose values are SpEL templates like {@link #commitMessage()}; keys
     * may hold {@code ${...}} placeholders.
     * @return the metadata pairs
     */
    String[] commitMetadata() default {};

    /**
     * A tag to create on the merge commit, a SpEL template like {@link #commitMessage()}; none when empty. An
     * existing tag fails the transaction before anything is merged.
     * @return the tag id template
     */
    String tag() default "";

    /**
     * How the method relates to a transaction already active on the same branch.
     * @return the propagation
     */
    TransactionPropagation propagation() default TransactionPropagation.REQUIRED;

    /**
     * Exceptions that roll the transaction back in addition to the default (unchecked exceptions and errors).
     * @return the exception types
     */
    Class<? extends Throwable>[] rollbackFor() default {};

    /**
     * Exceptions that commit the transaction although they would roll it back by default.
     * @return the exception types
     */
    Class<? extends Throwable>[] noRollbackFor() default {};

    /**
     * Whether a rolled-back or failed transaction deletes its branch; {@code false} keeps it for inspection.
     * @return whether to delete the branch on error
     */
    boolean deleteBranchOnError() default true;

    /**
     * How the merge resolves a path changed both in the transaction and on the source branch since it began.
     * @return the merge strategy
     */
    ConflictResolution conflictResolution() default ConflictResolution.FAIL;

}
