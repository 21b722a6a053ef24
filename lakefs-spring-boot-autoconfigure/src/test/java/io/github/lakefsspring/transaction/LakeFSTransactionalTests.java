package io.github.lakefsspring.transaction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.lakefsspring.autoconfigure.LakeFSAutoConfiguration;
import io.github.lakefsspring.autoconfigure.LakeFSEmbeddedServerAutoConfiguration;
import io.github.lakefsspring.autoconfigure.LakeFSTransactionAutoConfiguration;
import io.github.lakefsspring.client.model.Commit;
import io.github.lakefsspring.core.Branch;
import io.github.lakefsspring.core.BranchOperations;
import io.github.lakefsspring.core.LakeFSTransactionConflictException;
import io.github.lakefsspring.core.LakeFSTransactionException;
import io.github.lakefsspring.core.ListOptions;
import io.github.lakefsspring.core.LogOptions;
import io.github.lakefsspring.core.ObjectListOptions;
import io.github.lakefsspring.core.Repository;
import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.core.TransactionOptions;
import io.github.lakefsspring.core.TransactionResult;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@code @LakeFSTransactional} on Spring beans against the embedded server: every exit path, propagation, SpEL
 * messages, tags, synchronizations, startup refusal of asynchronous methods, and 400 concurrent transactions.
 */
class LakeFSTransactionalTests {

    private static ConfigurableApplicationContext context;

    private static Loads loads;

    private static Repository repo;

    private Branch main;

    @BeforeAll
    static void start() {
        context = new SpringApplicationBuilder(Beans.class).web(WebApplicationType.NONE)
            .properties("lakefs.lakectl.enabled=false", "lakefs.default-repository=tx-tests",
                    "spring.main.banner-mode=off", "app.repository=tx-tests", "app.message=configured load",
                    "app.metadata-key=source", "app.tag-prefix=cfg")
            .run();
        loads = context.getBean(Loads.class);
        repo = context.getBean(RepositoryOperations.class).repository("tx-tests").create("s3://tx-tests/repo");
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    @BeforeEach
    void freshBranch() {
        this.main = repo.branch("main");
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class Beans {

        @Bean
        Loads loads(BranchOperations branch) {
            return new Loads(branch);
        }

        @Bean
        ClassLevel classLevel(BranchOperations branch) {
            return new ClassLevel(branch);
        }

        @Bean
        Configured configured(BranchOperations branch) {
            return new Configured(branch);
        }

    }

    /** A bean with transactional methods, as an application writes them. */
    static class Loads {

        final BranchOperations branch;

        final List<String> events = Collections.synchronizedList(new ArrayList<>());

        Loads(BranchOperations branch) {
            this.branch = branch;
        }

        public List<String> events() {
            return this.events;
        }

        public BranchOperations branch() {
            return this.branch;
        }

        @LakeFSTransactional(commitMessage = "nightly load #{#day}", commitMetadata = "day=#{#day}")
        public void load(String day) {
            this.branch.upload("daily/" + day + ".csv", "data for " + day);
            LakeFSTransactionTemplate.registerSynchronization(new LakeFSTransactionSynchronization() {

                @Override
                public void afterCommit(TransactionResult result) {
                    Loads.this.events.add("committed " + day);
                }

                @Override
                public void afterRollback(Throwable cause) {
                    Loads.this.events.add("rolled back " + day);
                }

            });
        }

        @LakeFSTransactional
        public void nothing() {
        }

        @LakeFSTransactional
        public void failRuntime(String path) {
            this.branch.upload(path, "half");
            throw new IllegalStateException("boom");
        }

        @LakeFSTransactional
        public void failChecked(String path) throws IOException {
            this.branch.upload(path, "kept");
            throw new IOException("checked");
        }

        @LakeFSTransactional(rollbackFor = IOException.class)
        public void failCheckedRollingBack(String path) throws IOException {
            this.branch.upload(path, "half");
            throw new IOException("checked");
        }

        @LakeFSTransactional(noRollbackFor = IllegalArgumentException.class)
        public void failWithoutRollback(String path) {
            this.branch.upload(path, "kept");
            throw new IllegalArgumentException("kept anyway");
        }

        @LakeFSTransactional(tag = "#{#tag}")
        public void tagged(String path, String tag) {
            this.branch.upload(path, "tagged");
        }

        @LakeFSTransactional
        public void outer(String path) {
            this.branch.upload(path + "/outer", "o");
            inner(path);
        }

        @LakeFSTransactional(propagation = TransactionPropagation.MANDATORY)
        public void mandatory() {
        }

        @LakeFSTransactional(propagation = TransactionPropagation.NEVER)
        public void never() {
        }

        @LakeFSTransactional
        public void write(String path, String content) {
            this.branch.upload(path, content);
        }

        void inner(String path) {
            this.branch.upload(path + "/inner", "i");
        }

        @LakeFSTransactional
        public void outerWithNew(Loads self, String path) {
            this.branch.upload(path + "/outer", "o");
            self.requiresNew(path);
            throw new IllegalStateException("outer fails after the inner transaction merged");
        }

        @LakeFSTransactional(propagation = TransactionPropagation.REQUIRES_NEW)
        public void requiresNew(String path) {
            this.branch.upload(path + "/new", "n");
        }

        @LakeFSTransactional
        public void writeAll(List<String> paths, String content) {
            paths.forEach((path) -> this.branch.upload(path, content));
        }

    }

    /** A bean whose annotation takes its names from the application's configuration. */
    static class Configured {

        final BranchOperations branch;

        Configured(BranchOperations branch) {
            this.branch = branch;
        }

        @LakeFSTransactional(repository = "${app.repository}", branch = "${app.branch:main}",
                commitMessage = "${app.message} #{#day}", commitMetadata = "${app.metadata-key}=${app.message}",
                tag = "${app.tag-prefix}-#{#day}")
        public void load(String day) {
            this.branch.upload("configured/" + day, day);
        }

    }

    /** A bean whose every public method is transactional through the class annotation. */
    @LakeFSTransactional(commitMessage = "class-level #{#path}")
    static class ClassLevel {

        private final BranchOperations branch;

        ClassLevel(BranchOperations branch) {
            this.branch = branch;
        }

        public void write(String path) {
            this.branch.upload(path, "class");
            throw new IllegalStateException("rolled back by the class annotation");
        }

        public void writeAndKeep(String path) {
            this.branch.upload(path, "class");
        }

    }

    /** A bean that would commit before its asynchronous work ends. */
    static class AsyncLoads {

        @LakeFSTransactional
        public CompletableFuture<String> load() {
            return CompletableFuture.completedFuture("too early");
        }

    }

    @Test
    void successCommitsWithTheSpelMessageAndMerges() {
        loads.load("2026-11-25");
        assertThat(this.main.object("daily/2026-11-25.csv").readString()).isEqualTo("data for 2026-11-25");
        List<Commit> log = this.main.log(LogOptions.maxAmount(2)).toList();
        assertThat(log.get(0).message()).startsWith("Merge transaction tx-");
        assertThat(log.get(1).message()).isEqualTo("nightly load 2026-11-25");
        assertThat(log.get(1).metadata()).containsEntry("day", "2026-11-25");
        assertThat(loads.events()).contains("committed 2026-11-25");
        assertNoTransactionBranches();
    }

    @Test
    void annotationAttributesResolvePlaceholdersFromTheEnvironment() {
        context.getBean(Configured.class).load("2026-12-01");
        List<Commit> log = this.main.log(LogOptions.maxAmount(2)).toList();
        assertThat(log.get(1).message()).isEqualTo("configured load 2026-12-01");
        assertThat(log.get(1).metadata()).containsEntry("source", "configured load");
        assertThat(repo.tag("cfg-2026-12-01").commit().id()).isEqualTo(log.get(0).id());
        assertThat(this.main.object("configured/2026-12-01").readString()).isEqualTo("2026-12-01");
        assertNoTransactionBranches();
    }

    @Test
    void classLevelAnnotationsApplyToEveryPublicMethod() {
        ClassLevel bean = context.getBean(ClassLevel.class);
        assertThatIllegalStateException().isThrownBy(() -> bean.write("class/rolled-back"));
        assertThat(this.main.object("class/rolled-back").exists()).isFalse();
        bean.writeAndKeep("class/kept");
        assertThat(this.main.log(LogOptions.maxAmount(2)).map(Commit::message)).contains("class-level class/kept");
        assertNoTransactionBranches();
    }

    @Test
    void emptyTransactionsAreNoOps() {
        String before = this.main.commit().id();
        loads.nothing();
        assertThat(this.main.commit().id()).isEqualTo(before);
        assertNoTransactionBranches();
    }

    @Test
    void runtimeExceptionsRollBack() {
        assertThatIllegalStateException().isThrownBy(() -> loads.failRuntime("rt/half")).withMessage("boom");
        assertThat(this.main.object("rt/half").exists()).isFalse();
        assertNoTransactionBranches();
    }

    @Test
    void checkedExceptionsCommitUnlessRolledBackByRule() {
        assertThatExceptionOfType(IOException.class).isThrownBy(() -> loads.failChecked("checked/kept"));
        assertThat(this.main.object("checked/kept").exists()).isTrue();
        assertThatExceptionOfType(IOException.class).isThrownBy(() -> loads.failCheckedRollingBack("checked/half"));
        assertThat(this.main.object("checked/half").exists()).isFalse();
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> loads.failWithoutRollback("rule/kept"));
        assertThat(this.main.object("rule/kept").exists()).isTrue();
        assertNoTransactionBranches();
    }

    @Test
    void existingTagsFailBeforeTheMerge() {
        loads.tagged("tags/first", "release-1");
        assertThat(repo.tag("release-1").commit().id()).isEqualTo(this.main.commit().id());
        assertThatExceptionOfType(LakeFSTransactionException.class)
            .isThrownBy(() -> loads.tagged("tags/second", "release-1"))
            .satisfies((ex) -> assertThat(ex.step()).isEqualTo(LakeFSTransactionException.Step.TAG_CHECK))
            .withMessageContaining("tag 'release-1' already exists");
        assertThat(this.main.object("tags/second").exists()).isFalse();
        assertNoTransactionBranches();
    }

    @Test
    void propagationJoinsRequiresAndRefuses() {
        loads.outer("nested");
        assertThat(this.main.object("nested/outer").exists()).isTrue();
        assertThat(this.main.object("nested/inner").exists()).isTrue();
        assertThatExceptionOfType(LakeFSTransactionStateException.class).isThrownBy(loads::mandatory)
            .withMessageContaining("MANDATORY");
        loads.never();
        LakeFSTransactionTemplate template = context.getBean(LakeFSTransactionTemplate.class);
        assertThatExceptionOfType(LakeFSTransactionStateException.class).isThrownBy(() -> template.execute(
                LakeFSTransactionDefinition.of("tx-tests", "main",
                        TransactionOptions.commitMessage("outer")),
                () -> {
                    loads.never();
                    return null;
                }))
            .withMessageContaining("NEVER");
        assertNoTransactionBranches();
    }

    @Test
    void conflictsLeaveTheSourceBranchUnchanged() {
        this.main.object("conflict/f").upload("base");
        this.main.commit("base");
        LakeFSTransactionTemplate template = context.getBean(LakeFSTransactionTemplate.class);
        assertThatExceptionOfType(LakeFSTransactionConflictException.class).isThrownBy(() -> template.execute(
                LakeFSTransactionDefinition.of("tx-tests", "main",
                        TransactionOptions.commitMessage("tx")),
                () -> {
                    loads.branch().upload("conflict/f", "from the transaction");
                    CompletableFuture.runAsync(() -> {
                        repo.branch("main").object("conflict/f").upload("from another thread");
                        repo.branch("main").commit("concurrent");
                    }).join();
                    return null;
                }));
        assertThat(this.main.object("conflict/f").readString()).isEqualTo("from another thread");
        assertNoTransactionBranches();
    }

    @Test
    void asynchronousMethodsAreRefusedAtStartup() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LakeFSEmbeddedServerAutoConfiguration.class,
                    LakeFSAutoConfiguration.class, LakeFSTransactionAutoConfiguration.class))
            .withPropertyValues("lakefs.lakectl.enabled=false")
            .withBean(AsyncLoads.class)
            .run((ctx) -> assertThat(ctx).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("AsyncLoads.load")
                .hasMessageContaining("returns java.util.concurrent.CompletableFuture"));
    }

    @Test
    void sixteenThreadsRunFourHundredTransactionsWithoutLosingAny() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int thread = 0; thread < 16; thread++) {
                int t = thread;
                futures.add(pool.submit(() -> IntStream.range(0, 25)
                    .forEach((i) -> loads.write("parallel/" + t + "/" + i, t + ":" + i))));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
        finally {
            pool.shutdown();
        }
        assertThat(this.main.objects(ObjectListOptions.prefix("parallel/")).count())
            .isEqualTo(400);
        assertThat(this.main.object("parallel/7/13").readString()).isEqualTo("7:13");
        assertNoTransactionBranches();
    }

    @Test
    void requiresNewMergesOnItsOwnWhateverTheOuterDoes() {
        assertThatIllegalStateException().isThrownBy(() -> loads.outerWithNew(loads, "independent"));
        assertThat(this.main.object("independent/new").exists()).isTrue();
        assertThat(this.main.object("independent/outer").exists()).isFalse();
        assertNoTransactionBranches();
    }

    @Test
    void overlappingTransactionsMergeWholeOrConflict() throws Exception {
        List<String> paths = List.of("overlap/a", "overlap/b", "overlap/c");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<String> merged = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String content = "writer-" + i;
                futures.add(pool.submit(() -> {
                    try {
                        loads.writeAll(paths, content);
                        merged.add(content);
                    }
                    catch (LakeFSTransactionConflictException ex) {
                        // refused whole: the branch keeps another writer's content
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
        finally {
            pool.shutdown();
        }
        assertThat(merged).isNotEmpty();
        List<String> contents = paths.stream().map((path) -> this.main.object(path).readString()).toList();
        assertThat(contents).as("every path holds the same transaction's content").containsOnly(contents.get(0));
        assertThat(merged).contains(contents.get(0));
        assertNoTransactionBranches();
    }

    private static void assertNoTransactionBranches() {
        assertThat(repo.allBranches(ListOptions.prefix("tx-")).count()).isZero();
    }

}
