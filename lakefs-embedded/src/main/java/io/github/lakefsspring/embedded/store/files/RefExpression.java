package io.github.lakefsspring.embedded.store.files;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.lakefsspring.embedded.store.StoreException;
import io.github.lakefsspring.embedded.store.StoreException.Kind;

/**
 * A parsed ref expression: a base name (branch, tag, commit id or prefix) followed by {@code ~N} and {@code ^N}
 * ancestry modifiers and an optional {@code @} (committed state) or {@code $} (staging view) suffix.
 */
record RefExpression(String base, List<Modifier> modifiers, char suffix) {

    private static final Pattern MODIFIER = Pattern.compile("([~^])(\\d*)$");

    /** One ancestry step: {@code ~N} goes N first parents back, {@code ^N} takes the N-th parent. */
    record Modifier(char kind, int value) {

    }

    static RefExpression parse(String ref) {
        String rest = ref;
        char suffix = 0;
        if (rest.endsWith("@") || rest.endsWith("$")) {
            suffix = rest.charAt(rest.length() - 1);
            rest = rest.substring(0, rest.length() - 1);
        }
        List<Modifier> modifiers = new ArrayList<>();
        Matcher matcher = MODIFIER.matcher(rest);
        while (matcher.find() && matcher.start() > 0) {
            String digits = matcher.group(2);
            int value;
            try {
                value = digits.isEmpty() ? 1 : Integer.parseInt(digits);
            }
            catch (NumberFormatException ex) {
                throw new StoreException(Kind.BAD_REQUEST, "invalid ref: " + ref);
            }
            modifiers.add(0, new Modifier(matcher.group(1).charAt(0), value));
            rest = rest.substring(0, matcher.start());
            matcher = MODIFIER.matcher(rest);
        }
        if (rest.isEmpty()) {
            throw new StoreException(Kind.BAD_REQUEST, "invalid ref: " + ref);
        }
        return new RefExpression(rest, List.copyOf(modifiers), suffix);
    }

    boolean plain() {
        return this.modifiers.isEmpty() && this.suffix == 0;
    }

}
