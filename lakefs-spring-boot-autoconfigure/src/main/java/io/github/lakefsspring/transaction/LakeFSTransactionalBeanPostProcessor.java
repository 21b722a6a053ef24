package io.github.lakefsspring.transaction;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.aopalliance.aop.Advice;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.Pointcut;
import org.springframework.aop.framework.autoproxy.AbstractBeanFactoryAwareAdvisingPostProcessor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Proxies beans with {@link LakeFSTransactional} methods or classes so that their calls run in lakeFS
 * transactions, the way Spring Framework applies {@code @Retryable}; no AspectJ weaving is needed. Methods whose
 * result is asynchronous ({@code CompletionStage}, {@code Future}, a Reactive Streams {@code Publisher}) are
 * refused when the bean is created, because the transaction would end before their work does.
 *
 * @since 0.1.0
 */
@SuppressWarnings("serial")
public class LakeFSTransactionalBeanPostProcessor extends AbstractBeanFactoryAwareAdvisingPostProcessor {

    /**
     * @param interceptor supplies the interceptor when the first transactional bean is proxied, so that this
     * post-processor can be created before the beans the interceptor needs
     */
    public LakeFSTransactionalBeanPostProcessor(Supplier<LakeFSTransactionInterceptor> interceptor) {
        setBeforeExistingAdvisors(true);
        Pointcut onClass = new AnnotationMatchingPointcut(LakeFSTransactional.class, true);
        Pointcut onMethod = new AnnotationMatchingPointcut(null, LakeFSTransactional.class, true);
        this.advisor = new DefaultPointcutAdvisor(new ComposablePointcut(onClass).union(onMethod),
                new LazyInterceptor(interceptor));
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Class<?> type = ClassUtils.getUserClass(bean);
        ReflectionUtils.doWithMethods(type, (method) -> rejectAsynchronous(method, type, beanName),
                (method) -> LakeFSTransactionInterceptor.find(method, type) != null
                        && Modifier.isPublic(method.getModifiers())
                        && method.getDeclaringClass() != Object.class);
        return super.postProcessAfterInitialization(bean, beanName);
    }

    private static void rejectAsynchronous(Method method, Class<?> type, String beanName) {
        Class<?> result = method.getReturnType();
        boolean asynchronous = CompletionStage.class.isAssignableFrom(result)
                || Future.class.isAssignableFrom(result) || implementsPublisher(result);
        if (asynchronous) {
            throw new BeanInitializationException("@LakeFSTransactional method " + type.getName() + "." + method.getName()
                    + " of bean '" + beanName + "' returns " + result.getName() + ": lakeFS transactions end when the "
                    + "method returns, before asynchronous work completes. Make the method return its result "
                    + "synchronously, or use LakeFSTransactionTemplate inside the asynchronous work.");
        }
    }

    private static boolean implementsPublisher(Class<?> type) {
        for (Class<?> candidate = type; candidate != null; candidate = candidate.getSuperclass()) {
            if (candidate.getName().equals("org.reactivestreams.Publisher")) {
                return true;
            }
            for (Class<?> contract : ClassUtils.getAllInterfacesForClassAsSet(candidate)) {
                if (contract.getName().equals("org.reactivestreams.Publisher")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Resolves the interceptor on first use. */
    private static final class LazyInterceptor implements MethodInterceptor, Advice {

        private final Supplier<LakeFSTransactionInterceptor> supplier;

        private volatile @Nullable LakeFSTransactionInterceptor interceptor;

        LazyInterceptor(Supplier<LakeFSTransactionInterceptor> supplier) {
            this.supplier = supplier;
        }

        @Override
        public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
            LakeFSTransactionInterceptor current = this.interceptor;
            if (current == null) {
                current = this.supplier.get();
                this.interceptor = current;
            }
            return current.invoke(invocation);
        }

    }

}
