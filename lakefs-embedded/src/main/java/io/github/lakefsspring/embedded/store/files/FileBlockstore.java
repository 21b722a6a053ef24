package io.github.lakefsspring.embedded.store.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.lakefsspring.embedded.store.Durability;
import io.github.lakefsspring.embedded.store.StoreException;
import io.github.lakefsspring.embedded.store.StoreException.Kind;
import io.github.lakefsspring.embedded.store.blockstore.BlobWriter;
import io.github.lakefsspring.embedded.store.blockstore.Blockstore;
import io.github.lakefsspring.embedded.store.blockstore.BlockstoreType;
import io.github.lakefsspring.embedded.store.blockstore.StoredBlob;

/**
 * A {@link Blockstore} that keeps every storage URI as a file under {@code <dataDir>/blockstore/<scheme>/...}.
 * Each URI segment becomes one folder or file name (a segment too long for one file name becomes several
 * nested ones), escaped so that no URI can leave the blockstore folder and two distinct URIs never share a
 * file. Writes go to a temporary file beside their target and appear only through an atomic rename, so a
 * crash never leaves a half-written object visible; temporary files a crash left behind are deleted when the
 * blockstore opens. An address that has been linked as an object is sealed: it can never be written again.
 */
public final class FileBlockstore implements Blockstore {

    private static final Pattern S3_NAMESPACE = Pattern.compile("(s3|gs|az|https?|mem|local|transient)://.+");

    private static final Pattern LOCAL_NAMESPACE = Pattern.compile("local://.+");

    private static final String TEMP_SUFFIX = ".partial";

    /** The longest file name a segment maps to before it continues in a nested folder. */
    private static final int MAX_NAME = 200;

    /** Starts each further file name of a long segment; escaped names never contain {@code +}. */
    private static final String CONTINUED = "~+";

    private final Path root;

    private final BlockstoreType type;

    private final Durability durability;

    private final Predicate<String> sealed;

    /**
     * @param root the folder holding every object
     * @param type the blockstore lakeFS behaves as
     * @param durability whether writes are forced to the device
     * @param sealed tells which addresses are linked as objects, and so can never be written again
     */
    public FileBlockstore(Path root, BlockstoreType type, Durability durability, Predicate<String> sealed) {
        this.root = root.toAbsolutePath().normalize();
        this.type = type;
        this.durability = durability;
        this.sealed = sealed;
        sweepTemporaryFiles();
    }

    /** Deletes what interrupted writes left: their temporary files are never visible, only wasted space. */
    private void sweepTemporaryFiles() {
        if (!Files.isDirectory(this.root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(this.root)) {
            files.filter((file) -> file.getFileName().toString().endsWith(TEMP_SUFFIX)).forEach((file) -> {
                try {
                    Files.deleteIfExists(file);
                }
                catch (IOException ex) {
                    // left for the next start
                }
            });
        }
        catch (IOException | UncheckedIOException ex) {
            // a folder vanished while walking: nothing to sweep there
        }
    }

    @Override
    public BlockstoreType type() {
        return this.type;
    }

    @Override
    public void validateNamespace(String storageNamespace) {
        Pattern rule = (this.type == BlockstoreType.LOCAL) ? LOCAL_NAMESPACE : S3_NAMESPACE;
        if (!rule.matcher(storageNamespace).matches()) {
            throw new StoreException(Kind.BAD_REQUEST, "failed to create repository: storage namespace "
                    + storageNamespace + " does not match blockstore " + this.type.wireName()
                    + ": invalid storage namespace");
        }
    }

    @Override
    public String newAddress(String storageNamespace) {
        String partition = Long.toHexString(System.currentTimeMillis() / 3_600_000L);
        return trimSlash(storageNamespace) + "/data/g" + partition + "/c" + UUID.randomUUID().toString().replace("-", "");
    }

    @Override
    public BlobWriter newBlob(String storageNamespace) {
        String address = newAddress(storageNamespace);
        return new FileBlobWriter(address, file(address), this.durability);
    }

    @Override
    public BlobWriter blobAt(String physicalAddress) {
        if (this.sealed.test(physicalAddress)) {
            throw new StoreException(Kind.FORBIDDEN, "physical address " + physicalAddress
                    + " is linked to an object and cannot be written again");
        }
        return new FileBlobWriter(physicalAddress, file(physicalAddress), this.durability);
    }

    @Override
    public Path file(String physicalAddress) {
        URI uri = parse(physicalAddress);
        Path path = bucketFolder(uri);
        String rawPath = (uri.getRawPath() != null) ? uri.getRawPath() : "";
        for (String part : rawPath.split("/", -1)) {
            if (!part.isEmpty()) {
                for (String name : names(segment(part))) {
                    path = path.resolve(name);
                }
            }
        }
        if (!path.normalize().startsWith(this.root)) {
            throw new StoreException(Kind.BAD_REQUEST, "physical address " + physicalAddress + " is outside the blockstore");
        }
        return path;
    }

    @Override
    public boolean exists(String physicalAddress) {
        return Files.isRegularFile(file(physicalAddress));
    }

    @Override
    public StoredBlob copy(String sourceAddress, String storageNamespace) throws IOException {
        try (BlobWriter writer = newBlob(storageNamespace); InputStream in = Files.newInputStream(file(sourceAddress))) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                writer.write(ByteBuffer.wrap(buffer, 0, n));
            }
            return writer.commit();
        }
    }

    @Override
    public boolean bucketExists(String uri) {
        return Files.isDirectory(bucketFolder(parse(uri)));
    }

    /** The folder of a URI's bucket: {@code <root>/<scheme>/<authority>}. */
    private Path bucketFolder(URI uri) {
        String authority = (uri.getRawAuthority() != null) ? uri.getRawAuthority() : "";
        return this.root.resolve(segment(uri.getScheme().toLowerCase(Locale.ROOT)))
            .resolve(segment(authority.isEmpty() ? "_" : authority));
    }

    @Override
    public Stream<StoredBlob> list(String uriPrefix) throws IOException {
        String base = uriPrefix.endsWith("/") ? uriPrefix : uriPrefix.substring(0, uriPrefix.lastIndexOf('/') + 1);
        Path folder = file(base.endsWith("://") ? base + "_" : trimSlash(base) + "/_").getParent();
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        Stream<Path> files = Files.walk(folder);
        return files.filter(Files::isRegularFile)
            .filter((p) -> !p.getFileName().toString().endsWith(TEMP_SUFFIX))
            .map((p) -> base + relativeUri(folder, p))
            .filter((uri) -> uri.startsWith(uriPrefix))
            .sorted()
            .map((uri) -> describe(uri))
            .onClose(files::close);
    }

    @Override
    public String createMultipartUpload(String physicalAddress) {
        String uploadId = UUID.randomUUID().toString().replace("-", "");
        try {
            Files.createDirectories(partsFolder(physicalAddress, uploadId));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return uploadId;
    }

    @Override
    public BlobWriter uploadPart(String physicalAddress, String uploadId, int partNumber) {
        Path folder = partsFolder(physicalAddress, uploadId);
        if (!Files.isDirectory(folder)) {
            throw new StoreException(Kind.NOT_FOUND, "upload " + uploadId + " not found");
        }
        return new FileBlobWriter(physicalAddress + "#part" + partNumber, folder.resolve(Integer.toString(partNumber)),
                this.durability);
    }

    @Override
    public StoredBlob completeMultipartUpload(String physicalAddress, String uploadId, List<StoredBlob.Part> parts)
            throws IOException {
        Path folder = partsFolder(physicalAddress, uploadId);
        if (!Files.isDirectory(folder)) {
            throw new StoreException(Kind.NOT_FOUND, "upload " + uploadId + " not found");
        }
        MessageDigest etags = md5();
        try (FileBlobWriter writer = new FileBlobWriter(physicalAddress, file(physicalAddress), this.durability)) {
            for (StoredBlob.Part part : parts) {
                Path partFile = folder.resolve(Integer.toString(part.partNumber()));
                if (!Files.isRegularFile(partFile)) {
                    throw new StoreException(Kind.BAD_REQUEST, "part " + part.partNumber() + " not found");
                }
                etags.update(HexFormat.of().parseHex(md5Hex(partFile)));
                try (FileChannel channel = FileChannel.open(partFile)) {
                    ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
                    while (channel.read(buffer.clear()) >= 0) {
                        writer.write(buffer.flip());
                    }
                }
            }
            StoredBlob whole = writer.commit();
            deleteFolder(folder);
            return new StoredBlob(physicalAddress, HexFormat.of().formatHex(etags.digest()) + "-" + parts.size(),
                    whole.sizeBytes());
        }
    }

    @Override
    public void abortMultipartUpload(String physicalAddress, String uploadId) {
        deleteFolder(partsFolder(physicalAddress, uploadId));
    }

    @Override
    public Path locate(String storageUri) {
        return file(storageUri);
    }

    /** Writes a marker object, used to tell whether a namespace already holds lakeFS data. */
    void touch(String uri) throws IOException {
        try (BlobWriter writer = new FileBlobWriter(uri, file(uri), this.durability)) {
            writer.write(ByteBuffer.wrap(new byte[0]));
            writer.commit();
        }
    }

    private StoredBlob describe(String uri) {
        try {
            Path file = file(uri);
            return new StoredBlob(uri, md5Hex(file), Files.size(file));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private Path partsFolder(String physicalAddress, String uploadId) {
        Path target = file(physicalAddress);
        return target.resolveSibling(target.getFileName() + ".uploads").resolve(segment(uploadId));
    }

    private static String relativeUri(Path folder, Path file) {
        List<String> names = new ArrayList<>();
        for (Path part : folder.relativize(file)) {
            String piece = part.toString();
            if (piece.startsWith(CONTINUED) && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + piece.substring(CONTINUED.length()));
            }
            else {
                names.add(piece);
            }
        }
        StringBuilder uri = new StringBuilder();
        for (String name : names) {
            if (!uri.isEmpty()) {
                uri.append('/');
            }
            uri.append(unsegment(name));
        }
        return uri.toString();
    }

    /**
     * The file names an escaped segment takes: itself, or pieces of at most {@value #MAX_NAME} characters, each
     * after the first starting with {@value #CONTINUED} (so that no piece is {@code .} or {@code ..}), never
     * splitting an escape sequence.
     */
    private static List<String> names(String escaped) {
        if (escaped.length() <= MAX_NAME) {
            return List.of(escaped);
        }
        List<String> names = new ArrayList<>();
        int start = 0;
        while (start < escaped.length()) {
            int end = Math.min(escaped.length(), start + MAX_NAME);
            int escape = escaped.lastIndexOf('~', end - 1);
            if (end < escaped.length() && escape > end - 3 && escape > start) {
                end = escape;
            }
            names.add(((start == 0) ? "" : CONTINUED) + escaped.substring(start, end));
            start = end;
        }
        return names;
    }

    private static URI parse(String physicalAddress) {
        try {
            URI uri = new URI(physicalAddress.replace("%", "%25").replace(" ", "%20").replace("#", "%23")
                .replace("?", "%3F").replace("[", "%5B").replace("]", "%5D"));
            if (uri.getScheme() == null) {
                throw new StoreException(Kind.BAD_REQUEST, "physical address " + physicalAddress + " has no scheme");
            }
            return uri;
        }
        catch (URISyntaxException ex) {
            throw new StoreException(Kind.BAD_REQUEST, "invalid physical address " + physicalAddress, ex);
        }
    }

    /** Escapes one URI segment into a safe file name: never {@code .}, {@code ..} or the temp suffix. */
    private static String segment(String raw) {
        String decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        StringBuilder name = new StringBuilder();
        for (byte b : decoded.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_' || (c == '.' && !name.isEmpty());
            name.append(plain ? String.valueOf((char) c) : String.format("~%02X", c));
        }
        return name.isEmpty() ? "~" : name.toString();
    }

    private static String unsegment(String name) {
        if (name.equals("~")) {
            return "";
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '~' && i + 2 < name.length()) {
                out.write(Integer.parseInt(name.substring(i + 1, i + 3), 16));
                i += 2;
            }
            else {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String trimSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String md5Hex(Path file) throws IOException {
        MessageDigest digest = md5();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Streams bytes to a temporary file, hashing them, and publishes the file by an atomic rename; with
     * {@link Durability#FSYNC} the bytes and the rename are forced to the device first.
     */
    private static final class FileBlobWriter implements BlobWriter {

        private final String address;

        private final Path target;

        private final Path temp;

        private final Durability durability;

        private final MessageDigest digest = md5();

        private final FileChannel out;

        private long size;

        private boolean done;

        FileBlobWriter(String address, Path target, Durability durability) {
            this.address = address;
            this.target = target;
            this.durability = durability;
            this.temp = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
            try {
                Files.createDirectories(target.getParent());
                this.out = FileChannel.open(this.temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        @Override
        public String physicalAddress() {
            return this.address;
        }

        @Override
        public void write(ByteBuffer chunk) throws IOException {
            int length = chunk.remaining();
            this.digest.update(chunk.duplicate());
            while (chunk.hasRemaining()) {
                this.out.write(chunk);
            }
            this.size += length;
        }

        @Override
        public StoredBlob commit() throws IOException {
            if (this.durability == Durability.FSYNC) {
                this.out.force(true);
            }
            this.out.close();
            try {
                Files.move(this.temp, this.target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            catch (AtomicMoveNotSupportedException ex) {
                Files.move(this.temp, this.target, StandardCopyOption.REPLACE_EXISTING);
            }
            if (this.durability == Durability.FSYNC) {
                forceDirectory(this.target.getParent());
            }
            this.done = true;
            return new StoredBlob(this.address, HexFormat.of().formatHex(this.digest.digest()), this.size);
        }

        @Override
        public void abort() {
            if (!this.done) {
                this.done = true;
                try {
                    this.out.close();
                    Files.deleteIfExists(this.temp);
                }
                catch (IOException ex) {
                    // the temporary file is invisible to readers, and swept at the next start
                }
            }
        }

        @Override
        public void close() {
            abort();
        }

        /** Makes a rename in the folder durable (a no-op where folders cannot be opened, as on Windows). */
        private static void forceDirectory(Path folder) {
            try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
                channel.force(true);
            }
            catch (IOException ex) {
                // not supported on this platform
            }
        }

    }

}
