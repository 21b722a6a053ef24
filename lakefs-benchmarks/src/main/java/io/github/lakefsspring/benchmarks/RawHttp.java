package io.github.lakefsspring.benchmarks;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The practical limit: the JDK's {@link HttpClient} doing the minimal HTTP calls, with no model mapping beyond
 * what a listing's paging needs.
 */
final class RawHttp implements Contender {

    private static final Pattern NEXT = Pattern.compile("\"next_offset\":\"([^\"]*)\"");

    private static final Pattern MORE = Pattern.compile("\"has_more\":(true|false)");

    private static final Pattern PATH = Pattern.compile("\"path_type\":\"object\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String api;

    private final String authorization;

    RawHttp(String apiEndpoint, String accessKeyId, String secretAccessKey) {
        this.api = apiEndpoint;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((accessKeyId + ":" + secretAccessKey)
            .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String name() {
        return "raw JDK HttpClient";
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(this.api + path))
            .timeout(Duration.ofMinutes(10))
            .header("Authorization", this.authorization);
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static <T> T check(HttpResponse<T> response) {
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        return response.body();
    }

    @Override
    public void upload(String repository, String branch, String path, byte[] content) throws Exception {
        check(this.http.send(request("/repositories/" + repository + "/branches/" + branch + "/objects?path=" + q(path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.discarding()));
    }

    @Override
    public long get(String repository, String path) throws Exception {
        return check(this.http.send(request("/repositories/" + repository + "/refs/main/objects?path=" + q(path)).GET()
            .build(), HttpResponse.BodyHandlers.ofByteArray())).length;
    }

    @Override
    public void commit(String repository, String branch, String message) throws Exception {
        check(this.http.send(request("/repositories/" + repository + "/branches/" + branch + "/commits")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"" + message + "\"}")).build(),
                HttpResponse.BodyHandlers.discarding()));
    }

    @Override
    public void stat(String repository, String path) throws Exception {
        check(this.http.send(request("/repositories/" + repository + "/refs/main/objects/stat?path=" + q(path)).GET()
            .build(), HttpResponse.BodyHandlers.discarding()));
    }

    @Override
    public void upload(String repository, String path, InputStream content, long size) throws Exception {
        check(this.http.send(request("/repositories/" + repository + "/branches/main/objects?path=" + q(path))
            .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> content), size))
            .build(), HttpResponse.BodyHandlers.discarding()));
    }

    @Override
    public long download(String repository, String path) throws Exception {
        try (InputStream in = check(this.http.send(request("/repositories/" + repository + "/refs/main/objects?path="
                + q(path)).GET().build(), HttpResponse.BodyHandlers.ofInputStream()))) {
            return Streams.drain(in);
        }
    }

    @Override
    public long list(String repository, String prefix) throws Exception {
        long count = 0;
        String after = "";
        boolean more;
        do {
            String body = check(this.http.send(request("/repositories/" + repository + "/refs/main/objects/ls?amount=1000"
                    + "&user_metadata=false&prefix=" + q(prefix) + "&after=" + q(after)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
            Matcher objects = PATH.matcher(body);
            while (objects.find()) {
                count++;
            }
            Matcher next = NEXT.matcher(body);
            after = next.find() ? next.group(1) : "";
            Matcher hasMore = MORE.matcher(body);
            more = hasMore.find() && hasMore.group(1).equals("true");
        }
        while (more);
        return count;
    }

    @Override
    public void delete(String repository, String branch, List<String> paths) throws Exception {
        for (int i = 0; i < paths.size(); i += 1000) {
            StringBuilder json = new StringBuilder("{\"paths\":[");
            List<String> batch = paths.subList(i, Math.min(paths.size(), i + 1000));
            for (int j = 0; j < batch.size(); j++) {
                json.append(j == 0 ? "" : ",").append('"').append(batch.get(j)).append('"');
            }
            check(this.http.send(request("/repositories/" + repository + "/branches/" + branch + "/objects/delete")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.append("]}").toString())).build(),
                    HttpResponse.BodyHandlers.discarding()));
        }
    }

}
