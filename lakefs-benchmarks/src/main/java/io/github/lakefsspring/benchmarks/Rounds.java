package io.github.lakefsspring.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures a scenario the same way for every contender: in repeated rounds, each contender runs once per round and
 * the order rotates from round to round, so that a disturbance of the machine (or the server warming up) falls on
 * every contender alike. A scenario's figure is the median of its rounds, shown with the spread (lowest and
 * highest); the machine's load average is read before and after.
 */
final class Rounds {

    private Rounds() {
    }

    /**
     * @param rounds how many rounds
     * @param contenders who runs
     * @param trial one contender's run in one round, returning its figure
     * @return every contender's figure per round, in the order of {@code contenders}
     */
    static Result run(String scenario, String unit, int rounds, List<? extends Named> contenders, Trial trial)
            throws Exception {
        double loadBefore = load();
        Map<String, double[]> figures = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        contenders.forEach((contender) -> figures.put(contender.name(), new double[rounds]));
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < contenders.size(); i++) {
                Named contender = contenders.get((i + round) % contenders.size());
                try {
                    figures.get(contender.name())[round] = trial.run(contender, round);
                }
                catch (Exception | OutOfMemoryError ex) {
                    figures.get(contender.name())[round] = Double.NaN;
                    failures.putIfAbsent(contender.name(), ex.getClass().getSimpleName());
                }
            }
        }
        return new Result(scenario, unit, figures, failures, loadBefore, load());
    }

    /**
     * Runs {@code count} operations on {@code threads} workers, worker {@code w} making operations {@code w},
     * {@code w + threads}, ...
     * @return operations per second
     */
    static double throughput(int threads, int count, Operation operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int worker = w;
                workers.add(pool.submit(() -> {
                    for (int i = worker; i < count; i += threads) {
                        operation.run(worker, i);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            return count / seconds(start);
        }
        finally {
            pool.shutdown();
        }
    }

    static double seconds(long startNanos) {
        return Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Anything with a name in the report. */
    interface Named {

        String name();

    }

    /** One contender's run in one round. */
    @FunctionalInterface
    interface Trial {

        double run(Named contender, int round) throws Exception;

    }

    /** One operation of a throughput run. */
    @FunctionalInterface
    interface Operation {

        void run(int worker, int index) throws Exception;

    }

    /** A scenario's figures per contender and round, and the machine's load around it. */
    record Result(String scenario, String unit, Map<String, double[]> figures, Map<String, String> failures,
            double loadBefore, double loadAfter) {

        /** @return the median of the rounds that did not fail, NaN when all did */
        double median(String contender) {
            double[] values = this.figures.get(contender);
            if (values == null) {
                return Double.NaN;
            }
            double[] sorted = Arrays.stream(values).filter((value) -> !Double.isNaN(value)).sorted().toArray();
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int n = sorted.length;
            return (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }

        double min(String contender) {
            return Arrays.stream(this.figures.get(contender)).filter((value) -> !Double.isNaN(value)).min()
                .orElse(Double.NaN);
        }

        double max(String contender) {
            return Arrays.stream(this.figures.get(contender)).filter((value) -> !Double.isNaN(value)).max()
                .orElse(Double.NaN);
        }

        /** @return the ratio of two contenders' medians */
        double ratio(String contender, String other) {
            return median(contender) / median(other);
        }

    }

}
