package io.github.lakefsspring.embedded.server.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON dialect of the lakeFS REST API: snake_case names, properties and map keys in sorted
 * order, absent optional fields left out, Go's string escaping, and a trailing newline after each
 * document (lakeFS writes bodies with Go's {@code json.Encoder}).
 */
public final class LakeFSJson {

    /** Go's decoder accepts 10,000 levels; bodies are checked against that before they reach Jackson. */
    private static final int MAX_NESTING_DEPTH = 10_001;

    private final JsonMapper mapper;

    public LakeFSJson() {
        JsonFactory factory = JsonFactory.builder()
                .characterEscapes(new GoJsonEscapes())
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .build();
        this.mapper = JsonMapper.builder(factory)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
    }

    /** @return the document for {@code value}, followed by a newline, as UTF-8 bytes */
    public byte[] write(Object value) {
        byte[] document = mapper.writeValueAsBytes(value);
        byte[] withNewline = new byte[document.length + 1];
        System.arraycopy(document, 0, withNewline, 0, document.length);
        withNewline[document.length] = '\n';
        return withNewline;
    }

    /** @return the tree of a request body; numbers keep their exact textual kind (integer or decimal) */
    public JsonNode readTree(byte[] body) {
        return mapper.readTree(body);
    }

    /** @return the mapper, for tests and converters */
    public JsonMapper mapper() {
        return mapper;
    }
}
