package io.github.lakefsspring.batch;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.file.transform.LineAggregator;

import io.github.lakefsspring.core.LakeFSNames;
import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.core.WriteOptions;

/**
 * Builds a {@link LakeFSItemWriter}: its name (the prefix of its execution context keys), the branch it writes,
 * and how items become objects.
 *
 * <pre>{@code
 * LakeFSItemWriter<Sale> clean = LakeFSItemWriterBuilder.chunks("clean/sales/", ".csv",
 *                 (Sale sale) -> sale.day() + "," + sale.store() + "," + sale.amount())
 *         .header("day,store,amount")
 *         .name("cleanSales").repositories(repositories).repository("lake").branch("main")
 *         .build();
 * }</pre>
 *
 * @param <T> the items
 * @since 0.1.0
 */
public final class LakeFSItemWriterBuilder<T> {

    private final LakeFSItemWriter.@Nullable ChunkFiles<T> chunkFiles;

    private final LakeFSItemWriter.@Nullable ItemObjects<T> itemObjects;

    private @Nullable String header;

    private @Nullable String name;

    private @Nullable RepositoryOperations repositories;

    private @Nullable String repository;

    private @Nullable String branch;

    private WriteOptions options = WriteOptions.defaults();

    private LakeFSItemWriterBuilder(LakeFSItemWriter.@Nullable ChunkFiles<T> chunkFiles,
            LakeFSItemWriter.@Nullable ItemObjects<T> itemObjects) {
        this.chunkFiles = chunkFiles;
        this.itemObjects = itemObjects;
    }

    /**
     * @param <T> the items
     * @param prefix what each object's path starts with, such as {@code clean/sales/}
     * @param suffix what it ends with, such as {@code .csv}
     * @param lines formats one item as one line (without its line break), such as a
     * {@code DelimitedLineAggregator}
     * @return a builder of a writer storing each chunk as one object, {@code <prefix>part-00000<suffix>} onwards
     */
    public static <T> LakeFSItemWriterBuilder<T> chunks(String prefix, String suffix, LineAggregator<? super T> lines) {
        LakeFSNames.requirePath(prefix + "part-00000" + suffix);
        return new LakeFSItemWriterBuilder<>(new LakeFSItemWriter.ChunkFiles<>(prefix, suffix, null, lines), null);
    }

    /**
     * @param <T> the items
     * @param path the path of an item's object
     * @param content the item's content, stored as UTF-8
     * @return a builder of a writer storing each item as one object
     */
    public static <T> LakeFSItemWriterBuilder<T> perItem(Function<? super T, String> path,
            Function<? super T, String> content) {
        return new LakeFSItemWriterBuilder<>(null, new LakeFSItemWriter.ItemObjects<>(path, content));
    }

    /**
     * @param header the first line of every chunk object, such as a CSV header
     * @return this builder
     */
    public LakeFSItemWriterBuilder<T> header(String header) {
        if (this.chunkFiles == null) {
            throw new IllegalStateException("A header applies to chunk objects only, not to one object per item");
        }
        this.header = header;
        return this;
    }

    /**
     * @param name the prefix of the writer's keys in the execution context, unique within a step
     * @return this builder
     */
    public LakeFSItemWriterBuilder<T> name(String name) {
        this.name = name;
        return this;
    }

    /**
     * @param repositories the high-level API (the auto-configured {@code RepositoryTemplate})
     * @return this builder
     */
    public LakeFSItemWriterBuilder<T> repositories(RepositoryOperations repositories) {
        this.repositories = repositories;
        return this;
    }

    /**
     * @param repository the repository id
     * @return this builder
     */
    public LakeFSItemWriterBuilder<T> repository(String repository) {
        this.repository = LakeFSNames.requireRepositoryId(repository);
        return this;
    }

    /**
     * @param branch the branch to write (inside a {@link LakeFSJobBranch} job, its target branch)
     * @return this builder
     */
    public LakeFSItemWriterBuilder<T> branch(String branch) {
        this.branch = LakeFSNames.requireBranchId(branch);
        return this;
    }

    /**
     * @param options content type and user metadata of every object written
     * @return this builder
     */
    public LakeFSItemWriterBuilder<T> writeOptions(WriteOptions options) {
        this.options = options;
        return this;
    }

    /**
     * @return the writer
     * @throws IllegalStateException naming what is missing
     */
    public LakeFSItemWriter<T> build() {
        LakeFSItemWriter.ChunkFiles<T> files = this.chunkFiles;
        if (files != null) {
            files = new LakeFSItemWriter.ChunkFiles<>(files.prefix(), files.suffix(), this.header, files.lines());
        }
        return new LakeFSItemWriter<>(BuilderChecks.required(this.name, "name"),
                BuilderChecks.required(this.repositories, "repositories"),
                BuilderChecks.required(this.repository, "repository"),
                BuilderChecks.required(this.branch, "branch"), this.options, files, this.itemObjects);
    }

}
