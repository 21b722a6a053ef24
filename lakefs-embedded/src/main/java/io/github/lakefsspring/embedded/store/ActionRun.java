package io.github.lakefsspring.embedded.store;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One run of the actions an event matched, as the store keeps it and the actions API reports it.
 *
 * @param runId the run id
 * @param branch the branch of the event
 * @param commitId the commit of the event, or empty
 * @param eventType the event
 * @param startTime when the first hook started
 * @param endTime when the last hook ended
 * @param failed whether a hook failed
 * @param hooks the hook runs
 */
public record ActionRun(String runId, String branch, @Nullable String commitId, String eventType, Instant startTime,
        Instant endTime, boolean failed, List<HookRun> hooks) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public ActionRun {
        hooks = List.copyOf(hooks);
    }

    /**
     * One hook of a run.
     *
     * @param hookRunId {@code <action index>_<hook index>}, four digits each
     * @param action the action's name
     * @param hookId the hook's id
     * @param startTime when it started
     * @param endTime when it ended
     * @param failed whether it failed
     * @param output its log: the request sent, the answer, and the error
     */
    public record HookRun(String hookRunId, String action, String hookId, Instant startTime, Instant endTime,
            boolean failed, String output) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

    }

}
