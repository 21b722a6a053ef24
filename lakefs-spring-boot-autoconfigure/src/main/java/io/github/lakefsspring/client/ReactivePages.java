package io.github.lakefsspring.client;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.lakefsspring.client.model.Page;

/** Turns lakeFS's paged listings into one lazy stream: the next page is asked for only when the last is consumed. */
final class ReactivePages {

    /** The page size the reactive client asks for: lakeFS's largest. */
    static final int PAGE_SIZE = 1000;

    private ReactivePages() {
    }

    /**
     * @param page fetches the page after an offset ({@code null} for the first)
     * @return every entry of every page, in order
     */
    static <T> Flux<T> all(Function<@Nullable String, Mono<Page<T>>> page) {
        return page.apply(null)
            .expand((current) -> current.pagination().hasMore() ? page.apply(current.pagination().nextOffset())
                    : Mono.empty())
            .concatMapIterable(Page::results);
    }

}
