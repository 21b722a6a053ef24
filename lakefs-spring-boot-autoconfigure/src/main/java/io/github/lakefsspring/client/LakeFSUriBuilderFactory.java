package io.github.lakefsspring.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

import org.springframework.web.util.DefaultUriBuilderFactory;
import org.springframework.web.util.UriBuilder;
import org.springframework.web.util.UriBuilderFactory;
import org.springframework.web.util.UriUtils;

/**
 * Expands the client's URI templates below the API base, as {@link DefaultUriBuilderFactory} does in its
 * {@code TEMPLATE_AND_VALUES} mode (every variable's value percent-encoded but for RFC 3986's unreserved
 * characters, so a {@code /} in an object path stays inside its query parameter), but parses each template once
 * and expands it by concatenation: a lakeFS call's URI costs a few string appends instead of a parse, an encode and
 * a re-parse. The client's templates are plain ASCII with {@code {name}} variables; anything else is left to the
 * default factory.
 */
final class LakeFSUriBuilderFactory implements UriBuilderFactory {

    private static final int MAX_TEMPLATES = 1024;

    private final String base;

    private final DefaultUriBuilderFactory fallback;

    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    /** @param base the API base URL, e.g. {@code http://localhost:8000/api/v1} */
    LakeFSUriBuilderFactory(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.fallback = new DefaultUriBuilderFactory(base);
    }

    @Override
    public URI expand(String uriTemplate, Map<String, ?> uriVariables) {
        Template template = template(uriTemplate);
        URI uri = (template != null) ? expand(template, (i) -> uriVariables.get(template.variables.get(i))) : null;
        return (uri != null) ? uri : this.fallback.expand(uriTemplate, uriVariables);
    }

    /** {@inheritDoc} <p>The values are taken in order, one per variable occurrence, as the default factory does. */
    @Override
    public URI expand(String uriTemplate, Object... uriVariables) {
        Template template = template(uriTemplate);
        URI uri = (template != null && uriVariables.length >= template.variables.size())
                ? expand(template, (i) -> uriVariables[i]) : null;
        return (uri != null) ? uri : this.fallback.expand(uriTemplate, uriVariables);
    }

    /** @return the expanded URI, or null when a value is missing (the default factory then decides) */
    private @Nullable URI expand(Template template, IntFunction<@Nullable Object> values) {
        StringBuilder uri = new StringBuilder(this.base.length() + 128).append(this.base);
        for (int i = 0; i < template.literals.size(); i++) {
            uri.append(template.literals.get(i));
            if (i < template.variables.size()) {
                Object value = values.apply(i);
                if (value == null) {
                    return null;
                }
                uri.append(UriUtils.encode(value.toString(), StandardCharsets.UTF_8));
            }
        }
        return URI.create(uri.toString());
    }

    /**
     * {@inheritDoc}
     * <p>{@code RestClient} asks for every call's template as a string (for observations); for the client's plain
     * templates that string is the base and the template, so it is returned without parsing, and anything else
     * asked of the builder goes to the default factory's.
     */
    @Override
    public UriBuilder uriString(String uriTemplate) {
        if (template(uriTemplate) == null) {
            return this.fallback.uriString(uriTemplate);
        }
        return new PlainTemplateBuilder(this.base + uriTemplate, () -> this.fallback.uriString(uriTemplate));
    }

    @Override
    public UriBuilder builder() {
        return this.fallback.builder();
    }

    private Template template(String uriTemplate) {
        Template template = this.templates.get(uriTemplate);
        if (template == null) {
            template = Template.parse(uriTemplate);
            if (template != null && this.templates.size() < MAX_TEMPLATES) {
                this.templates.put(uriTemplate, template);
            }
        }
        return template;
    }

    /** The builder of a plain template: its string as it is, everything else from the default factory's builder. */
    private static final class PlainTemplateBuilder implements UriBuilder {

        private final String uriString;

        private final Supplier<UriBuilder> parsed;

        private @Nullable UriBuilder delegate;

        PlainTemplateBuilder(String uriString, Supplier<UriBuilder> parsed) {
            this.uriString = uriString;
            this.parsed = parsed;
        }

        private UriBuilder delegate() {
            if (this.delegate == null) {
                this.delegate = this.parsed.get();
            }
            return this.delegate;
        }

        @Override
        public String toUriString() {
            return (this.delegate != null) ? this.delegate.toUriString() : this.uriString;
        }

        @Override
        public UriBuilder scheme(@Nullable String scheme) {
            return delegate().scheme(scheme);
        }

        @Override
        public UriBuilder userInfo(@Nullable String userInfo) {
            return delegate().userInfo(userInfo);
        }

        @Override
        public UriBuilder host(@Nullable String host) {
            return delegate().host(host);
        }

        @Override
        public UriBuilder port(int port) {
            return delegate().port(port);
        }

        @Override
        public UriBuilder port(@Nullable String port) {
            return delegate().port(port);
        }

        @Override
        public UriBuilder path(String path) {
            return delegate().path(path);
        }

        @Override
        public UriBuilder replacePath(@Nullable String path) {
            return delegate().replacePath(path);
        }

        @Override
        public UriBuilder pathSegment(String... pathSegments) {
            return delegate().pathSegment(pathSegments);
        }

        @Override
        public UriBuilder query(String query) {
            return delegate().query(query);
        }

        @Override
        public UriBuilder replaceQuery(@Nullable String query) {
            return delegate().replaceQuery(query);
        }

        @Override
        public UriBuilder queryParam(String name, @Nullable Object... values) {
            return delegate().queryParam(name, values);
        }

        @Override
        public UriBuilder queryParam(String name, @Nullable Collection<?> values) {
            return delegate().queryParam(name, values);
        }

        @Override
        public UriBuilder queryParamIfPresent(String name, Optional<?> value) {
            return delegate().queryParamIfPresent(name, value);
        }

        @Override
        public UriBuilder queryParams(MultiValueMap<String, String> params) {
            return delegate().queryParams(params);
        }

        @Override
        public UriBuilder replaceQueryParam(String name, @Nullable Object... values) {
            return delegate().replaceQueryParam(name, values);
        }

        @Override
        public UriBuilder replaceQueryParam(String name, @Nullable Collection<?> values) {
            return delegate().replaceQueryParam(name, values);
        }

        @Override
        public UriBuilder replaceQueryParams(MultiValueMap<String, String> params) {
            return delegate().replaceQueryParams(params);
        }

        @Override
        public UriBuilder fragment(@Nullable String fragment) {
            return delegate().fragment(fragment);
        }

        @Override
        public URI build(@Nullable Object... uriVariables) {
            return delegate().build(uriVariables);
        }

        @Override
        public URI build(Map<String, ? extends @Nullable Object> uriVariables) {
            return delegate().build(uriVariables);
        }

    }

    /** A template cut into its literal parts and the variables between them. */
    private record Template(List<String> literals, List<String> variables) {

        /** @return the parsed template, or null when it is not a relative path of plain ASCII and variables */
        static Template parse(String template) {
            if (!template.startsWith("/")) {
                return null;
            }
            List<String> literals = new ArrayList<>();
            List<String> variables = new ArrayList<>();
            int start = 0;
            for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', start)) {
                int close = template.indexOf('}', open);
                if (close < 0) {
                    return null;
                }
                literals.add(template.substring(start, open));
                variables.add(template.substring(open + 1, close));
                start = close + 1;
            }
            literals.add(template.substring(start));
            for (String literal : literals) {
                if (!isPlain(literal)) {
                    return null;
                }
            }
            for (String variable : variables) {
                if (variable.isEmpty() || variable.indexOf(':') >= 0 || variable.indexOf('{') >= 0) {
                    return null;
                }
            }
            return new Template(List.copyOf(literals), List.copyOf(variables));
        }

        private static boolean isPlain(String literal) {
            for (int i = 0; i < literal.length(); i++) {
                char c = literal.charAt(i);
                boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || "/-._~?=&".indexOf(c) >= 0;
                if (!allowed) {
                    return false;
                }
            }
            return true;
        }

    }

}
