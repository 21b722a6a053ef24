package io.github.lakefsspring.client.model;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ObjectStats} read token by token: every field lakeFS sends, absent and null fields as the record's
 * defaults, fields it does not know skipped whatever their shape, and inside a listing page.
 */
class ObjectStatsDeserializerTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyFieldIsRead() {
        ObjectStats stats = this.json.readValue("""
                {"path":"a/b.csv","path_type":"object","physical_address":"s3://bucket/x","physical_address_expiry":17,
                 "checksum":"abc","size_bytes":4096,"mtime":1700000000,"metadata":{"owner":"etl","team":"data"},
                 "content_type":"text/csv"}""", ObjectStats.class);
        assertThat(stats).isEqualTo(new ObjectStats("a/b.csv", PathType.OBJECT, "s3://bucket/x", 17L, "abc", 4096,
                1700000000, Map.of("owner", "etl", "team", "data"), "text/csv"));
        assertThat(stats.metadata()).containsOnly(Map.entry("owner", "etl"), Map.entry("team", "data"));
    }

    @Test
    void fieldsAreReadInLakeFSsOwnOrderWithStrangersAndGapsBetweenThem() {
        ObjectStats stats = this.json.readValue("""
                {"checksum":"abc","content_type":"text/csv","extra":[1],"mtime":1700000000,"path":"a/b.csv",
                 "physical_address":"s3://bucket/x","path_type":"object","size_bytes":4096,"zz":{"a":1}}""",
                ObjectStats.class);
        assertThat(stats).isEqualTo(new ObjectStats("a/b.csv", PathType.OBJECT, "s3://bucket/x", null, "abc", 4096,
                1700000000, Map.of(), "text/csv"));
    }

    @Test
    void absentAndNullFieldsTakeTheRecordsDefaults() {
        ObjectStats prefix = this.json.readValue("{\"path\":\"a/\",\"path_type\":\"common_prefix\"}",
                ObjectStats.class);
        assertThat(prefix.isCommonPrefix()).isTrue();
        assertThat(prefix.sizeBytes()).isZero();
        assertThat(prefix.metadata()).isEmpty();
        assertThat(prefix.checksum()).isEmpty();
        ObjectStats nulls = this.json.readValue("{\"path\":\"x\",\"path_type\":null,\"physical_address_expiry\":null,"
                + "\"size_bytes\":null,\"metadata\":null,\"content_type\":null}", ObjectStats.class);
        assertThat(nulls.pathType()).isEqualTo(PathType.OBJECT);
        assertThat(nulls.physicalAddressExpiry()).isNull();
        assertThat(nulls.contentType()).isEmpty();
    }

    @Test
    void unknownFieldsAreSkippedWhateverTheirShape() {
        ObjectStats stats = this.json.readValue("""
                {"future":{"nested":[1,{"deep":true}]},"path":"p","list":[1,2],"metadata":{"k":"v","odd":{"x":1}},
                 "size_bytes":3,"flag":true}""", ObjectStats.class);
        assertThat(stats.path()).isEqualTo("p");
        assertThat(stats.sizeBytes()).isEqualTo(3);
        assertThat(stats.metadata()).containsExactly(Map.entry("k", "v"));
    }

    @Test
    void aListingPageIsRead() {
        Page<ObjectStats> page = this.json.readValue("""
                {"pagination":{"has_more":true,"next_offset":"b","results":2,"max_per_page":1000},
                 "results":[{"path":"a","size_bytes":1},{"path":"b","size_bytes":2,"metadata":{}}]}""",
                new TypeReference<Page<ObjectStats>>() {
                });
        assertThat(page.results()).extracting(ObjectStats::path).isEqualTo(List.of("a", "b"));
        assertThat(page.pagination().nextOffset()).isEqualTo("b");
    }

}
