package io.github.lakefsspring.core;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;

/**
 * The one place that decides which branch an operation addressed to a branch really goes to: while a
 * transaction is active on the current thread, operations on its source branch go to its transaction branch.
 * Handles and templates ask here before every request that names a branch, so no operation can bypass an
 * active transaction by accident.
 *
 * @since 0.1.0
 */
public final class BranchRedirects {

    private static final ThreadLocal<Deque<Redirect>> active = ThreadLocal.withInitial(ArrayDeque::new);

    private BranchRedirects() {
    }

    /**
     * Where an operation on a branch goes on this thread.
     * @param repository the repository id
     * @param branch the branch the caller named
     * @return the branch to use: the innermost active transaction branch for it, or the branch itself
     */
    public static String resolve(String repository, String branch) {
        return current(repository, branch).map(Redirect::transactionBranch).orElse(branch);
    }

    /**
     * The innermost transaction active on this thread for a branch.
     * @param repository the repository id
     * @param branch the source branch
     * @return the redirect, if a transaction is active for the branch
     */
    public static Optional<Redirect> current(String repository, String branch) {
        for (Iterator<Redirect> redirects = active.get().iterator(); redirects.hasNext();) {
            Redirect redirect = redirects.next();
            if (redirect.repository().equals(repository) && redirect.sourceBranch().equals(branch)) {
                return Optional.of(redirect);
            }
        }
        return Optional.empty();
    }

    /**
     * Sends operations on a branch to a transaction branch on this thread until the returned scope is closed.
     * @param redirect the redirect
     * @return the scope; close it on the same thread
     */
    public static Scope open(Redirect redirect) {
        Deque<Redirect> redirects = active.get();
        redirects.push(redirect);
        return () -> {
            redirects.remove(redirect);
            if (redirects.isEmpty()) {
                active.remove();
            }
        };
    }

    /**
     * A branch whose operations go to a transaction branch.
     *
     * @param repository the repository id
     * @param sourceBranch the branch the caller names
     * @param transactionBranch the branch operations go to
     */
    public record Redirect(String repository, String sourceBranch, String transactionBranch) {

    }

    /** Ends a redirect. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {

        @Override
        void close();

    }

}
