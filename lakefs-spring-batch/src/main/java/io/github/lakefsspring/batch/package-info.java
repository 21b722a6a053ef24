/**
 * Spring Batch on lakeFS: {@link io.github.lakefsspring.batch.LakeFSJobBranch} runs each job instance on a branch
 * of its own, committed after each step and merged when the job completes;
 * {@link io.github.lakefsspring.batch.LakeFSItemReader} and {@link io.github.lakefsspring.batch.LakeFSItemWriter}
 * read and write lakeFS objects, restartably.
 */
@NullMarked
package io.github.lakefsspring.batch;

import org.jspecify.annotations.NullMarked;
