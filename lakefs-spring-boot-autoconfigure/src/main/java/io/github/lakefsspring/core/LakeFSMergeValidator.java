package io.github.lakefsspring.core;

/**
 * A merge gate: sees a transaction's changes, committed on its transaction branch, before they are merged into the
 * source branch, and may refuse them. A refusal rolls the transaction back (nothing reaches the source branch) with
 * a {@link LakeFSMergeRejectedException} naming the validator and its reason.
 *
 * <p>Validators apply to every transaction of a {@link RepositoryTemplate} (in a Spring application, every bean of
 * this type, in their order) and to one transaction through {@link TransactionOptions#withValidator}; they run on
 * the thread that completes the transaction, after its commit and before the merge.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface LakeFSMergeValidator {

    /**
     * @param candidate the committed changes, readable on the transaction branch
     * @return whether they may be merged, and if not, why
     */
    MergeVerdict validate(MergeCandidate candidate);

    /** @return how messages name this validator: its class's simple name, unless it is a lambda */
    default String name() {
        Class<?> type = getClass();
        return (type.isHidden() || type.isAnonymousClass()) ? "merge validator" : type.getSimpleName();
    }

    /**
     * A validator with a name for messages, for lambdas.
     * @param name the name
     * @param validator the validator
     * @return the named validator
     */
    static LakeFSMergeValidator named(String name, LakeFSMergeValidator validator) {
        return new LakeFSMergeValidator() {

            @Override
            public MergeVerdict validate(MergeCandidate candidate) {
                return validator.validate(candidate);
            }

            @Override
            public String name() {
                return name;
            }

        };
    }

}
