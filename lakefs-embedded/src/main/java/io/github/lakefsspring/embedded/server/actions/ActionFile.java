package io.github.lakefsspring.embedded.server.actions;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import io.github.lakefsspring.embedded.store.BranchProtection;

/**
 * One action file as lakeFS defines it: a name, the events it runs {@code on} (each with optional branch globs)
 * and its hooks. Parsed from untrusted YAML with SnakeYAML's safe constructor and bounded aliases, nesting and
 * size.
 *
 * @param name the action's name
 * @param on event type to branch patterns (empty: every branch)
 * @param hooks the hooks, run in order
 */
record ActionFile(String name, Map<String, List<String>> on, List<Hook> hooks) {

    /** The largest action file read. */
    static final int MAX_SIZE = 256 * 1024;

    private static final Pattern NAME = Pattern.compile("^\\w[\\w\\-. ]+$");

    private static final Pattern HOOK_ID = Pattern.compile("^[_a-zA-Z][\\-_a-zA-Z0-9]{1,255}$");

    /**
     * A hook of an action.
     *
     * @param id its id
     * @param type {@code webhook}, {@code lua}, {@code airflow}...
     * @param properties its properties
     */
    record Hook(String id, String type, Map<String, Object> properties) {
    }

    /**
     * @param yaml the file's bytes
     * @return the action
     * @throws IllegalArgumentException naming what is wrong
     */
    static ActionFile parse(byte[] yaml) {
        if (yaml.length > MAX_SIZE) {
            throw new IllegalArgumentException("action file is larger than " + MAX_SIZE + " bytes");
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_SIZE);
        options.setAllowDuplicateKeys(false);
        Object document;
        try {
            document = new Yaml(new SafeConstructor(options)).load(new String(yaml, StandardCharsets.UTF_8));
        }
        catch (RuntimeException ex) {
            throw new IllegalArgumentException("yaml: " + firstLine(ex.getMessage()));
        }
        if (!(document instanceof Map<?, ?> action)) {
            throw new IllegalArgumentException("invalid action: not a mapping");
        }
        String name = text(action.get("name"));
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'name' is " + ((name == null) ? "required" : "invalid")
                    + ": invalid action");
        }
        // YAML 1.1 (SnakeYAML) reads a bare 'on' key as the boolean true; lakeFS's YAML 1.2 reads it as text
        Object onValue = action.containsKey("on") ? action.get("on") : action.get(Boolean.TRUE);
        if (!(onValue instanceof Map<?, ?> events) || events.isEmpty()) {
            throw new IllegalArgumentException("'on' is required: invalid action");
        }
        Map<String, List<String>> on = new LinkedHashMap<>();
        events.forEach((event, spec) -> {
            List<String> branches = new ArrayList<>();
            if (spec instanceof Map<?, ?> map && map.get("branches") instanceof List<?> list) {
                list.forEach((branch) -> branches.add(String.valueOf(branch)));
            }
            on.put(String.valueOf(event), branches);
        });
        List<Hook> hooks = new ArrayList<>();
        if (action.get("hooks") instanceof List<?> list) {
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> hook)) {
                    throw new IllegalArgumentException("hook is not a mapping: invalid action");
                }
                String id = text(hook.get("id"));
                if (id == null || !HOOK_ID.matcher(id).matches()) {
                    throw new IllegalArgumentException("hook 'id' is " + ((id == null) ? "required" : "invalid")
                            + ": invalid action");
                }
                Map<String, Object> properties = new LinkedHashMap<>();
                if (hook.get("properties") instanceof Map<?, ?> map) {
                    map.forEach((key, value) -> properties.put(String.valueOf(key), value));
                }
                hooks.add(new Hook(id, String.valueOf(hook.get("type")), properties));
            }
        }
        if (hooks.isEmpty()) {
            throw new IllegalArgumentException("'hooks' is required: invalid action");
        }
        return new ActionFile(name, on, hooks);
    }

    /** @return whether the action runs for this event on this branch */
    boolean matches(String eventType, String branch) {
        List<String> branches = this.on.get(eventType);
        if (branches == null) {
            return false;
        }
        return branches.isEmpty() || branches.stream().anyMatch((pattern) -> BranchProtection.matches(pattern, branch));
    }

    private static @Nullable String text(@Nullable Object value) {
        return (value instanceof String string && !string.isEmpty()) ? string : null;
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "invalid document";
        }
        int newline = message.indexOf('\n');
        return (newline < 0) ? message : message.substring(0, newline);
    }

}
