package io.github.lakefsspring.autoconfigure;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.core.LakeFSTransactionSweeper;

import org.springframework.context.SmartLifecycle;

/**
 * Sweeps abandoned transaction branches every {@code lakefs.transactions.sweep.interval}, on a daemon thread of its
 * own, while the application runs ({@code lakefs.transactions.sweep.enabled=true}). A failed sweep is logged and
 * tried again at the next interval.
 */
class TransactionSweepSchedule implements SmartLifecycle {

    private static final Log logger = LogFactory.getLog(TransactionSweepSchedule.class);

    private final LakeFSTransactionSweeper sweeper;

    private final SweptRepositories repositories;

    private final Duration olderThan;

    private final Duration interval;

    private @Nullable ScheduledExecutorService executor;

    TransactionSweepSchedule(LakeFSTransactionSweeper sweeper, SweptRepositories repositories, Duration olderThan,
            Duration interval) {
        this.sweeper = sweeper;
        this.repositories = repositories;
        this.olderThan = olderThan;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor((task) -> {
            Thread thread = new Thread(task, "lakefs-transaction-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(this::sweep, 0, this.interval.toMillis(), TimeUnit.MILLISECONDS);
        this.executor = started;
    }

    void sweep() {
        try {
            for (String repository : this.repositories.ids()) {
                this.sweeper.sweep(repository, this.olderThan);
            }
        }
        catch (RuntimeException ex) {
            logger.warn("Sweeping abandoned lakeFS transaction branches failed; trying again in " + this.interval
                    + ": " + ex.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (this.executor != null) {
            this.executor.shutdownNow();
            this.executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return this.executor != null;
    }

}
