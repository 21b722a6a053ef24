package io.github.lakefsspring.batch;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.file.ResourceAwareItemReaderItemStream;

import io.github.lakefsspring.core.LakeFSNames;
import io.github.lakefsspring.core.LakeFSObject;
import io.github.lakefsspring.core.RepositoryOperations;

/**
 * Builds a {@link LakeFSItemReader}: its name (the prefix of its execution context keys), where it reads, and
 * what an item is.
 *
 * <pre>{@code
 * FlatFileItemReader<Sale> csv = new FlatFileItemReaderBuilder<Sale>().name("sale").linesToSkip(1)
 *         .delimited().names("day", "store", "amount").targetType(Sale.class).build();
 * LakeFSItemReader<Sale> sales = LakeFSItemReaderBuilder.records(csv)
 *         .name("rawSales").repositories(repositories).repository("lake").ref("main").prefix("raw/sales/")
 *         .build();
 * }</pre>
 *
 * @param <T> the items
 * @since 0.1.0
 */
public final class LakeFSItemReaderBuilder<T> {

    private final @Nullable ResourceAwareItemReaderItemStream<? extends T> delegate;

    private final Function<LakeFSObject, T> objectItems;

    private @Nullable String name;

    private @Nullable RepositoryOperations repositories;

    private @Nullable String repository;

    private @Nullable String ref;

    private String prefix = "";

    private LakeFSItemReaderBuilder(@Nullable ResourceAwareItemReaderItemStream<? extends T> delegate,
            Function<LakeFSObject, T> objectItems) {
        this.delegate = delegate;
        this.objectItems = objectItems;
    }

    /** @return a builder of a reader whose items are the objects themselves (handles, read on demand) */
    public static LakeFSItemReaderBuilder<LakeFSObject> objects() {
        return new LakeFSItemReaderBuilder<>(null, Function.identity());
    }

    /**
     * @param <T> the records
     * @param delegate reads the records of one object (given each object as a {@code lakefs://} resource at the
     * commit being read), such as a {@code FlatFileItemReader} with a name
     * @return a builder of a reader whose items are the records of every object
     */
    public static <T> LakeFSItemReaderBuilder<T> records(ResourceAwareItemReaderItemStream<? extends T> delegate) {
        return new LakeFSItemReaderBuilder<>(delegate, (object) -> {
            throw new IllegalStateException("records are read by the delegate");
        });
    }

    /**
     * @param name the prefix of the reader's keys in the execution context, unique within a step
     * @return this builder
     */
    public LakeFSItemReaderBuilder<T> name(String name) {
        this.name = name;
        return this;
    }

    /**
     * @param repositories the high-level API (the auto-configured {@code RepositoryTemplate})
     * @return this builder
     */
    public LakeFSItemReaderBuilder<T> repositories(RepositoryOperations repositories) {
        this.repositories = repositories;
        return this;
    }

    /**
     * @param repository the repository id
     * @return this builder
     */
    public LakeFSItemReaderBuilder<T> repository(String repository) {
        this.repository = LakeFSNames.requireRepositoryId(repository);
        return this;
    }

    /**
     * @param ref the branch, tag or commit to read
     * @return this builder
     */
    public LakeFSItemReaderBuilder<T> ref(String ref) {
        this.ref = LakeFSNames.requireRef(ref);
        return this;
    }

    /**
     * @param prefix only objects whose path starts with it (default: every object)
     * @return this builder
     */
    public LakeFSItemReaderBuilder<T> prefix(String prefix) {
        this.prefix = prefix;
        return this;
    }

    /**
     * @return the reader
     * @throws IllegalStateException naming what is missing
     */
    public LakeFSItemReader<T> build() {
        return new LakeFSItemReader<>(BuilderChecks.required(this.name, "name"),
                BuilderChecks.required(this.repositories, "repositories"),
                BuilderChecks.required(this.repository, "repository"), BuilderChecks.required(this.ref, "ref"),
                this.prefix, this.delegate, this.objectItems);
    }

}
