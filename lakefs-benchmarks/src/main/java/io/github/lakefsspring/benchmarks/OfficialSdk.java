package io.github.lakefsspring.benchmarks;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;

import io.lakefs.clients.sdk.ApiClient;
import io.lakefs.clients.sdk.ObjectsApi;
import io.lakefs.clients.sdk.model.ObjectStatsList;
import io.lakefs.clients.sdk.model.PathList;

/**
 * The official lakeFS Java SDK ({@code io.lakefs:sdk}), used as its documentation shows.
 */
final class OfficialSdk implements Contender {

    private final ObjectsApi objects;

    OfficialSdk(String apiEndpoint, String accessKeyId, String secretAccessKey) {
        ApiClient client = new ApiClient();
        client.setBasePath(apiEndpoint);
        client.setUsername(accessKeyId);
        client.setPassword(secretAccessKey);
        client.setReadTimeout(300_000);
        client.setWriteTimeout(300_000);
        this.objects = new ObjectsApi(client);
    }

    @Override
    public String name() {
        return "official SDK";
    }

    @Override
    public void upload(String repository, String path, byte[] content) throws Exception {
        File file = File.createTempFile("sdk", ".bin");
        try {
            Files.write(file.toPath(), content);
            this.objects.uploadObject(repository, "main", path).content(file).execute();
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
    public void delete(String repository, List<String> paths) throws Exception {
        for (int i = 0; i < paths.size(); i += 1000) {
            this.objects.deleteObjects(repository, "main",
                    new PathList().paths(paths.subList(i, Math.min(paths.size(), i + 1000)))).execute();
        }
    }

}
