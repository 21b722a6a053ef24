package io.github.lakefsspring.batch;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.batch.infrastructure.item.file.transform.LineAggregator;

import io.github.lakefsspring.core.Branch;
import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.core.WriteOptions;

/**
 * Writes items to lakeFS objects on a branch: one object per chunk ({@code <prefix>part-00000<suffix>}, a line per
 * item, with an optional header line; {@link LakeFSItemWriterBuilder#chunks}) or one object per item
 * ({@link LakeFSItemWriterBuilder#perItem}). Inside a {@link LakeFSJobBranch} job, a branch the job stands in for
 * is written on the job branch, from every thread of the step.
 *
 * <p>Each object is streamed to lakeFS as it is formatted and replaces any object at its path, so a chunk that is
 * written again after a failure or a restart leaves the same objects. Restartable: the execution context holds
 * the number of the next part ({@code <name>.part}), so a restart continues the numbering where the last committed
 * chunk left it. Safe to share between the threads of a multi-threaded step when writing per item; chunk files
 * get their part numbers atomically.
 *
 * @param <T> the items
 * @since 0.1.0
 */
public class LakeFSItemWriter<T> implements ItemStreamWriter<T> {

    private final String name;

    private final RepositoryOperations repositories;

    private final String repository;

    private final String branch;

    private final WriteOptions options;

    private final @Nullable ChunkFiles<T> chunkFiles;

    private final @Nullable ItemObjects<T> itemObjects;

    private volatile @Nullable String effectiveBranch;

    private long nextPart;

    LakeFSItemWriter(String name, RepositoryOperations repositories, String repository, String branch,
            WriteOptions options, @Nullable ChunkFiles<T> chunkFiles, @Nullable ItemObjects<T> itemObjects) {
        this.name = name;
        this.repositories = repositories;
        this.repository = repository;
        this.branch = branch;
        this.options = options;
        this.chunkFiles = chunkFiles;
        this.itemObjects = itemObjects;
    }

    @Override
    public void open(ExecutionContext context) {
        this.effectiveBranch = JobBranches.resolve(this.repository, this.branch);
        this.nextPart = context.getLong(key("part"), 0L);
    }

    @Override
    public void write(Chunk<? extends T> chunk) throws Exception {
        if (chunk.isEmpty()) {
            return;
        }
        Branch target = this.repositories.repository(this.repository).branch(writeBranch());
        ChunkFiles<T> files = this.chunkFiles;
        if (files != null) {
            String path = files.path(claimPart());
            target.object(path).writeText(this.options, (out) -> {
                if (files.header() != null) {
                    out.write(files.header());
                    out.write('\n');
                }
                for (T item : chunk) {
                    out.write(files.lines().aggregate(item));
                    out.write('\n');
                }
            });
            return;
        }
        ItemObjects<T> objects = this.itemObjects;
        if (objects != null) {
            for (T item : chunk) {
                target.object(objects.path().apply(item)).upload(objects.content().apply(item), this.options);
            }
        }
    }

    @Override
    public synchronized void update(ExecutionContext context) {
        context.putLong(key("part"), this.nextPart);
    }

    private synchronized long claimPart() {
        return this.nextPart++;
    }

    private String writeBranch() {
        String resolved = this.effectiveBranch;
        return (resolved != null) ? resolved : JobBranches.resolve(this.repository, this.branch);
    }

    private String key(String suffix) {
        return this.name + "." + suffix;
    }

    @Override
    public String toString() {
        return "LakeFSItemWriter[" + this.name + ": lakefs://" + this.repository + "/" + this.branch + "]";
    }

    /** One object per chunk. */
    record ChunkFiles<T>(String prefix, String suffix, @Nullable String header, LineAggregator<? super T> lines) {

        String path(long part) {
            return this.prefix + String.format("part-%05d", part) + this.suffix;
        }

    }

    /** One object per item. */
    record ItemObjects<T>(Function<? super T, String> path, Function<? super T, String> content) {

    }

}
