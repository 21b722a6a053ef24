package io.github.lakefsspring.client;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.classic.ExecRuntime;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;

/**
 * Makes a request body's write end in one of two ways only, complete or cut, which Apache HttpClient 5 does not
 * ensure by itself:
 * <ul>
 * <li>a write blocked for longer than the timeout (the server stopped reading) closes the connection and fails
 * with {@link StalledWriteException} instead of waiting forever, as a blocking socket cannot bound a write;</li>
 * <li>a body that fails part-way (its source threw, or the writer discarded it) closes the connection before the
 * failure propagates: HttpClient closes a chunked body's stream even after a failure, and that close writes the
 * last chunk, so without the cut the server would store the truncated body as a complete object.</li>
 * </ul>
 * An exec interceptor; one watchdog thread serves every guarded write in the JVM.
 */
public final class BodyWriteGuard implements ExecChainHandler {

    /** The name the guard is registered under in the exec chain. */
    public static final String NAME = "lakefs-body-write-guard";

    private static final Set<GuardedStream> WRITING = ConcurrentHashMap.newKeySet();

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor((task) -> {
        Thread thread = new Thread(task, "lakefs-body-write-guard");
        thread.setDaemon(true);
        return thread;
    });

    static {
        WATCHDOG.scheduleWithFixedDelay(BodyWriteGuard::check, 100, 100, TimeUnit.MILLISECONDS);
    }

    private final Duration timeout;

    /**
     * @param timeout the longest a write may stay blocked
     */
    public BodyWriteGuard(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
            throws IOException, HttpException {
        HttpEntity entity = request.getEntity();
        if (entity != null) {
            request.setEntity(new GuardedEntity(entity, scope.execRuntime, this.timeout));
        }
        return chain.proceed(request, scope);
    }

    private static void check() {
        long now = System.nanoTime();
        for (GuardedStream stream : WRITING) {
            stream.abortIfStalled(now);
        }
    }

    /** A request body whose writes are watched. */
    private static final class GuardedEntity extends HttpEntityWrapper {

        private final ExecRuntime runtime;

        private final Duration timeout;

        GuardedEntity(HttpEntity entity, ExecRuntime runtime, Duration timeout) {
            super(entity);
            this.runtime = runtime;
            this.timeout = timeout;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            try {
                super.writeTo(new GuardedStream(out, this.runtime, this.timeout));
            }
            catch (IOException | RuntimeException | Error ex) {
                this.runtime.discardEndpoint();
                throw ex;
            }
        }

    }

    /** The body's stream: registers itself while a write is in progress. */
    private static final class GuardedStream extends FilterOutputStream {

        private final ExecRuntime runtime;

        private final Duration timeout;

        private volatile long writingSince;

        private volatile boolean stalled;

        GuardedStream(OutputStream out, ExecRuntime runtime, Duration timeout) {
            super(out);
            this.runtime = runtime;
            this.timeout = timeout;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            guarded(() -> this.out.write(bytes, offset, length));
        }

        @Override
        public void flush() throws IOException {
            guarded(this.out::flush);
        }

        private void guarded(IoAction action) throws IOException {
            this.writingSince = System.nanoTime();
            WRITING.add(this);
            try {
                action.run();
            }
            catch (IOException ex) {
                if (this.stalled) {
                    throw new StalledWriteException(this.timeout, ex);
                }
                throw ex;
            }
            finally {
                WRITING.remove(this);
                this.writingSince = 0;
            }
        }

        void abortIfStalled(long now) {
            long since = this.writingSince;
            if (since != 0 && !this.stalled && now - since > this.timeout.toNanos()) {
                this.stalled = true;
                this.runtime.discardEndpoint();
            }
        }

    }

    @FunctionalInterface
    private interface IoAction {

        void run() throws IOException;

    }

    /** A request body could not be written for longer than the timeout: the server stopped reading it. */
    public static final class StalledWriteException extends IOException {

        private static final long serialVersionUID = 1L;

        private final Duration timeout;

        StalledWriteException(Duration timeout, IOException cause) {
            super("the server read nothing of the request body for " + timeout, cause);
            this.timeout = timeout;
        }

        /** @return the timeout that ran out */
        public Duration timeout() {
            return this.timeout;
        }

    }

}
