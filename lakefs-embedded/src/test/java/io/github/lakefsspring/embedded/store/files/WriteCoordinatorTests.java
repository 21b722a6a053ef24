package io.github.lakefsspring.embedded.store.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.lakefsspring.embedded.store.Durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * How write operations share the store: different repositories in parallel, one repository one at a time, a
 * failing operation undone without touching its neighbours' changes, and everything acknowledged in the file.
 */
class WriteCoordinatorTests {

    @TempDir
    Path directory;

    private MVStore store;

    private MVMap<String, String> map;

    private WriteCoordinator writes;

    @BeforeEach
    void open() {
        this.store = new MVStore.Builder().fileName(this.directory.resolve("test.mv.db").toString())
            .autoCommitDisabled()
            .open();
        this.map = this.store.openMap("values");
        this.writes = new WriteCoordinator(this.store, Durability.PROCESS);
    }

    @AfterEach
    void close() {
        this.writes.close();
    }

    @Test
    void operationsOnDifferentRepositoriesRunAtTheSameTime() throws Exception {
        CountDownLatch bothInside = new CountDownLatch(2);
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> this.writes.write("a", (m) -> {
            m.put(this.map, "a/key", "a");
            awaitOther(bothInside);
            return null;
        }));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> this.writes.write("b", (m) -> {
            m.put(this.map, "b/key", "b");
            awaitOther(bothInside);
            return null;
        }));
        a.get(10, TimeUnit.SECONDS);
        b.get(10, TimeUnit.SECONDS);
        assertThat(this.map).containsEntry("a/key", "a").containsEntry("b/key", "b");
    }

    @Test
    void operationsOnOneRepositoryRunOneAtATime() throws Exception {
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> this.writes.write("a", (m) -> {
            firstInside.countDown();
            await(release);
            m.put(this.map, "a/order", "first");
            return null;
        }));
        firstInside.await(5, TimeUnit.SECONDS);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> this.writes.write("a", (m) -> {
            m.put(this.map, "a/order", this.map.get("a/order") + ", then second");
            return null;
        }));
        Thread.sleep(200);
        assertThat(second).isNotDone();
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        assertThat(this.map.get("a/order")).isEqualTo("first, then second");
    }

    @Test
    void aFailingOperationIsUndoneAndItsNeighboursAreKept() throws Exception {
        this.writes.write("a", (m) -> {
            m.put(this.map, "a/kept", "before");
            return null;
        });
        CountDownLatch failingInside = new CountDownLatch(1);
        CountDownLatch neighbourChanged = new CountDownLatch(1);
        CompletableFuture<Void> failing = CompletableFuture.runAsync(() -> this.writes.write("a", (m) -> {
            m.put(this.map, "a/kept", "changed");
            m.put(this.map, "a/new", "new");
            m.remove(this.map, "a/kept");
            failingInside.countDown();
            await(neighbourChanged);
            throw new IllegalStateException("refused half-way");
        }));
        failingInside.await(5, TimeUnit.SECONDS);
        CompletableFuture<Void> neighbour = CompletableFuture.runAsync(() -> this.writes.write("b", (m) -> {
            m.put(this.map, "b/neighbour", "written meanwhile");
            neighbourChanged.countDown();
            return null;
        }));
        assertThat(failing).failsWithin(10, TimeUnit.SECONDS);
        neighbour.get(10, TimeUnit.SECONDS);
        assertThat(this.map).containsEntry("a/kept", "before").doesNotContainKey("a/new")
            .containsEntry("b/neighbour", "written meanwhile");
    }

    @Test
    void cleanUpsRunOnlyForOperationsThatSucceed() {
        StringBuilder log = new StringBuilder();
        assertThatIllegalStateException().isThrownBy(() -> this.writes.write("a", (m) -> {
            m.afterSuccess(() -> log.append("failed operation's clean-up "));
            throw new IllegalStateException("no");
        }));
        this.writes.write("a", (m) -> {
            m.afterSuccess(() -> log.append("succeeded operation's clean-up"));
            return null;
        });
        assertThat(log).hasToString("succeeded operation's clean-up");
    }

    @Test
    void whatAnOperationWroteIsInTheFileWhenItReturns() throws Exception {
        this.writes.write("a", (m) -> {
            m.put(this.map, "a/durable", "yes");
            return null;
        });
        Path onDisk = Files.copy(this.directory.resolve("test.mv.db"), this.directory.resolve("copy.mv.db"));
        MVStore copy = new MVStore.Builder().fileName(onDisk.toString()).readOnly().open();
        try {
            MVMap<String, String> persisted = copy.openMap("values");
            assertThat(persisted.get("a/durable")).isEqualTo("yes");
        }
        finally {
            copy.close();
        }
    }

    private static void awaitOther(CountDownLatch both) {
        both.countDown();
        await(both);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other operation never arrived: operations were serialized");
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

}
