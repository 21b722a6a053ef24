package io.github.lakefsspring.batch;

import java.util.Iterator;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.file.ResourceAwareItemReaderItemStream;

import io.github.lakefsspring.client.model.ObjectStats;
import io.github.lakefsspring.core.LakeFSObject;
import io.github.lakefsspring.core.ObjectListOptions;
import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.resource.LakeFSResource;
import io.github.lakefsspring.resource.LakeFSUri;

/**
 * Reads the objects under a prefix of a lakeFS ref, in path order: each object as an item
 * ({@link LakeFSItemReaderBuilder#objects()}), or the records of each object through a delegate such as Spring
 * Batch's {@code FlatFileItemReader} on a {@code lakefs://} resource ({@link LakeFSItemReaderBuilder#records}).
 *
 * <p>When the step opens it, the ref is resolved to its commit (inside a {@link LakeFSJobBranch} job, a branch
 * the job stands in for is its job branch), and everything is read from that commit: changes made meanwhile,
 * by this job or anyone else, are not seen. The commit is recorded in the step's execution context
 * ({@code <name>.commit}) and the job's ({@code lakefs.input:<repository>/<ref>#<name>}), and the job's merge
 * commit carries it as {@code lakefs.batch.input.<repository>/<ref>#<name>}. The listing is paged lazily and
 * records stream, so memory stays bounded whatever the number and size of objects.
 *
 * <p>Restartable: the execution context holds the path of the current object (and the delegate's own position
 * in it). A restart resolves the ref again, so a correction committed on the job branch in between is read, and
 * continues from the saved object and position. Not thread-safe, like Spring Batch's file readers: wrap it in a
 * {@code SynchronizedItemStreamReader} for a multi-threaded step.
 *
 * @param <T> the items
 * @since 0.1.0
 */
public class LakeFSItemReader<T> implements ItemStreamReader<T> {

    private final String name;

    private final RepositoryOperations repositories;

    private final String repository;

    private final String ref;

    private final String prefix;

    private final @Nullable ResourceAwareItemReaderItemStream<? extends T> delegate;

    private final Function<LakeFSObject, T> objectItems;

    private @Nullable String commit;

    private @Nullable Stream<ObjectStats> listing;

    private @Nullable Iterator<ObjectStats> objects;

    private @Nullable String currentPath;

    private boolean delegateOpen;

    LakeFSItemReader(String name, RepositoryOperations repositories, String repository, String ref, String prefix,
            @Nullable ResourceAwareItemReaderItemStream<? extends T> delegate,
            Function<LakeFSObject, T> objectItems) {
        this.name = name;
        this.repositories = repositories;
        this.repository = repository;
        this.ref = ref;
        this.prefix = prefix;
        this.delegate = delegate;
        this.objectItems = objectItems;
    }

    /** @return the commit being read, once open */
    public @Nullable String commit() {
        return this.commit;
    }

    @Override
    public void open(ExecutionContext context) {
        String effectiveRef = JobBranches.resolve(this.repository, this.ref);
        String resolved = this.repositories.client().refs().commit(this.repository, effectiveRef).id();
        this.commit = resolved;
        context.putString(key("commit"), resolved);
        recordJobInput(resolved);
        String resumeAt = context.getString(key("object"), null);
        boolean finished = context.getString(key("finished"), "true").equals("true");
        this.listing = this.repositories.repository(this.repository)
            .commit(resolved)
            .objects(ObjectListOptions.all().withPrefix(this.prefix.isEmpty() ? null : this.prefix)
                .withAfter(resumeAt));
        this.objects = this.listing.iterator();
        this.currentPath = resumeAt;
        if (this.delegate != null && resumeAt != null && !finished) {
            openDelegate(resumeAt, context);
        }
    }

    @Override
    public @Nullable T read() throws Exception {
        Iterator<ObjectStats> remaining = this.objects;
        if (remaining == null) {
            throw new IllegalStateException("LakeFSItemReader '" + this.name + "' is not open");
        }
        if (this.delegate == null) {
            if (!remaining.hasNext()) {
                return null;
            }
            String path = remaining.next().path();
            this.currentPath = path;
            return this.objectItems.apply(this.repositories.repository(this.repository)
                .commit(requireCommit())
                .object(path));
        }
        while (true) {
            if (this.delegateOpen) {
                T item = this.delegate.read();
                if (item != null) {
                    return item;
                }
                closeDelegate();
            }
            if (!remaining.hasNext()) {
                return null;
            }
            String path = remaining.next().path();
            this.currentPath = path;
            openDelegate(path, new ExecutionContext());
        }
    }

    @Override
    public void update(ExecutionContext context) {
        if (this.currentPath != null) {
            context.putString(key("object"), this.currentPath);
        }
        context.putString(key("finished"), Boolean.toString(!this.delegateOpen));
        if (this.delegate != null && this.delegateOpen) {
            this.delegate.update(context);
        }
    }

    @Override
    public void close() {
        if (this.delegateOpen) {
            closeDelegate();
        }
        if (this.listing != null) {
            this.listing.close();
        }
        this.listing = null;
        this.objects = null;
    }

    private void openDelegate(String path, ExecutionContext context) {
        ResourceAwareItemReaderItemStream<? extends T> records = this.delegate;
        if (records == null) {
            return;
        }
        records.setResource(new LakeFSResource(this.repositories,
                new LakeFSUri(this.repository, requireCommit(), path).toUri().toString()));
        try {
            records.open(context);
        }
        catch (RuntimeException ex) {
            throw new ItemStreamException("LakeFSItemReader '" + this.name + "' cannot read lakeFS object '" + path
                    + "' at commit " + this.commit + " of repository '" + this.repository + "': " + ex.getMessage(),
                    ex);
        }
        this.delegateOpen = true;
    }

    private void closeDelegate() {
        this.delegateOpen = false;
        if (this.delegate != null) {
            this.delegate.close();
        }
    }

    private String requireCommit() {
        String resolved = this.commit;
        if (resolved == null) {
            throw new IllegalStateException("LakeFSItemReader '" + this.name + "' is not open");
        }
        return resolved;
    }

    private void recordJobInput(String resolved) {
        ExecutionContext job = JobBranches.runningJobContext();
        if (job != null) {
            job.putString(JobContextKeys.input(this.repository, this.ref + "#" + this.name), resolved);
        }
    }

    private String key(String suffix) {
        return this.name + "." + suffix;
    }

    @Override
    public String toString() {
        return "LakeFSItemReader[" + this.name + ": lakefs://" + this.repository + "/" + this.ref + "/" + this.prefix
                + "]";
    }

}
