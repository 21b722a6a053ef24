package io.github.lakefsspring.embedded.gateway;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.embedded.store.Branch;
import io.github.lakefsspring.embedded.store.CommonPrefix;
import io.github.lakefsspring.embedded.store.ListingItem;
import io.github.lakefsspring.embedded.store.ObjectEntry;
import io.github.lakefsspring.embedded.store.Page;
import io.github.lakefsspring.embedded.store.PageRequest;
import io.github.lakefsspring.embedded.store.Repository;
import io.github.lakefsspring.embedded.store.StoreException;
import io.github.lakefsspring.embedded.store.VersionedStore;

/**
 * The gateway's listings: buckets (repositories), and objects with ListObjects v1 and v2 paging, where keys are
 * {@code <ref>/<path>} and, without a ref in the prefix, branches are the common prefixes.
 */
final class S3Listings {

    private final VersionedStore store;

    private final String accessKeyId;

    S3Listings(VersionedStore store, String accessKeyId) {
        this.store = store;
        this.accessKeyId = accessKeyId;
    }

    /** The repository behind a bucket, or S3's NoSuchBucket. */
    static Repository requireBucket(VersionedStore store, String bucket) {
        try {
            return store.getRepository(bucket);
        }
        catch (StoreException ex) {
            throw S3Error.noSuchBucket();
        }
    }

    S3Answer listBuckets() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListAllMyBucketsResult" + Xml.S3_NAMESPACE
                + "><Owner><ID>" + Xml.escape(this.accessKeyId) + "</ID><DisplayName>" + Xml.escape(this.accessKeyId)
                + "</DisplayName></Owner><Buckets>");
        String after = "";
        Page<Repository> page;
        do {
            page = this.store.listRepositories(new PageRequest("", after, 1000), "");
            for (Repository repository : page.results()) {
                xml.append("<Bucket><Name>").append(Xml.escape(repository.id())).append("</Name><CreationDate>")
                    .append(Xml.iso(repository.creationDate())).append("</CreationDate></Bucket>");
            }
            after = page.nextOffset();
        }
        while (page.hasMore());
        return S3Answer.xml(200, xml.append("</Buckets></ListAllMyBucketsResult>").toString());
    }

    S3Answer list(String bucket, Map<String, String> query) {
        requireBucket(this.store, bucket);
        boolean v2 = "2".equals(query.get("list-type"));
        String prefix = query.getOrDefault("prefix", "");
        String delimiter = query.getOrDefault("delimiter", "");
        int maxKeys = parseMaxKeys(query.get("max-keys"));
        String token = query.get("continuation-token");
        String after = v2 ? ((token != null) ? decodeToken(token) : query.getOrDefault("start-after", ""))
                : query.getOrDefault("marker", "");
        List<String> keys = new ArrayList<>();
        List<ObjectEntry> objects = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        boolean truncated = false;
        String last = "";
        int slash = prefix.indexOf('/');
        if (slash < 0) {
            Page<Branch> branches = this.store.listBranches(bucket, new PageRequest(prefix, refPart(after), maxKeys),
                    false);
            for (Branch branch : branches.results()) {
                if (delimiter.equals("/")) {
                    prefixes.add(branch.id() + "/");
                    last = branch.id() + "/";
                }
            }
            truncated = branches.hasMore();
        }
        else {
            String ref = prefix.substring(0, slash);
            String pathPrefix = prefix.substring(slash + 1);
            String pathAfter = after.startsWith(ref + "/") ? after.substring(ref.length() + 1) : "";
            Page<ListingItem> page = this.store.listObjects(bucket, ref, new PageRequest(pathPrefix, pathAfter,
                    maxKeys), delimiter);
            for (ListingItem item : page.results()) {
                String fullKey = ref + "/" + item.path();
                if (item instanceof ObjectEntry entry) {
                    objects.add(entry);
                    keys.add(fullKey);
                }
                else if (item instanceof CommonPrefix) {
                    prefixes.add(fullKey);
                }
                last = fullKey;
            }
            truncated = page.hasMore();
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult" + Xml.S3_NAMESPACE + ">");
        Xml.element(xml, "Name", bucket);
        Xml.element(xml, "Prefix", prefix);
        if (v2) {
            if (token != null) {
                Xml.element(xml, "ContinuationToken", token);
            }
            if (query.containsKey("start-after")) {
                Xml.element(xml, "StartAfter", query.get("start-after"));
            }
            Xml.element(xml, "KeyCount", Integer.toString(objects.size() + prefixes.size()));
        }
        else {
            Xml.element(xml, "Marker", query.getOrDefault("marker", ""));
        }
        Xml.element(xml, "MaxKeys", Integer.toString(maxKeys));
        if (!delimiter.isEmpty()) {
            Xml.element(xml, "Delimiter", delimiter);
        }
        Xml.element(xml, "IsTruncated", Boolean.toString(truncated));
        if (truncated && v2) {
            Xml.element(xml, "NextContinuationToken", encodeToken(last));
        }
        if (truncated && !v2 && !delimiter.isEmpty()) {
            Xml.element(xml, "NextMarker", last);
        }
        for (int i = 0; i < objects.size(); i++) {
            ObjectEntry entry = objects.get(i);
            xml.append("<Contents>");
            Xml.element(xml, "Key", keys.get(i));
            Xml.element(xml, "LastModified", Xml.iso(entry.mtime()));
            Xml.element(xml, "ETag", "\"" + entry.checksum() + "\"");
            Xml.element(xml, "Size", Long.toString(entry.sizeBytes()));
            Xml.element(xml, "StorageClass", "STANDARD");
            xml.append("</Contents>");
        }
        for (String commonPrefix : prefixes) {
            xml.append("<CommonPrefixes>");
            Xml.element(xml, "Prefix", commonPrefix);
            xml.append("</CommonPrefixes>");
        }
        return S3Answer.xml(200, xml.append("</ListBucketResult>").toString());
    }

    private static String refPart(String after) {
        int slash = after.indexOf('/');
        return (slash < 0) ? after : after.substring(0, slash);
    }

    private static int parseMaxKeys(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return 1000;
        }
        try {
            int maxKeys = Integer.parseInt(value);
            if (maxKeys < 0) {
                throw S3Error.invalidArgument("max-keys cannot be negative");
            }
            return Math.max(1, Math.min(maxKeys, 1000));
        }
        catch (NumberFormatException ex) {
            throw S3Error.invalidArgument("Provided max-keys not an integer or within integer range");
        }
    }

    private static String encodeToken(String key) {
        return Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeToken(String token) {
        try {
            return new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            throw S3Error.invalidArgument("The continuation token provided is incorrect");
        }
    }

}
