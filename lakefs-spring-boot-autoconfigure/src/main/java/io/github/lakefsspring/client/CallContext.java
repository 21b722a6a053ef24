package io.github.lakefsspring.client;

import java.net.URI;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The lakeFS operation a thread is calling (calls are synchronous, one per thread at a time): its name, method,
 * whether it may be repeated, the repository and branch it addresses, and the URI of its latest request, for
 * observations, retries and messages.
 */
final class CallContext {

    private static final ThreadLocal<CallContext> CURRENT = new ThreadLocal<>();

    private final String operation;

    private final String method;

    private final boolean idempotent;

    private final @Nullable String repository;

    private final @Nullable String branch;

    private volatile @Nullable Supplier<URI> uri;

    private volatile @Nullable String authorization;

    CallContext(String operation, String method, boolean idempotent, @Nullable String repository,
            @Nullable String branch) {
        this.operation = operation;
        this.method = method;
        this.idempotent = idempotent;
        this.repository = repository;
        this.branch = branch;
    }

    /** @return the call running on this thread, if any */
    static @Nullable CallContext current() {
        return CURRENT.get();
    }

    /** Makes this the thread's current call until the returned scope closes. */
    Scope open() {
        CallContext previous = CURRENT.get();
        CURRENT.set(this);
        return () -> {
            if (previous != null) {
                CURRENT.set(previous);
            }
            else {
                CURRENT.remove();
            }
        };
    }

    String operation() {
        return this.operation;
    }

    String method() {
        return this.method;
    }

    boolean idempotent() {
        return this.idempotent;
    }

    @Nullable String repository() {
        return this.repository;
    }

    @Nullable String branch() {
        return this.branch;
    }

    @Nullable URI uri() {
        Supplier<URI> sent = this.uri;
        return (sent != null) ? sent.get() : null;
    }

    /**
     * Records the latest request's URI, asked for only when a message needs it (an HTTP client may have to rebuild
     * it from the request line).
     */
    void sent(Supplier<URI> uri) {
        this.uri = uri;
    }

    /** @return the {@code Authorization} header the latest request carried, if any */
    @Nullable String authorization() {
        return this.authorization;
    }

    void authorizedWith(String authorization) {
        this.authorization = authorization;
    }

    /** Ends a call's time as the thread's current call. */
    @FunctionalInterface
    interface Scope extends AutoCloseable {

        @Override
        void close();
    }

}
