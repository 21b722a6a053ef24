package io.github.lakefsspring.core;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.PreconditionFailedException;
import io.github.lakefsspring.client.model.HookRun;

/**
 * Reads a lakeFS hook's refusal of a merge: lakeFS answers 412 "pre-merge hook aborted, run id '...'" and keeps
 * the webhook's answer in the hook's log, which this fetches so that the caller learns which hook refused and why.
 */
final class HookRefusals {

    private static final Pattern ABORTED = Pattern.compile("(pre-[a-z-]+) hook aborted, run id '([^']+)'");

    private HookRefusals() {
    }

    /**
     * A hook that refused an operation.
     *
     * @param action the action's name
     * @param hookId the hook's id
     * @param reason what the webhook answered, else lakeFS's description of the failure
     */
    record HookRefusal(String action, String hookId, String reason) {
    }

    /**
     * @param client the client to read the run with
     * @param repository the repository
     * @param failure lakeFS's answer to the operation
     * @return the refusal, or empty when the answer is not a hook's
     */
    static Optional<HookRefusal> of(LakeFSClient client, String repository, PreconditionFailedException failure) {
        Matcher aborted = ABORTED.matcher(String.valueOf(failure.serverMessage()));
        if (!aborted.find()) {
            return Optional.empty();
        }
        String runId = aborted.group(2);
        try {
            return client.actions()
                .hookRuns(repository, runId, null, 1000)
                .results()
                .stream()
                .filter(HookRun::failed)
                .findFirst()
                .map((hook) -> new HookRefusal(hook.action(), hook.hookId(),
                        reason(client.actions().hookOutput(repository, runId, hook.hookRunId()),
                                failure.serverMessage())));
        }
        catch (RuntimeException ex) {
            return Optional.of(new HookRefusal("", "", String.valueOf(failure.serverMessage())));
        }
    }

    /**
     * The webhook's answer body from a hook log (lakeFS writes the answer as an HTTP dump, with CRLF line ends), else
     * the log's error, else lakeFS's message.
     */
    static String reason(String log, String lakeFSMessage) {
        String output = log.replace("\r\n", "\n");
        int response = output.indexOf("Response:\n");
        int error = output.lastIndexOf("Error: ");
        if (response >= 0) {
            int body = output.indexOf("\n\n", response);
            int end = (error > body) ? error : output.length();
            if (body >= 0 && body + 2 <= end) {
                String answer = output.substring(body + 2, end).strip();
                if (!answer.isEmpty()) {
                    return answer;
                }
            }
        }
        return (error >= 0) ? output.substring(error + "Error: ".length()).strip() : lakeFSMessage;
    }

}
