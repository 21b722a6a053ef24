package io.github.lakefsspring.embedded.server.actions;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import io.github.lakefsspring.embedded.server.http.ApiException;
import io.github.lakefsspring.embedded.store.ActionRun;
import io.github.lakefsspring.embedded.store.ListingItem;
import io.github.lakefsspring.embedded.store.ObjectEntry;
import io.github.lakefsspring.embedded.store.Page;
import io.github.lakefsspring.embedded.store.PageRequest;
import io.github.lakefsspring.embedded.store.VersionedStore;

/**
 * Runs lakeFS Actions: for an event, the action files under {@code _lakefs_actions/} of the event's source ref
 * that match it run their hooks in order; a failed pre-event hook aborts the operation with lakeFS's 412 and
 * message, post-event failures are only recorded. Every run is kept in the store with its repository (the latest
 * {@value #RUNS_KEPT} per repository, across restarts) for the actions API.
 */
public final class ActionsService {

    /** Where action files live on a ref. */
    public static final String ACTIONS_PREFIX = "_lakefs_actions/";

    static final int RUNS_KEPT = 10_000;

    static final int QUEUED_POST_EVENTS = 1_000;

    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
        .withZone(ZoneOffset.UTC);

    private final VersionedStore store;

    private final WebhookCall webhooks;

    private final JsonMapper json = JsonMapper.builder().build();

    private final AtomicLong sequence = new AtomicLong();

    /** Post-event hooks, one at a time, at most {@value #QUEUED_POST_EVENTS} waiting (older ones are dropped). */
    private final ThreadPoolExecutor postEvents = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUED_POST_EVENTS), (task) -> {
                Thread thread = new Thread(task, "lakefs-embedded-post-hooks");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardOldestPolicy());

    public ActionsService(VersionedStore store) {
        this.store = store;
        this.webhooks = new WebhookCall(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    /**
     * Runs the hooks of a pre-event.
     * @throws ApiException 412 with lakeFS's message when a hook fails
     */
    public void before(RepositoryEvent event, String abortPrefix) {
        Optional<ActionRun> run;
        try {
            run = run(event);
        }
        catch (InvalidActionsException ex) {
            throw new ApiException(412, abortPrefix + event.eventType() + " hook aborted: " + ex.getMessage());
        }
        if (run.isPresent() && run.get().failed()) {
            StringBuilder message = new StringBuilder(abortPrefix).append(event.eventType())
                .append(" hook aborted, run id '").append(run.get().runId()).append("': ");
            List<ActionRun.HookRun> failed = run.get().hooks().stream().filter(ActionRun.HookRun::failed).toList();
            message.append(failed.size()).append(failed.size() == 1 ? " error occurred:\n" : " errors occurred:\n");
            for (ActionRun.HookRun hook : failed) {
                message.append("\t* hook run id '").append(hook.hookRunId()).append("' failed on action '")
                    .append(hook.action()).append("' hook '").append(hook.hookId()).append("': ")
                    .append(errorOf(hook.output())).append('\n');
            }
            throw new ApiException(412, message.append('\n').toString());
        }
    }

    /**
     * Runs the hooks of a post-event after the operation has answered, as lakeFS does; failures are recorded,
     * never thrown.
     */
    public void after(RepositoryEvent event) {
        this.postEvents.execute(() -> {
            try {
                run(event);
            }
            catch (RuntimeException ex) {
                // the operation succeeded; a broken action file or a failing hook cannot undo it
            }
        });
    }

    private Optional<ActionRun> run(RepositoryEvent event) {
        List<ActionFile> actions = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (ObjectEntry file : actionFiles(event.repository(), event.sourceRef())) {
            try {
                ActionFile action = ActionFile.parse(read(file));
                if (action.matches(event.eventType(), event.branch())) {
                    actions.add(action);
                }
            }
            catch (IllegalArgumentException ex) {
                invalid.add(file.path() + ": " + ex.getMessage());
            }
        }
        if (!invalid.isEmpty()) {
            throw new InvalidActionsException("invalid action file " + String.join("; ", invalid));
        }
        if (actions.isEmpty()) {
            return Optional.empty();
        }
        String runId = runId();
        Instant started = Instant.now();
        List<ActionRun.HookRun> hookRuns = new ArrayList<>();
        String eventTime = EVENT_TIME.format(started);
        for (int a = 0; a < actions.size(); a++) {
            ActionFile action = actions.get(a);
            boolean actionFailed = false;
            for (int h = 0; h < action.hooks().size(); h++) {
                ActionFile.Hook hook = action.hooks().get(h);
                if (actionFailed) {
                    break;
                }
                Instant hookStarted = Instant.now();
                StringBuilder log = new StringBuilder();
                String error = runHook(hook, this.json.writeValueAsString(event.payload(action.name(), hook.id(),
                        eventTime)), log);
                if (error != null) {
                    log.append("Error: action failed: ").append(error).append('\n');
                    actionFailed = true;
                }
                hookRuns.add(new ActionRun.HookRun(String.format(Locale.ROOT, "%04d_%04d", a, h), action.name(),
                        hook.id(), hookStarted, Instant.now(), error != null, log.toString()));
            }
        }
        ActionRun run = new ActionRun(runId, event.branch(), event.commitId(), event.eventType(), started,
                Instant.now(), hookRuns.stream().anyMatch(ActionRun.HookRun::failed), hookRuns);
        this.store.recordActionRun(event.repository(), run, RUNS_KEPT);
        return Optional.of(run);
    }

    private @Nullable String runHook(ActionFile.Hook hook, String body, StringBuilder log) {
        return switch (hook.type()) {
            case "webhook" -> this.webhooks.call(hook.properties(), body, log);
            default -> "hook type '" + hook.type() + "' is not supported by the embedded lakeFS server (webhook is)";
        };
    }

    private List<ObjectEntry> actionFiles(String repository, String ref) {
        List<ObjectEntry> files = new ArrayList<>();
        String after = "";
        while (true) {
            Page<ListingItem> page = this.store.listObjects(repository, ref, new PageRequest(ACTIONS_PREFIX, after,
                    1000), "/");
            for (ListingItem item : page.results()) {
                if (item instanceof ObjectEntry entry) {
                    files.add(entry);
                }
            }
            if (!page.hasMore() || files.size() > 1000) {
                return files;
            }
            after = page.nextOffset();
        }
    }

    private byte[] read(ObjectEntry file) {
        if (file.sizeBytes() > ActionFile.MAX_SIZE) {
            throw new IllegalArgumentException("action file is larger than " + ActionFile.MAX_SIZE + " bytes");
        }
        try {
            return Files.readAllBytes(this.store.blockstore().file(file.physicalAddress()));
        }
        catch (IOException ex) {
            throw new IllegalArgumentException("cannot be read");
        }
    }

    /** Run ids sort oldest first, as lakeFS lists runs. */
    private String runId() {
        return String.format(Locale.ROOT, "%013d%06d", Instant.now().truncatedTo(ChronoUnit.MILLIS).toEpochMilli(),
                this.sequence.incrementAndGet() % 1_000_000);
    }

    private static String errorOf(String output) {
        int error = output.lastIndexOf("Error: ");
        return (error < 0) ? "action failed" : output.substring(error + "Error: ".length()).strip();
    }

    /** Action files that cannot be run. */
    private static final class InvalidActionsException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InvalidActionsException(String message) {
            super(message);
        }

    }

    /** @return the runs of a repository, oldest first, optionally of one branch or commit */
    public List<ActionRun> runs(String repository, @Nullable String branch, @Nullable String commitId) {
        return this.store.actionRuns(repository)
            .stream()
            .filter((run) -> branch == null || branch.equals(run.branch()))
            .filter((run) -> commitId == null || commitId.equals(run.commitId()))
            .toList();
    }

    /** @return a run */
    public Optional<ActionRun> run(String repository, String runId) {
        return this.store.actionRun(repository, runId);
    }

}
