package io.github.lakefsspring.client.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads {@link ObjectStats} straight from the parser's tokens. Listings carry a thousand of them per page, and
 * Jackson's general path for records (buffering every property, then calling the canonical constructor through a
 * method handle) cost several times the parsing itself. Each property name is first matched, byte for byte, against
 * the one lakeFS writes next (its properties come in alphabetical order), which spares hashing and looking up the
 * name; any other order is read as well.
 */
final class ObjectStatsDeserializer extends ValueDeserializer<ObjectStats> {

    private static final String[] ORDER = { "checksum", "content_type", "metadata", "mtime", "path", "path_type",
            "physical_address", "physical_address_expiry", "size_bytes" };

    private static final SerializableString[] EXPECTED = Arrays.stream(ORDER)
        .map(SerializedString::new)
        .toArray(SerializableString[]::new);

    private static final Map<String, Integer> PLACES = IntStream.range(0, ORDER.length)
        .boxed()
        .collect(Collectors.toUnmodifiableMap((place) -> ORDER[place], Function.identity()));

    @Override
    public ObjectStats deserialize(JsonParser parser, DeserializationContext context) {
        Fields fields = new Fields();
        int expected = 0;
        String name = (parser.currentToken() == JsonToken.START_OBJECT) ? nextName(parser, expected)
                : (parser.currentToken() == JsonToken.PROPERTY_NAME) ? parser.currentName() : null;
        while (name != null) {
            fields.read(name, parser);
            expected = placeAfter(name, expected);
            name = nextName(parser, expected);
        }
        return fields.stats();
    }

    /** @return the place in lakeFS's order after property {@code name}'s; {@code expected} for a stranger */
    private static int placeAfter(String name, int expected) {
        if (expected < ORDER.length && ORDER[expected].equals(name)) {
            return expected + 1;
        }
        Integer place = PLACES.get(name);
        return (place != null) ? place + 1 : expected;
    }

    /** @return the next property's name, matched first against the one expected, or null at the object's end */
    private static @Nullable String nextName(JsonParser parser, int expected) {
        if (expected >= EXPECTED.length) {
            return parser.nextName();
        }
        if (parser.nextName(EXPECTED[expected])) {
            return ORDER[expected];
        }
        return (parser.currentToken() == JsonToken.PROPERTY_NAME) ? parser.currentName() : null;
    }

    /** The fields read so far of one object. */
    private static final class Fields {

        private @Nullable String path;

        private @Nullable PathType pathType;

        private @Nullable String physicalAddress;

        private @Nullable Long physicalAddressExpiry;

        private @Nullable String checksum;

        private long sizeBytes;

        private long mtime;

        private @Nullable Map<String, String> metadata;

        private @Nullable String contentType;

        /** Reads the value of property {@code name}, skipping any property lakeFS does not write. */
        void read(String name, JsonParser parser) {
            JsonToken value = parser.nextToken();
            boolean isNull = value == JsonToken.VALUE_NULL;
            switch (name) {
                case "checksum" -> this.checksum = isNull ? null : parser.getString();
                case "content_type" -> this.contentType = isNull ? null : parser.getString();
                case "metadata" -> this.metadata = isNull ? null : metadata(parser);
                case "mtime" -> this.mtime = isNull ? 0 : parser.getLongValue();
                case "path" -> this.path = isNull ? null : parser.getString();
                case "path_type" -> this.pathType = isNull ? null : PathType.fromWireName(parser.getString());
                case "physical_address" -> this.physicalAddress = isNull ? null : parser.getString();
                case "physical_address_expiry" -> this.physicalAddressExpiry = isNull ? null : parser.getLongValue();
                case "size_bytes" -> this.sizeBytes = isNull ? 0 : parser.getLongValue();
                default -> parser.skipChildren();
            }
        }

        ObjectStats stats() {
            return new ObjectStats(this.path, this.pathType, this.physicalAddress, this.physicalAddressExpiry,
                    this.checksum, this.sizeBytes, this.mtime, this.metadata, this.contentType);
        }

    }

    private static @Nullable Map<String, String> metadata(JsonParser parser) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (String key = parser.nextName(); key != null; key = parser.nextName()) {
            parser.nextToken();
            String value = parser.getValueAsString();
            if (value != null) {
                metadata.put(key, value);
            }
            else {
                parser.skipChildren();
            }
        }
        return metadata;
    }

}
