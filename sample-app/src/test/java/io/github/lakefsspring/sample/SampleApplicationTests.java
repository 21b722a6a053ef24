package io.github.lakefsspring.sample;

import java.util.List;

import io.github.lakefsspring.test.autoconfigure.AutoConfigureEmbeddedLakeFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walkthrough, run on an embedded server as the application runs it, with its output checked against what
 * the lakeFS Python SDK walkthrough shows.
 */
@SpringBootTest
@AutoConfigureEmbeddedLakeFS
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTests {

    @Test
    void walkthroughPrintsWhatTheSeedShows(CapturedOutput output) {
        List<String> lines = output.getOut().lines().filter((line) -> !line.isBlank() && !line.startsWith("20")).toList();
        assertThat(lines.get(0)).startsWith("{id: 'example-repo', creation_date: ")
            .endsWith("default_branch: 'main', storage_namespace: 's3://storage-bucket/repos/example-repo'}");
        assertThat(lines.get(1)).isEqualTo("Listing repositories:");
        String ref1 = lines.get(3);
        String ref2 = lines.get(4);
        assertThat(ref1).matches("experiment1 ref: [0-9a-f]{64}");
        assertThat(ref2.substring("experiment2 ref: ".length())).isEqualTo(ref1.substring("experiment1 ref: ".length()));
        assertThat(lines.subList(5, 8)).containsExactly("experiment1", "experiment2", "main");
        assertThat(lines.get(8)).startsWith("{'path': 'text/sample_data.txt', 'physical_address': 's3://storage-bucket/"
                + "repos/example-repo/data/").contains("'size_bytes': 22").contains("'content_type': 'text/plain'");
        assertThat(lines.get(9)).isEqualTo("This is my object data");
        assertThat(lines.get(10)).startsWith("{'path': 'csv/sample_data.csv'").contains("'content_type': 'text/csv'");
        assertThat(lines.get(11)).startsWith("{'path': 'raw/file1.data'").contains("'size_bytes': 18");
        assertThat(lines.subList(12, 15)).allMatch((line) -> line.startsWith("{'type': 'added'"));
        assertThat(lines.get(15)).contains("'message': 'Add some data!'").contains("'metadata': {'using': 'java_sdk'}");
        assertThat(lines.get(16)).isEqualTo("0");
        assertThat(lines.subList(17, 20)).allMatch((line) -> line.startsWith("{'type': 'added'"));
        assertThat(lines.get(20)).matches("[0-9a-f]{64}");
        assertThat(lines.get(21)).isEqualTo("0");
        assertThat(lines.subList(22, 26)).containsExactly("['ID', 'Name', 'Email']",
                "['1', 'Alice', 'alice@example.com']", "['2', 'Bob', 'bob@example.com']",
                "['3', 'Carol', 'carol@example.com']");
        assertThat(lines.get(26)).isEqualTo("imported a total of 4 objects!");
        assertThat(lines.subList(27, 29)).containsExactly("0", "True");
        String merge = lines.get(20);
        assertThat(lines.get(29)).isEqualTo(merge.substring(0, 10) + "/csv/sample_data.csv");
        assertThat(lines.get(30)).startsWith("{'AcceptRanges': 'bytes', 'ContentLength': 1024, 'ETag': '\"");
    }

}
