package io.github.lakefsspring.client;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.util.DefaultUriBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's URI factory answers exactly what Spring's {@link DefaultUriBuilderFactory} answers in its
 * {@code TEMPLATE_AND_VALUES} mode, whether it takes its fast path or not.
 */
class LakeFSUriBuilderFactoryTests {

    private static final List<String> TEMPLATES = List.of("/repositories",
            "/repositories/{repository}/refs/{ref}/objects/stat?path={queryParam0}&user_metadata={queryParam1}"
                    + "&presign={queryParam2}",
            "/auth/users/{userId}/credentials/{accessKeyId}", "/repositories/{repository}/branches/{branch}/objects",
            "/odd path/{x}", "relative/{x}");

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    @ParameterizedTest
    @ValueSource(strings = { "http://127.0.0.1:8000/api/v1", "http://127.0.0.1:8000/api/v1/",
            "https://lakefs.example.com:443/base/api/v1" })
    void templatesAndExpansionsAreSpringsOwn(String base) {
        LakeFSUriBuilderFactory fast = new LakeFSUriBuilderFactory(base);
        DefaultUriBuilderFactory spring = new DefaultUriBuilderFactory(base);
        Map<String, Object> values = Map.of("repository", "repo-1", "ref", "main", "userId", "a b", "accessKeyId",
                "AKIA/+=", "branch", "dev", "x", "ü?", "queryParam0", "dir/file name.csv", "queryParam1", true,
                "queryParam2", false);
        for (String template : TEMPLATES) {
            assertThat(fast.uriString(template).toUriString()).as(template)
                .isEqualTo(spring.uriString(template).toUriString());
            assertThat(fast.uriString(template).queryParam("extra", "1").build(values)).as(template)
                .isEqualTo(spring.uriString(template).queryParam("extra", "1").build(values));
            assertThat(fast.expand(template, values)).as(template).isEqualTo(spring.expand(template, values));
            Object[] inOrder = VARIABLE.matcher(template).results().map((variable) -> values.get(variable.group(1)))
                .toArray();
            assertThat(fast.expand(template, inOrder)).as(template).isEqualTo(spring.expand(template, inOrder));
        }
    }

}
