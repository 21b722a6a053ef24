package io.github.lakefsspring.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Markdown the harness writes: one table per section, each row a scenario with every contender's median and
 * spread over the rounds, the ratios that matter, and notes.
 */
final class Report {

    private final StringBuilder markdown = new StringBuilder();

    Report(String header) {
        this.markdown.append(header);
    }

    /** Starts a section of text only. */
    void section(String title, String text) {
        this.markdown.append("\n## ").append(title).append("\n\n").append(text).append('\n');
    }

    /** Starts a section whose table has a column per contender. */
    void section(String title, String text, List<String> contenders) {
        this.markdown.append("\n## ").append(title).append("\n\n").append(text).append("\n\n| scenario | unit |");
        contenders.forEach((name) -> this.markdown.append(' ').append(name).append(" |"));
        this.markdown.append(" ratios | notes |\n|---|---|");
        contenders.forEach((name) -> this.markdown.append("---|"));
        this.markdown.append("---|---|\n");
    }

    /**
     * @param ratios which ratios to show, as {@code {numerator, denominator, label}}
     */
    void row(Rounds.Result result, List<String> contenders, List<String[]> ratios, String notes) {
        this.markdown.append("| ").append(result.scenario()).append(" | ").append(result.unit()).append(" |");
        for (String contender : contenders) {
            if (!result.figures().containsKey(contender)) {
                this.markdown.append(" – |");
                continue;
            }
            String failure = result.failures().get(contender);
            if (Double.isNaN(result.median(contender))) {
                this.markdown.append(" failed: ").append(failure).append(" |");
                continue;
            }
            this.markdown.append(' ').append(figure(result.median(contender))).append(" <sub>(")
                .append(figure(result.min(contender))).append("–").append(figure(result.max(contender)))
                .append((failure != null) ? "; some rounds failed: " + failure : "").append(")</sub> |");
        }
        List<String> shown = new ArrayList<>();
        for (String[] ratio : ratios) {
            double value = result.ratio(ratio[0], ratio[1]);
            String shownValue = Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2fx", value);
            shown.add(ratio[2] + " **" + shownValue + "**");
        }
        this.markdown.append(' ').append(String.join(", ", shown)).append(" | ")
            .append(String.format(Locale.ROOT, "load %.1f→%.1f", result.loadBefore(), result.loadAfter()))
            .append(notes.isEmpty() ? "" : "; " + notes).append(" |\n");
        System.out.println(result.scenario() + ": " + String.join(", ", shown));
    }

    void text(String text) {
        this.markdown.append('\n').append(text).append('\n');
    }

    void write(Path output) throws IOException {
        Files.writeString(output, this.markdown.toString(), StandardCharsets.UTF_8);
        System.out.println(this.markdown);
    }

    static String figure(double value) {
        if (Double.isNaN(value)) {
            return "failed";
        }
        return (value >= 100) ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }

}
