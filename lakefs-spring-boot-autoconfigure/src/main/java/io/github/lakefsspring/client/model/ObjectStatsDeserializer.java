package io.github.lakefsspring.client.model;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads {@link ObjectStats} straight from the parser's tokens. Listings carry a thousand of them per page, and
 * Jackson's general path for records (buffering every property, then calling the canonical constructor through a
 * method handle) cost several times the parsing itself.
 */
final class ObjectStatsDeserializer extends ValueDeserializer<ObjectStats> {

    @Override
    public ObjectStats deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            parser.nextToken();
        }
        String path = null;
        PathType pathType = null;
        String physicalAddress = null;
        Long physicalAddressExpiry = null;
        String checksum = null;
        long sizeBytes = 0;
        long mtime = 0;
        Map<String, String> metadata = null;
        String contentType = null;
        for (JsonToken token = parser.currentToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            boolean isNull = value == JsonToken.VALUE_NULL;
            switch (name) {
                case "path" -> path = isNull ? null : parser.getString();
                case "path_type" -> pathType = isNull ? null : PathType.fromWireName(parser.getString());
                case "physical_address" -> physicalAddress = isNull ? null : parser.getString();
                case "physical_address_expiry" -> physicalAddressExpiry = isNull ? null : parser.getLongValue();
                case "checksum" -> checksum = isNull ? null : parser.getString();
                case "size_bytes" -> sizeBytes = isNull ? 0 : parser.getLongValue();
                case "mtime" -> mtime = isNull ? 0 : parser.getLongValue();
                case "metadata" -> metadata = isNull ? null : metadata(parser);
                case "content_type" -> contentType = isNull ? null : parser.getString();
                default -> parser.skipChildren();
            }
        }
        return new ObjectStats(path, pathType, physicalAddress, physicalAddressExpiry, checksum, sizeBytes, mtime,
                metadata, contentType);
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
