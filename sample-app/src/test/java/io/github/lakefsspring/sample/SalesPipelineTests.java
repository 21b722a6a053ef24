package io.github.lakefsspring.sample;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

import io.github.lakefsspring.core.Branch;
import io.github.lakefsspring.core.ListOptions;
import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.test.autoconfigure.AutoConfigureEmbeddedLakeFS;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spring Batch sample as the README runs it (profile {@code batch}): the first run fails on the bad record and
 * lands nothing, the restart lands everything once, and no job branch is left.
 */
@SpringBootTest
@ActiveProfiles("batch")
@AutoConfigureEmbeddedLakeFS
@ExtendWith(OutputCaptureExtension.class)
class SalesPipelineTests {

    @Autowired
    RepositoryOperations repositories;

    @Test
    void theFirstRunLandsNothingAndTheRestartLandsEverything(CapturedOutput output) {
        List<String> lines = output.getOut().lines().filter((line) -> !line.startsWith("20")).toList();
        String raw = lines.get(0).substring("Raw sales committed on main at ".length());
        assertThat(lines.get(1)).isEqualTo("Run 1 of cleanSales: FAILED (Bad amount 'n/a' for paris on 2026-12-02)");
        assertThat(lines.get(2)).startsWith("main is still at " + raw + "; the run's work is kept on branch "
                + "batch-cleanSales-");
        assertThat(lines.get(4)).isEqualTo("Run 2 of cleanSales (restart): COMPLETED");
        Branch main = this.repositories.repository("sales-pipeline").branch("main");
        assertThat(lines.get(5)).startsWith("main is at merge commit " + main.commit().id() + ": Merge job cleanSales");
        assertThat(lines.get(6)).isEqualTo("  lakefs.batch.input.sales-pipeline/main = " + raw);
        assertThat(lines.subList(8, lines.size())).containsExactly("clean/part-00000.csv:", "  day,store,amount",
                "  2026-12-01,BERLIN,120.50", "  2026-12-01,PARIS,98", "clean/part-00001.csv:", "  day,store,amount",
                "  2026-12-01,ROME,77.25", "  2026-12-02,BERLIN,130", "clean/part-00002.csv:", "  day,store,amount",
                "  2026-12-02,PARIS,101.40", "  2026-12-02,ROME,80.75");
        assertThat(this.repositories.repository("sales-pipeline").allBranches(ListOptions.all()).map(Branch::id))
            .containsExactly("main");
    }

}
