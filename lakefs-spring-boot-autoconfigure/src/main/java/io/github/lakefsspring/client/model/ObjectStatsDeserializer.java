package io.github.lakefsspring.client.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

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

    @Override
    public ObjectStats deserialize(JsonParser parser, DeserializationContext context) {
        Fields fields = new Fields();
        int expected = 0;
        String name = (parser.currentToken() == JsonToken.START_OBJECT) ? nextName(parser, expected)
                : (parser.currentToken() == JsonToken.PROPERTY_NAME) ? parser.currentName() : null;
        while (name != null) {
            int read = fields.read(name, parser);
            expected = (read >= 0) ? read + 1 : expected;
            name = nextName(parser, expected);
        }
        return fields.stats();
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

        /**
         * Reads the value of property {@code name}.
         * @return the property's place in lakeFS's order, or -1 for a property it does not know
         */
        int read(String name, JsonParser parser) {
            JsonToken value = parser.nextToken();
            boolean isNull = value == JsonToken.VALUE_NULL;
            switch (name) {
                case "checksum" -> {
                    this.checksum = isNull ? null : parser.getString();
                    return 0;
                }
                case "content_type" -> {
                    this.contentType = isNull ? null : parser.getString();
                    return 1;
                }
                case "metadata" -> {
                    this.metadata = isNull ? null : metadata(parser);
                    return 2;
                }
                case "mtime" -> {
                    this.mtime = isNull ? 0 : parser.getLongValue();
                    return 3;
                }
                case "path" -> {
                    this.path = isNull ? null : parser.getString();
                    return 4;
                }
                case "path_type" -> {
                    this.pathType = isNull ? null : PathType.fromWireName(parser.getString());
                    return 5;
                }
                case "physical_address" -> {
                    this.physicalAddress = isNull ? null : parser.getString();
                    return 6;
                }
                case "physical_address_expiry" -> {
                    this.physicalAddressExpiry = isNull ? null : parser.getLongValue();
                    return 7;
                }
                case "size_bytes" -> {
                    this.sizeBytes = isNull ? 0 : parser.getLongValue();
                    return 8;
                }
                default -> {
                    parser.skipChildren();
                    return -1;
                }
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
