package io.github.lakefsspring.resource;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;

import io.github.lakefsspring.client.LakeFSException;
import io.github.lakefsspring.client.NotFoundException;
import io.github.lakefsspring.core.LakeFSObject;
import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.core.WriteOptions;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.WritableResource;

/**
 * An object at a lakeFS ref as a Spring {@link org.springframework.core.io.Resource}: {@code
 * lakefs://repository/ref/path}. Reading streams the object; writing (on a branch) streams to lakeFS and stores
 * the object when the stream is closed. Inside a {@code @LakeFSTransactional} method, a resource on the
 * transaction's branch reads and writes the transaction branch.
 *
 * @since 0.1.0
 */
public class LakeFSResource extends AbstractResource implements WritableResource {

    /** The URI scheme. */
    public static final String SCHEME = "lakefs";

    private final RepositoryOperations repositories;

    private final LakeFSUri uri;

    public LakeFSResource(RepositoryOperations repositories, String location) {
        this.repositories = repositories;
        this.uri = LakeFSUri.parse(location);
    }

    private LakeFSObject object() {
        return this.repositories.repository(this.uri.repository()).ref(this.uri.ref()).object(this.uri.path());
    }

    @Override
    public boolean exists() {
        return object().exists();
    }

    @Override
    public InputStream getInputStream() throws IOException {
        try {
            object().stat();
            return object().openStream();
        }
        catch (NotFoundException ex) {
            throw new FileNotFoundException(getDescription() + " does not exist");
        }
        catch (LakeFSException ex) {
            throw new IOException("Cannot read " + getDescription() + ": " + ex.getMessage(), ex);
        }
    }

    @Override
    public long contentLength() throws IOException {
        try {
            return object().stat().sizeBytes();
        }
        catch (NotFoundException ex) {
            throw new FileNotFoundException(getDescription() + " does not exist");
        }
    }

    @Override
    public long lastModified() throws IOException {
        try {
            return object().stat().mtime() * 1000;
        }
        catch (NotFoundException ex) {
            throw new FileNotFoundException(getDescription() + " does not exist");
        }
    }

    /** @return whether the ref names a branch, which is the only kind of ref an object can be written on */
    @Override
    public boolean isWritable() {
        try {
            this.repositories.client().branches().get(this.uri.repository(), this.uri.ref());
            return true;
        }
        catch (LakeFSException ex) {
            return false;
        }
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        if (!isWritable()) {
            throw new IOException(getDescription() + " cannot be written: '" + this.uri.ref() + "' is not a branch");
        }
        return this.repositories.repository(this.uri.repository()).branch(this.uri.ref()).object(this.uri.path())
            .openWriter(WriteOptions.defaults());
    }

    @Override
    public URI getURI() {
        return this.uri.toUri();
    }

    @Override
    public String getFilename() {
        String path = this.uri.path();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public LakeFSResource createRelative(String relativePath) {
        String path = this.uri.path();
        String base = path.substring(0, path.lastIndexOf('/') + 1);
        return new LakeFSResource(this.repositories, new LakeFSUri(this.uri.repository(), this.uri.ref(),
                base + relativePath).toString());
    }

    @Override
    public String getDescription() {
        return "lakeFS object [" + this.uri + "]";
    }

    @Override
    public boolean equals(Object other) {
        return (other instanceof LakeFSResource resource) && resource.uri.equals(this.uri);
    }

    @Override
    public int hashCode() {
        return this.uri.hashCode();
    }

}
