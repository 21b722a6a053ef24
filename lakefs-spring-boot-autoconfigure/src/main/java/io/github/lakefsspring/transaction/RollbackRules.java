package io.github.lakefsspring.transaction;

import java.util.List;

/**
 * Whether an exception rolls a transaction back, with Spring's {@code @Transactional} rules: unchecked exceptions
 * and errors roll back, checked exceptions do not, unless {@code rollbackFor} or {@code noRollbackFor} name the
 * exception's class or a superclass; the closest named class wins.
 *
 * @param rollbackFor exception types that roll back
 * @param noRollbackFor exception types that do not
 * @since 0.1.0
 */
public record RollbackRules(List<Class<? extends Throwable>> rollbackFor, List<Class<? extends Throwable>> noRollbackFor) {

    /** The default rules. */
    public static final RollbackRules DEFAULT = new RollbackRules(List.of(), List.of());

    public RollbackRules {
        rollbackFor = List.copyOf(rollbackFor);
        noRollbackFor = List.copyOf(noRollbackFor);
    }

    /**
     * @param failure what the work threw
     * @return whether the transaction rolls back
     */
    public boolean rollsBack(Throwable failure) {
        int rollbackDepth = depth(failure, this.rollbackFor);
        int commitDepth = depth(failure, this.noRollbackFor);
        if (rollbackDepth >= 0 || commitDepth >= 0) {
            return commitDepth < 0 || (rollbackDepth >= 0 && rollbackDepth < commitDepth);
        }
        return (failure instanceof RuntimeException) || (failure instanceof Error);
    }

    private static int depth(Throwable failure, List<Class<? extends Throwable>> types) {
        int depth = 0;
        for (Class<?> type = failure.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            if (types.contains(type)) {
                return depth;
            }
            depth++;
        }
        return -1;
    }

}
