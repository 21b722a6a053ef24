package io.github.lakefsspring.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.classic.ExecRuntime;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.DefaultAuthenticationStrategy;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.ProtocolExec;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.ProtocolException;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.apache.hc.core5.http.io.EofSensorWatcher;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;
import org.apache.hc.core5.net.URIAuthority;

/**
 * Apache HttpClient 5's protocol step for lakeFS calls. HttpClient's own ({@link ProtocolExec}) prepares HTTP
 * authentication on every request, parsing the request's path and query into a URI to find the realm's path prefix
 * (a tenth of a small call's client CPU); lakeFS calls carry their own {@code Authorization} and never answer a
 * challenge, so on a direct route this step only completes the request's target and ties the connection's release
 * to the end of the response body, as HttpClient does. Routes through a proxy, which may ask for proxy
 * authentication, take HttpClient's own step unchanged.
 */
final class DirectRouteExec implements ExecChainHandler {

    private final ExecChainHandler proxied = new ProtocolExec(DefaultAuthenticationStrategy.INSTANCE,
            DefaultAuthenticationStrategy.INSTANCE, null, true);

    /** Puts this step in place of HttpClient's protocol step. */
    static void install(HttpClientBuilder builder) {
        builder.replaceExecInterceptor(ChainElement.PROTOCOL.name(), new DirectRouteExec());
    }

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
            throws IOException, HttpException {
        if (scope.route.getProxyHost() != null) {
            return this.proxied.execute(request, scope, chain);
        }
        target(request, scope.route.getTargetHost());
        ExecRuntime runtime = scope.execRuntime;
        try {
            ClassicHttpResponse response = chain.proceed(request, scope);
            HttpEntity entity = response.getEntity();
            if (entity != null && entity.isStreaming()) {
                response.setEntity(new ReleasingEntity(entity, runtime));
            }
            return response;
        }
        catch (IOException | HttpException | RuntimeException ex) {
            runtime.discardEndpoint();
            throw ex;
        }
    }

    private static void target(ClassicHttpRequest request, HttpHost target) throws ProtocolException {
        if (request.getScheme() == null) {
            request.setScheme(target.getSchemeName());
        }
        if (request.getAuthority() == null) {
            request.setAuthority(new URIAuthority(target));
        }
        if (request.getAuthority().getUserInfo() != null) {
            throw new ProtocolException("Request URI authority contains deprecated userinfo component");
        }
    }

    /**
     * A response body whose connection goes back to the pool once the body is read to its end or closed (closing
     * reads what is left, so the connection stays in step), and is discarded if reading fails or is aborted.
     */
    private static final class ReleasingEntity extends HttpEntityWrapper implements EofSensorWatcher {

        private final ExecRuntime runtime;

        ReleasingEntity(HttpEntity entity, ExecRuntime runtime) {
            super(entity);
            this.runtime = runtime;
        }

        @Override
        public boolean isRepeatable() {
            return false;
        }

        @Override
        public InputStream getContent() throws IOException {
            return new EofSensorInputStream(super.getContent(), this);
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            releasedAfter(() -> super.writeTo(out));
        }

        @Override
        public boolean eofDetected(InputStream wrapped) throws IOException {
            releasedAfter(wrapped::close);
            return false;
        }

        @Override
        public boolean streamClosed(InputStream wrapped) throws IOException {
            if (this.runtime.isEndpointAcquired()) {
                releasedAfter(wrapped::close);
            }
            return false;
        }

        @Override
        public boolean streamAbort(InputStream wrapped) {
            this.runtime.discardEndpoint();
            return false;
        }

        @Override
        public void close() throws IOException {
            releasedAfter(super::close);
        }

        private void releasedAfter(IoStep step) throws IOException {
            try {
                step.run();
                this.runtime.releaseEndpoint();
            }
            catch (IOException | RuntimeException ex) {
                this.runtime.discardEndpoint();
                throw ex;
            }
        }

    }

    @FunctionalInterface
    private interface IoStep {

        void run() throws IOException;

    }

}
