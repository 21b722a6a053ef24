package io.github.lakefsspring.core;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.github.lakefsspring.client.model.Page;
import io.github.lakefsspring.client.model.Pagination;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a paged stream requests its pages: the next one as soon as a page's pagination is read (as the client reads
 * lakeFS's answers, pagination first), never more than two ahead of the consumer, and with a maximum amount only
 * what the maximum needs.
 */
class PagedStreamsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BackgroundCalls background = new BackgroundCalls(ObservationRegistry.NOOP);

    private final List<@Nullable String> requested = new CopyOnWriteArrayList<>();

    @Test
    void theNextPageIsRequestedWhileThisOnesResultsAreStillBeingRead() {
        CountDownLatch secondRequested = new CountDownLatch(1);
        Function<@Nullable String, Page<String>> fetch = (after) -> {
            this.requested.add(after);
            if (after == null) {
                Pagination pagination = paginationRead(true, "a");
                awaitOrFail(secondRequested);
                return new Page<>(List.of("a"), pagination);
            }
            secondRequested.countDown();
            return new Page<>(List.of("b"), paginationRead(false, ""));
        };
        assertThat(PagedStreams.stream(this.background, fetch, null, null)).containsExactly("a", "b");
    }

    @Test
    void noMoreThanTwoPagesAreRequestedAheadOfTheConsumer() throws Exception {
        Function<@Nullable String, Page<String>> fetch = (after) -> {
            this.requested.add(after);
            int number = (after != null) ? Integer.parseInt(after) : 0;
            Pagination pagination = paginationRead(true, Integer.toString(number + 1));
            return new Page<>(List.of("page " + number), pagination);
        };
        Stream<String> pages = PagedStreams.stream(this.background, fetch, null, null);
        assertThat(pages.iterator().next()).isEqualTo("page 0");
        for (int wait = 0; wait < 100 && this.requested.size() < 3; wait++) {
            Thread.sleep(20);
        }
        Thread.sleep(200);
        assertThat(this.requested).containsExactly(null, "1", "2");
    }

    @Test
    void aMaximumAmountRequestsOnlyThePagesItNeeds() {
        Function<@Nullable String, Page<String>> fetch = (after) -> {
            this.requested.add(after);
            return new Page<>(List.of("x", "y"), paginationRead(true, "next"));
        };
        assertThat(PagedStreams.stream(this.background, fetch, "start", 2)).containsExactly("x", "y");
        assertThat(this.requested).containsExactly("start");
    }

    @Test
    void pagesWhosePaginationComesLastAreFollowedOnceComplete() {
        Function<@Nullable String, Page<String>> fetch = (after) -> {
            this.requested.add(after);
            int number = (after != null) ? Integer.parseInt(after) : 0;
            return new Page<>(List.of("page " + number), new Pagination(number < 2, Integer.toString(number + 1), 1,
                    1000));
        };
        assertThat(PagedStreams.stream(this.background, fetch, null, null)).containsExactly("page 0", "page 1",
                "page 2");
        assertThat(this.requested).containsExactly(null, "1", "2");
    }

    /** A pagination as the client reads it from an answer. */
    private static Pagination paginationRead(boolean hasMore, String nextOffset) {
        return JSON.readValue("{\"has_more\":" + hasMore + ",\"next_offset\":\"" + nextOffset
                + "\",\"results\":1,\"max_per_page\":1000}", Pagination.class);
    }

    private static void awaitOrFail(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new AssertionError("the next page was not requested while this one was being read");
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new AssertionError(ex);
        }
    }

}
