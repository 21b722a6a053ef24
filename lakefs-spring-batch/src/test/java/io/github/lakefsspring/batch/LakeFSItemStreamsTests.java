package io.github.lakefsspring.batch;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.batch.test.StepScopeTestUtils;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSClientSettings;
import io.github.lakefsspring.client.model.ObjectStats;
import io.github.lakefsspring.core.Branch;
import io.github.lakefsspring.core.LakeFSObject;
import io.github.lakefsspring.core.ObjectListOptions;
import io.github.lakefsspring.core.Repository;
import io.github.lakefsspring.core.RepositoryTemplate;
import io.github.lakefsspring.core.WriteOptions;
import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link LakeFSItemReader} and {@link LakeFSItemWriter} on their own, over real HTTP: what they read and write,
 * the commit a reader is pinned to, and where they resume from a saved execution context.
 */
@EmbeddedLakeFS
class LakeFSItemStreamsTests {

    private RepositoryTemplate repositories;

    private Repository repo;

    private Branch main;

    @BeforeEach
    void connect(LakeFSTarget target) {
        this.repositories = new RepositoryTemplate(LakeFSClient.create(
                LakeFSClientSettings.of(target.endpoint().toString(), target.accessKeyId(), target.secretAccessKey())));
        String id = "batch-" + Long.toString(System.nanoTime(), 36);
        this.repo = this.repositories.repository(id).create(target.uniqueNamespace(id));
        this.main = this.repo.branch("main");
    }

    @Test
    void objectsAreReadInPathOrderFromThePinnedCommitAndResumedAfterTheLastOne() throws Exception {
        for (int i = 1; i <= 5; i++) {
            this.main.object("in/" + i + ".txt").upload("object " + i);
        }
        this.main.object("other/x.txt").upload("not under the prefix");
        String commit = this.main.commit("inputs").id();
        LakeFSItemReader<LakeFSObject> reader = objects();
        ExecutionContext context = new ExecutionContext();
        reader.open(context);
        assertThat(reader.read().path()).isEqualTo("in/1.txt");
        LakeFSObject second = reader.read();
        assertThat(second.readString()).isEqualTo("object 2");
        assertThat(second.ref().id()).isEqualTo(commit);
        reader.update(context);
        reader.close();
        assertThat(context.getString("files.commit")).isEqualTo(commit);

        this.main.object("in/0.txt").upload("added after the first attempt");
        this.main.commit("late input");
        LakeFSItemReader<LakeFSObject> restarted = objects();
        restarted.open(context);
        this.main.object("in/9.txt").upload("added while reading");
        this.main.commit("later input");
        List<String> rest = new ArrayList<>();
        for (LakeFSObject object = restarted.read(); object != null; object = restarted.read()) {
            rest.add(object.path());
        }
        restarted.close();
        assertThat(rest).containsExactly("in/3.txt", "in/4.txt", "in/5.txt");
    }

    @Test
    void recordsResumeInsideTheObjectTheyStoppedIn() throws Exception {
        this.main.object("in/a.csv").upload("h\na1\na2\n");
        this.main.object("in/b.csv").upload("h\nb1\nb2\nb3\n");
        this.main.commit("inputs");
        ExecutionContext context = new ExecutionContext();
        LakeFSItemReader<String> reader = records();
        reader.open(context);
        assertThat(List.of(reader.read(), reader.read(), reader.read())).containsExactly("a1", "a2", "b1");
        reader.update(context);
        reader.close();

        LakeFSItemReader<String> restarted = records();
        restarted.open(context);
        assertThat(List.of(restarted.read(), restarted.read())).containsExactly("b2", "b3");
        assertThat(restarted.read()).isNull();
        restarted.close();
    }

    @Test
    void chunkFilesContinueTheirNumberingAfterARestart() throws Exception {
        ExecutionContext context = new ExecutionContext();
        LakeFSItemWriter<String> writer = chunkWriter();
        writer.open(context);
        writer.write(Chunk.of("a", "b"));
        writer.update(context);
        writer.write(Chunk.of("lost", "with the failed chunk"));
        writer.close();

        LakeFSItemWriter<String> restarted = chunkWriter();
        restarted.open(context);
        restarted.write(Chunk.of("c"));
        restarted.write(Chunk.of());
        restarted.close();
        assertThat(this.main.objects(ObjectListOptions.prefix("out/")).map(ObjectStats::path))
            .containsExactly("out/part-00000.txt", "out/part-00001.txt");
        assertThat(this.main.object("out/part-00000.txt").readString()).isEqualTo("value\na\nb\n");
        assertThat(this.main.object("out/part-00001.txt").readString()).as("the failed chunk's part is rewritten")
            .isEqualTo("value\nc\n");
        assertThat(this.main.object("out/part-00001.txt").stat().contentType()).isEqualTo("text/csv");
    }

    @Test
    void itemsCanBeOneObjectEach() throws Exception {
        LakeFSItemWriter<String> writer = LakeFSItemWriterBuilder
            .perItem((String item) -> "items/" + item + ".json", (item) -> "{\"id\":\"" + item + "\"}")
            .name("items")
            .repositories(this.repositories)
            .repository(this.repo.id())
            .branch("main")
            .build();
        writer.open(new ExecutionContext());
        writer.write(Chunk.of("x", "y"));
        assertThat(this.main.object("items/y.json").readString()).isEqualTo("{\"id\":\"y\"}");
    }

    @Test
    void threadsWithoutTheStepsRedirectStillReadAndWriteTheJobBranch() throws Exception {
        this.main.object("in/a.csv").upload("h\na1\n");
        this.main.commit("inputs");
        JobExecution job = MetaDataInstanceFactory.createJobExecution("nightly", 7L, 11L);
        LakeFSJobBranch jobBranch = new LakeFSJobBranch(this.repositories, this.repo.id(), "main");
        jobBranch.beforeJob(job);
        String branch = LakeFSJobBranch.branchOf(job, this.repo.id(), "main");
        assertThat(branch).startsWith("batch-nightly-7-");
        this.repo.branch(branch).object("in/b.csv").upload("h\nb1\n");
        this.repo.branch(branch).commit("job input");
        StepExecution worker = MetaDataInstanceFactory.createStepExecution(job, "worker", 12L);

        List<String> read = StepScopeTestUtils.doInStepScope(worker, () -> {
            LakeFSItemReader<String> reader = records();
            reader.open(new ExecutionContext());
            List<String> records = new ArrayList<>();
            for (String record = reader.read(); record != null; record = reader.read()) {
                records.add(record);
            }
            reader.close();
            LakeFSItemWriter<String> writer = chunkWriter();
            writer.open(new ExecutionContext());
            writer.write(Chunk.of("from a worker thread"));
            return records;
        });

        assertThat(read).containsExactly("a1", "b1");
        assertThat(this.repo.branch(branch).object("out/part-00000.txt").readString())
            .isEqualTo("value\nfrom a worker thread\n");
        assertThat(this.main.object("out/part-00000.txt").exists()).isFalse();
        assertThat(job.getExecutionContext().getString("lakefs.input:" + this.repo.id() + "/main#csv"))
            .isEqualTo(this.repo.branch(branch).commit().id());
    }

    @Test
    void buildersNameWhatIsMissingOrInvalid() {
        assertThatIllegalStateException().isThrownBy(() -> LakeFSItemReaderBuilder.objects().build())
            .withMessage("A lakeFS item reader or writer needs a name: call .name(...) on its builder");
        assertThatIllegalArgumentException().isThrownBy(() -> LakeFSItemReaderBuilder.objects().repository("Bad Repo"))
            .withMessageContaining("Bad Repo");
        assertThatIllegalStateException()
            .isThrownBy(() -> LakeFSItemWriterBuilder.perItem((String item) -> item, (item) -> item).header("h"))
            .withMessageContaining("chunk objects only");
    }

    private LakeFSItemReader<LakeFSObject> objects() {
        return LakeFSItemReaderBuilder.objects()
            .name("files")
            .repositories(this.repositories)
            .repository(this.repo.id())
            .ref("main")
            .prefix("in/")
            .build();
    }

    private LakeFSItemReader<String> records() {
        FlatFileItemReader<String> lines = new FlatFileItemReaderBuilder<String>().name("lines")
            .linesToSkip(1)
            .lineMapper((line, number) -> line)
            .build();
        return LakeFSItemReaderBuilder.records(lines)
            .name("csv")
            .repositories(this.repositories)
            .repository(this.repo.id())
            .ref("main")
            .prefix("in/")
            .build();
    }

    private LakeFSItemWriter<String> chunkWriter() {
        return LakeFSItemWriterBuilder.chunks("out/", ".txt", (String item) -> item)
            .header("value")
            .name("out")
            .repositories(this.repositories)
            .repository(this.repo.id())
            .branch("main")
            .writeOptions(WriteOptions.contentType("text/csv"))
            .build();
    }

}
