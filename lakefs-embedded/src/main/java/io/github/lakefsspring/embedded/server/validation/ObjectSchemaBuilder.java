package io.github.lakefsspring.embedded.server.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.lakefsspring.embedded.server.validation.Schema.ObjectSchema;
import org.jspecify.annotations.Nullable;

/** Declares an {@link ObjectSchema} property by property. */
public final class ObjectSchemaBuilder {

    private final @Nullable String reference;

    private final Map<String, Schema> properties = new LinkedHashMap<>();

    private final List<String> required = new ArrayList<>();

    private ObjectSchemaBuilder(@Nullable String reference) {
        this.reference = reference;
    }

    /** @param reference the component name lakeFS's messages cite, e.g. {@code RepositoryCreation} */
    public static ObjectSchemaBuilder component(String reference) {
        return new ObjectSchemaBuilder(reference);
    }

    /** An inline (nested) object. */
    public static ObjectSchemaBuilder inline() {
        return new ObjectSchemaBuilder(null);
    }

    public ObjectSchemaBuilder required(String name, Schema schema) {
        properties.put(name, schema);
        required.add(name);
        return this;
    }

    public ObjectSchemaBuilder optional(String name, Schema schema) {
        properties.put(name, schema);
        return this;
    }

    public ObjectSchema build() {
        return new ObjectSchema(reference, properties, required, null);
    }
}
