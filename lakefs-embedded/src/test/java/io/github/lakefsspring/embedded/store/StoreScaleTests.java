package io.github.lakefsspring.embedded.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.lakefsspring.embedded.store.blockstore.BlockstoreType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repository with 100,000 objects and 1,000 commits: listing, diff and log page through it without the store
 * materialising it (the test's own heap is the default one). Speed is measured in the benchmarks, not here.
 */
class StoreScaleTests {

    @TempDir
    Path data;

    @Test
    void largeRepositoryPagesThroughListingDiffAndLog() {
        try (VersionedStore store = VersionedStores.open(new StoreSettings(this.data, BlockstoreType.S3, Durability.PROCESS))) {
            store.createRepository("big", "s3://bucket/big", "main", false, false);
            int objects = 0;
            for (int commit = 0; commit < 1000; commit++) {
                int batch = 100;
                for (int i = 0; i < batch; i++) {
                    String path = String.format("data/%03d/%06d.parquet", commit % 100, objects++);
                    store.stageObject("big", "main", new StageRequest(path, "s3://bucket/big/data/x/" + objects,
                            "d41d8cd98f00b204e9800998ecf8427e", 0, null, Map.of(), null, false, false));
                }
                store.commit("big", "main", new CommitRequest("admin", "commit " + commit, Map.of(), null, false, false));
            }
            assertThat(objects).isEqualTo(100_000);
            long listed = 0;
            String after = "";
            Page<ListingItem> page;
            do {
                page = store.listObjects("big", "main", new PageRequest("", after, 1000), "");
                listed += page.results().size();
                after = page.nextOffset();
            }
            while (page.hasMore());
            assertThat(listed).isEqualTo(100_000);
            Page<ListingItem> folders = store.listObjects("big", "main", new PageRequest("data/", "", 1000), "/");
            assertThat(folders.results()).hasSize(100);
            long changes = 0;
            after = "";
            Page<Change> diff;
            do {
                diff = store.diff("big", "main~500", "main", new DiffQuery(new PageRequest("", after, 1000), "", true,
                        false));
                changes += diff.results().size();
                after = diff.nextOffset();
            }
            while (diff.hasMore());
            assertThat(changes).isEqualTo(50_000);
            long commits = 0;
            after = "";
            Page<Commit> log;
            do {
                log = store.log("big", "main", new LogQuery(after, 1000, List.of(), List.of(), false, false, null, null));
                commits += log.results().size();
                after = log.nextOffset();
            }
            while (log.hasMore());
            assertThat(commits).isEqualTo(1001);
        }
    }

}
