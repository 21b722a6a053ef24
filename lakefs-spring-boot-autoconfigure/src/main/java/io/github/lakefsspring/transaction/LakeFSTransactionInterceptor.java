package io.github.lakefsspring.transaction;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.core.MergeStrategy;
import io.github.lakefsspring.core.TransactionOptions;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.expression.BeanFactoryResolver;
import org.springframework.context.expression.MethodBasedEvaluationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.Expression;
import org.springframework.expression.ParserContext;
import org.springframework.expression.common.TemplateParserContext;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.util.StringUtils;

/**
 * Runs methods annotated with {@link LakeFSTransactional} through a {@link LakeFSTransactionTemplate}: reads the
 * annotation (method first, then class), resolves its {@code ${...}} placeholders against the environment and
 * evaluates its SpEL templates against the method's arguments and the application's beans, and applies its
 * propagation and rollback rules.
 *
 * @since 0.1.0
 */
public class LakeFSTransactionInterceptor implements MethodInterceptor {

    private static final ParserContext TEMPLATE = new TemplateParserContext();

    private final SpelExpressionParser parser = new SpelExpressionParser();

    private final ParameterNameDiscoverer parameterNames = new DefaultParameterNameDiscoverer();

    private final LakeFSTransactionTemplate transactions;

    private final @Nullable String defaultRepository;

    private final String defaultBranch;

    private final @Nullable BeanFactory beanFactory;

    /**
     * @param transactions the template that runs the transactions
     * @param defaultRepository the repository when the annotation names none
     * @param defaultBranch the branch when the annotation names none
     * @param beanFactory resolves {@code @bean} references in SpEL templates
     */
    public LakeFSTransactionInterceptor(LakeFSTransactionTemplate transactions, @Nullable String defaultRepository,
            String defaultBranch, @Nullable BeanFactory beanFactory) {
        this.transactions = transactions;
        this.defaultRepository = defaultRepository;
        this.defaultBranch = defaultBranch;
        this.beanFactory = beanFactory;
    }

    @Override
    public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
        Method method = invocation.getMethod();
        Object target = invocation.getThis();
        Class<?> targetClass = (target != null) ? AopUtils.getTargetClass(target) : method.getDeclaringClass();
        Method specific = AopUtils.getMostSpecificMethod(method, targetClass);
        LakeFSTransactional annotation = find(specific, targetClass);
        if (annotation == null) {
            return invocation.proceed();
        }
        return this.transactions.execute(definition(annotation, specific, invocation.getArguments()),
                invocation::proceed);
    }

    static @Nullable LakeFSTransactional find(Method method, Class<?> targetClass) {
        LakeFSTransactional annotation = AnnotatedElementUtils.findMergedAnnotation(method, LakeFSTransactional.class);
        return (annotation != null) ? annotation
                : AnnotatedElementUtils.findMergedAnnotation(targetClass, LakeFSTransactional.class);
    }

    private LakeFSTransactionDefinition definition(LakeFSTransactional annotation, Method method, Object[] arguments) {
        MethodBasedEvaluationContext context = new MethodBasedEvaluationContext(null, method, arguments,
                this.parameterNames);
        if (this.beanFactory != null) {
            context.setBeanResolver(new BeanFactoryResolver(this.beanFactory));
        }
        String repository = StringUtils.hasText(annotation.repository()) ? placeholders(annotation.repository())
                : this.defaultRepository;
        if (repository == null) {
            throw new IllegalStateException("@LakeFSTransactional on " + method + " names no repository and "
                    + "lakefs.default-repository is not set");
        }
        String branch = StringUtils.hasText(annotation.branch()) ? placeholders(annotation.branch())
                : this.defaultBranch;
        String message = evaluate(annotation.commitMessage(), context);
        if (message.isEmpty()) {
            message = "Transaction " + method.getDeclaringClass().getSimpleName() + "." + method.getName();
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (String pair : annotation.commitMetadata()) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalStateException("@LakeFSTransactional commitMetadata entry '" + pair + "' on " + method
                        + " is invalid: it must be key=value");
            }
            metadata.put(placeholders(pair.substring(0, equals).trim()), evaluate(pair.substring(equals + 1), context));
        }
        String tag = evaluate(annotation.tag(), context);
        TransactionOptions options = new TransactionOptions(message, metadata, tag.isEmpty() ? null : tag,
                annotation.deleteBranchOnError(), strategy(annotation.conflictResolution()), List.of(), null, Map.of());
        return new LakeFSTransactionDefinition(repository, branch, options, annotation.propagation(),
                new RollbackRules(Arrays.asList(annotation.rollbackFor()), Arrays.asList(annotation.noRollbackFor())));
    }

    /** Resolves {@code ${...}} placeholders against the application's environment, as {@code @Value} does. */
    private String placeholders(String value) {
        if (!value.contains("${") || !(this.beanFactory instanceof ConfigurableBeanFactory configurable)) {
            return value;
        }
        String resolved = configurable.resolveEmbeddedValue(value);
        return (resolved != null) ? resolved : "";
    }

    private String evaluate(String template, MethodBasedEvaluationContext context) {
        String resolved = placeholders(template);
        if (!resolved.contains("#{")) {
            return resolved;
        }
        Expression expression = this.parser.parseExpression(resolved, TEMPLATE);
        Object value = expression.getValue(context);
        return (value != null) ? value.toString() : "";
    }

    private static @Nullable MergeStrategy strategy(ConflictResolution resolution) {
        return switch (resolution) {
            case FAIL -> null;
            case SOURCE_BRANCH_WINS -> MergeStrategy.DESTINATION_WINS;
            case TRANSACTION_WINS -> MergeStrategy.SOURCE_WINS;
        };
    }

}
