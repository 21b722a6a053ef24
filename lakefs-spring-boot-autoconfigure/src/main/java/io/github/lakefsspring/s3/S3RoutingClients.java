package io.github.lakefsspring.s3;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds the Java counterpart of the Boto S3 Router: an {@link S3Client} that looks at each request's bucket and
 * sends it to lakeFS or to the application's own client by the first matching {@link S3RoutingRule}, renaming the
 * bucket and prefixing keys with a ref where the rule says so. Buckets no rule matches go to the default client.
 * Requests without a bucket (such as {@code listBuckets}) go to the default client.
 *
 * @since 0.1.0
 */
public final class S3RoutingClients {

    private S3RoutingClients() {
    }

    /**
     * @param lakeFS the client on the lakeFS gateway
     * @param defaultClient the application's own client, or {@code null} when every bucket must be routed to lakeFS
     * @param rules the rules, first match wins
     * @return the routing client
     */
    public static S3Client create(S3Client lakeFS, @Nullable S3Client defaultClient, List<S3RoutingRule> rules) {
        return (S3Client) Proxy.newProxyInstance(S3Client.class.getClassLoader(), new Class<?>[] { S3Client.class },
                new Router(lakeFS, defaultClient, List.copyOf(rules)));
    }

    /** Picks the client per call. */
    private record Router(S3Client lakeFS, @Nullable S3Client defaultClient, List<S3RoutingRule> rules)
            implements InvocationHandler {

        @Override
        public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args) throws Throwable {
            if (method.getName().equals("close") && (args == null || args.length == 0)) {
                return null;
            }
            if (method.getName().equals("toString") && (args == null || args.length == 0)) {
                return "S3RoutingClient" + this.rules;
            }
            if (method.getName().equals("serviceName")) {
                return S3Client.SERVICE_NAME;
            }
            if (method.isDefault() && args != null && args.length > 0 && !(args[0] instanceof SdkRequest)) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            SdkRequest request = (args != null && args.length > 0 && args[0] instanceof SdkRequest sdk) ? sdk : null;
            Optional<String> bucket = (request != null) ? request.getValueForField("Bucket", String.class)
                    : Optional.empty();
            S3RoutingRule rule = bucket.flatMap((name) -> this.rules.stream().filter((r) -> r.matches(name)).findFirst())
                .orElse(null);
            S3Client target = (rule != null && rule.target() == S3RoutingRule.Target.LAKEFS) ? this.lakeFS
                    : this.defaultClient;
            if (target == null) {
                throw new IllegalStateException("No S3 client for bucket '" + bucket.orElse("") + "': no routing rule "
                        + "sends it to lakeFS and the application has no S3Client of its own");
            }
            Object[] routed = (args == null) ? new Object[0] : args.clone();
            if (rule != null && rule.target() == S3RoutingRule.Target.LAKEFS && request != null) {
                routed[0] = rewrite(request, rule);
            }
            try {
                return method.invoke(target, routed);
            }
            catch (InvocationTargetException ex) {
                throw ex.getCause();
            }
        }

        private static SdkRequest rewrite(SdkRequest request, S3RoutingRule rule) throws ReflectiveOperationException {
            Object builder = call(request, "toBuilder");
            if (rule.repository() != null) {
                call(builder, "bucket", rule.repository());
            }
            Optional<String> key = request.getValueForField("Key", String.class);
            if (rule.ref() != null && key.isPresent()) {
                call(builder, "key", rule.ref() + "/" + key.get());
            }
            Optional<String> prefix = request.getValueForField("Prefix", String.class);
            if (rule.ref() != null && request.getClass().getSimpleName().startsWith("ListObjects")) {
                call(builder, "prefix", rule.ref() + "/" + prefix.orElse(""));
            }
            return (SdkRequest) call(builder, "build");
        }

        private static Object call(Object target, String name, Object... args) throws ReflectiveOperationException {
            Class<?>[] types = new Class<?>[args.length];
            Arrays.fill(types, String.class);
            Method method = target.getClass().getMethod(name, types);
            method.setAccessible(true);
            return method.invoke(target, args);
        }

    }

}
