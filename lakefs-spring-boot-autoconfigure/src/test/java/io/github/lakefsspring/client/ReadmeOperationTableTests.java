package io.github.lakefsspring.client;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.github.lakefsspring.client.http.LakeFSOperation;
import io.github.lakefsspring.embedded.server.api.UnsupportedOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's table of lakeFS operations stays true: every public lakeFS operation the blocking client's HTTP
 * interfaces call has a row, and every client method a row names exists.
 */
class ReadmeOperationTableTests {

    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| (.*?) \\| (.*?) \\|$", Pattern.MULTILINE);

    private static final Pattern CALL = Pattern.compile("`(\\w+)\\(\\)\\.(\\w+)`");

    @Test
    void everyOperationTheClientCallsHasARowNamingMethodsThatExist() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        int section = readme.indexOf("### lakeFS operations");
        assertThat(section).isPositive();
        String table = readme.substring(section, readme.indexOf("\n## ", section));
        Set<String> internal = UnsupportedOperations.all()
            .stream()
            .filter(UnsupportedOperations.Operation::internal)
            .map(UnsupportedOperations.Operation::operationId)
            .collect(Collectors.toSet());
        for (Class<?> exchange : LakeFSClientRuntimeHints.EXCHANGES) {
            if (exchange.getSimpleName().startsWith("Reactive")) {
                continue;
            }
            for (Method method : exchange.getMethods()) {
                LakeFSOperation operation = method.getAnnotation(LakeFSOperation.class);
                if (operation != null && !internal.contains(operation.value())) {
                    assertThat(table).as("README row for %s", operation.value()).contains("| `" + operation.value()
                            + "` | `");
                }
            }
        }
        Matcher rows = ROW.matcher(table);
        int count = 0;
        while (rows.find()) {
            count++;
            Matcher calls = CALL.matcher(rows.group(2));
            while (calls.find()) {
                Class<?> area = LakeFSClient.class.getMethod(calls.group(1)).getReturnType();
                String name = calls.group(2);
                assertThat(Arrays.stream(area.getMethods()).map(Method::getName))
                    .as("%s().%s named for %s", calls.group(1), name, rows.group(1))
                    .contains(name);
            }
        }
        assertThat(count).isEqualTo(104);
    }

}
