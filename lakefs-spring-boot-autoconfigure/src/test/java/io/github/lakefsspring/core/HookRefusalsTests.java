package io.github.lakefsspring.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook's answer is read from a hook log as lakeFS v1.84 writes it (an HTTP dump with CRLF line ends, the
 * error appended right after the body) and as the embedded server writes it.
 */
class HookRefusalsTests {

    private static final String LAKEFS_LOG = "Request:\nPOST http://127.0.0.1:18099/check\nQuery Params:\nHeaders:\n"
            + "Content-Type: application/json\nRequest Body:\n{\"event_type\":\"pre-merge\"}\n\n\n"
            + "Request duration: 16.630282ms\n\nResponse:\r\nHTTP/1.0 400 Bad Request\r\nConnection: close\r\n"
            + "Content-Type: text/plain\r\n\r\ndaily/1.csv has no header rowError: action failed: webhook request "
            + "failed (status code: 400)\n";

    @Test
    void theAnswerBodyIsTheReason() {
        assertThat(HookRefusals.reason(LAKEFS_LOG, "412 message")).isEqualTo("daily/1.csv has no header row");
        assertThat(HookRefusals.reason(LAKEFS_LOG.replace("\r\n", "\n"), "412 message"))
            .isEqualTo("daily/1.csv has no header row");
    }

    @Test
    void withoutAnAnswerTheErrorIsTheReason() {
        assertThat(HookRefusals.reason("Request:\nPOST http://x\n\nError: action failed: webhook request failed: "
                + "ConnectException\n", "412 message")).isEqualTo("action failed: webhook request failed: ConnectException");
        assertThat(HookRefusals.reason("", "412 message")).isEqualTo("412 message");
    }

}
