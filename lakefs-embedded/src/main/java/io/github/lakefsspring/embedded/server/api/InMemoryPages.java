package io.github.lakefsspring.embedded.server.api;

import java.util.List;
import java.util.function.Function;

import io.github.lakefsspring.embedded.server.http.ApiRequest;
import io.github.lakefsspring.embedded.store.Page;

/**
 * One page of a list the server holds in memory, sorted by key, as the request's {@code prefix}, {@code after} and
 * {@code amount} ask.
 */
final class InMemoryPages {

    private InMemoryPages() {
    }

    static <T> Page<T> page(List<T> all, ApiRequest request, Function<T, String> key) {
        String prefix = request.queryOrEmpty("prefix");
        String after = request.queryOrEmpty("after");
        List<T> readAhead = all.stream()
            .filter((item) -> key.apply(item).startsWith(prefix))
            .filter((item) -> after.isEmpty() || key.apply(item).compareTo(after) > 0)
            .limit(request.amount() + 1L)
            .toList();
        return Page.of(readAhead, request.amount(), key);
    }

}
