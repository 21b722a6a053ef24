package io.github.lakefsspring.embedded.store.files;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import org.h2.mvstore.MVStore;

import io.github.lakefsspring.embedded.store.Durability;

/**
 * Orders the store's write operations: operations on one repository run one at a time, operations on different
 * repositories run in parallel, and each is persisted before it is acknowledged.
 *
 * <p>An operation reads and computes under its repository's lock only; from its first change to the maps until
 * it ends it also holds a shared persistence lock, and it records its changes in {@link Mutations} so that a
 * failure undoes exactly them. (What operations write before that, new tree chunks, is unreachable until a
 * branch points at it, so a file version holding it half-way is only garbage.) Persisting takes the persistence
 * lock exclusively, so a version of the file never holds half of an operation's changes, and it is shared: one
 * MVStore commit (and, with {@link Durability#FSYNC}, one sync) persists every operation finished so far, so
 * concurrent writers do not pay one file write each.
 */
final class WriteCoordinator {

    private final MVStore store;

    private final Durability durability;

    private final ConcurrentHashMap<String, ReentrantLock> repositoryLocks = new ConcurrentHashMap<>();

    private final ReentrantReadWriteLock persistence = new ReentrantReadWriteLock();

    private final AtomicLong finished = new AtomicLong();

    private volatile long persisted;

    WriteCoordinator(MVStore store, Durability durability) {
        this.store = store;
        this.durability = durability;
    }

    /**
     * Runs one write operation on a repository and persists it.
     * @param repository the repository the operation changes (it need not exist yet)
     * @param operation the changes, recorded in the {@link Mutations} it is given
     * @return what the operation returns
     */
    <T> T write(String repository, Function<Mutations, T> operation) {
        ReentrantLock lock = this.repositoryLocks.computeIfAbsent(repository, (id) -> new ReentrantLock());
        long sequence = 0;
        T result;
        lock.lock();
        Mutations mutations = new Mutations(this.persistence.readLock()::lock);
        try {
            try {
                result = operation.apply(mutations);
            }
            catch (RuntimeException | Error ex) {
                mutations.undo();
                throw ex;
            }
            mutations.succeeded();
            if (mutations.changing()) {
                sequence = this.finished.incrementAndGet();
            }
        }
        finally {
            if (mutations.changing()) {
                this.persistence.readLock().unlock();
            }
            lock.unlock();
        }
        if (sequence > 0) {
            persist(sequence);
        }
        return result;
    }

    private void persist(long sequence) {
        if (this.persisted >= sequence) {
            return;
        }
        this.persistence.writeLock().lock();
        try {
            if (this.persisted >= sequence || this.store.isClosed()) {
                return;
            }
            long upTo = this.finished.get();
            this.store.commit();
            if (this.durability == Durability.FSYNC) {
                this.store.sync();
            }
            this.persisted = upTo;
        }
        finally {
            this.persistence.writeLock().unlock();
        }
    }

    /** Waits for operations in progress, then closes the store. */
    void close() {
        this.persistence.writeLock().lock();
        try {
            if (!this.store.isClosed()) {
                this.store.close();
            }
        }
        finally {
            this.persistence.writeLock().unlock();
        }
    }

}
