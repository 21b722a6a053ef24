package io.github.lakefsspring.benchmarks;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.lakefs.clients.sdk.ApiClient;
import io.lakefs.clients.sdk.CommitsApi;
import io.lakefs.clients.sdk.ObjectsApi;
import io.lakefs.clients.sdk.model.CommitCreation;
import io.lakefs.clients.sdk.model.ObjectStatsList;
import io.lakefs.clients.sdk.model.PathList;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;

/**
 * The official lakeFS Java SDK ({@code io.lakefs:sdk}, OkHttp), used as its documentation shows, with its connection
 * pool sized for the harness's concurrency (OkHttp keeps 5 idle connections by default). Its uploads and downloads
 * go through temporary files: that is its API ({@code uploadObject().content(File)}, {@code getObject()} returns a
 * {@code File}).
 */
final class OfficialSdk implements Contender {

    private final ObjectsApi objects;

    private final CommitsApi commits;

    OfficialSdk(String apiEndpoint, String accessKeyId, String secretAccessKey, int connections) {
        ApiClient client = new ApiClient();
        client.setBasePath(apiEndpoint);
        client.setUsername(accessKeyId);
        client.setPassword(secretAccessKey);
        client.setReadTimeout(300_000);
        client.setWriteTimeout(300_000);
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(connections);
        dispatcher.setMaxRequestsPerHost(connections);
        client.setHttpClient(client.getHttpClient().newBuilder()
            .connectionPool(new ConnectionPool(connections, 5, TimeUnit.MINUTES))
            .dispatcher(dispatcher)
            .build());
        this.objects = new ObjectsApi(client);
        this.commits = new CommitsApi(client);
    }

    @Override
    public String name() {
        return "official SDK";
    }

    @Override
    public void upload(String repository, String branch, String path, byte[] content) throws Exception {
        File file = File.createTempFile("sdk", ".bin");
        try {
            Files.write(file.toPath(), content);
            this.objects.uploadObject(repository, branch, path).content(file).execute();
        }
        finally {
            file.delete();
        }
    }

    @Override
    public void stat(String repository, String path) throws Exception {
        this.objects.statObject(repository, "main", path).execute();
    }

    @Override
    public long get(String repository, String path) throws Exception {
        File file = this.objects.getObject(repository, "main", path).execute();
        try {
            return Files.readAllBytes(file.toPath()).length;
        }
        finally {
            file.delete();
        }
    }

    @Override
    public void commit(String repository, String branch, String message) throws Exception {
        this.commits.commit(repository, branch, new CommitCreation().message(message)).execute();
    }

    @Override
    public void upload(String repository, String path, InputStream content, long size) throws Exception {
        File file = File.createTempFile("sdk", ".bin");
        try {
            Files.copy(content, file.toPath(), StandardCopyOption.REPLACE_EXISTING);
            this.objects.uploadObject(repository, "main", path).content(file).execute();
        }
        finally {
            file.delete();
        }
    }

    @Override
    public long download(String repository, String path) throws Exception {
        File file = this.objects.getObject(repository, "main", path).execute();
        try {
            return file.length();
        }
        finally {
            file.delete();
        }
    }

    @Override
    public long list(String repository, String prefix) throws Exception {
        long count = 0;
        String after = "";
        ObjectStatsList page;
        do {
            page = this.objects.listObjects(repository, "main").prefix(prefix).after(after).amount(1000)
                .userMetadata(false).execute();
            count += page.getResults().size();
            after = page.getPagination().getNextOffset();
        }
        while (page.getPagination().getHasMore());
        return count;
    }

    @Override
    public void delete(String repository, String branch, List<String> paths) throws Exception {
        for (int i = 0; i < paths.size(); i += 1000) {
            this.objects.deleteObjects(repository, branch,
                    new PathList().paths(paths.subList(i, Math.min(paths.size(), i + 1000)))).execute();
        }
    }

}
