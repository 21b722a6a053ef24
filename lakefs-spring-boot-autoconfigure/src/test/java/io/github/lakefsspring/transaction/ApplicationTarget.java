package io.github.lakefsspring.transaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.lakefsspring.embedded.junit.LakeFSTarget;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where a test's Spring application connects: the real lakeFS the {@code LAKEFS_IT_*} variables name, else the
 * embedded server the application starts itself.
 *
 * @param real the real lakeFS, if the environment names one
 */
record ApplicationTarget(Optional<LakeFSTarget> real) {

    static ApplicationTarget fromEnvironment() {
        return new ApplicationTarget(LakeFSTarget.fromEnvironment(System.getenv()));
    }

    /** Starts the application, without a web server, with this repository as its default one. */
    ConfigurableApplicationContext run(Class<?> application, String defaultRepository) {
        List<String> properties = new ArrayList<>(List.of("lakefs.lakectl.enabled=false",
                "lakefs.default-repository=" + defaultRepository, "spring.main.banner-mode=off"));
        this.real.ifPresent((target) -> properties.addAll(List.of("lakefs.endpoint=" + target.endpoint(),
                "lakefs.access-key-id=" + target.accessKeyId(), "lakefs.secret-access-key=" + target.secretAccessKey())));
        return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
            .properties(properties.toArray(String[]::new))
            .run();
    }

    /** @return a storage namespace for a new repository on the target */
    String namespace(String repository) {
        return this.real.map((target) -> target.uniqueNamespace(repository))
            .orElse(LakeFSTarget.EMBEDDED_NAMESPACE_PREFIX + repository);
    }

}
