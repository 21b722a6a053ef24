package io.github.lakefsspring.embedded.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A repository's branch protection rules: branch name patterns (lakeFS's globs: {@code *}, {@code ?},
 * {@code [...]} and {@code {a,b}}) whose branches refuse staging writes and commits, as lakeFS's default blocked
 * actions do; merges into them are allowed.
 *
 * @param patterns the patterns, sorted
 */
public record BranchProtection(List<String> patterns) {

    /** No rules. */
    public static final BranchProtection NONE = new BranchProtection(List.of());

    public BranchProtection {
        patterns = patterns.stream().distinct().sorted().toList();
    }

    /** @return the version of the rules for {@code ETag} / {@code If-Match}: empty when there are none, as lakeFS */
    public String etag() {
        if (this.patterns.isEmpty()) {
            return "";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(String.join("\n", this.patterns).getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** @return whether a rule covers the branch */
    public boolean protects(String branch) {
        return this.patterns.stream().anyMatch((pattern) -> glob(pattern).matcher(branch).matches());
    }

    /**
     * @param pattern a lakeFS glob
     * @param name a branch name
     * @return whether the glob matches the whole name
     */
    public static boolean matches(String pattern, String name) {
        return glob(pattern).matcher(name).matches();
    }

    /** lakeFS's glob syntax as a regular expression; {@code *} crosses {@code /} as it does in lakeFS. */
    static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        boolean inClass = false;
        int alternatives = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (inClass) {
                if (c == ']') {
                    inClass = false;
                }
                regex.append(c == '\\' ? "\\\\" : String.valueOf(c));
                continue;
            }
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                case '[' -> {
                    inClass = true;
                    regex.append('[');
                    if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '!') {
                        regex.append('^');
                        i++;
                    }
                }
                case '{' -> {
                    alternatives++;
                    regex.append("(?:");
                }
                case '}' -> {
                    if (alternatives > 0) {
                        alternatives--;
                        regex.append(')');
                    }
                    else {
                        regex.append("\\}");
                    }
                }
                case ',' -> regex.append((alternatives > 0) ? "|" : ",");
                case '\\' -> {
                    if (i + 1 < pattern.length()) {
                        regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
                    }
                }
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (inClass || alternatives > 0) {
            return Pattern.compile(Pattern.quote(pattern));
        }
        return Pattern.compile(regex.toString());
    }

}
