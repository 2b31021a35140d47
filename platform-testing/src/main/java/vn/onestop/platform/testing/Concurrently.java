package vn.onestop.platform.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one task on each of several threads, released together, for tests of what happens under
 * contention: the threads are all started and wait on one latch before any of them runs, so the
 * tasks overlap as much as the machine allows instead of the first finishing before the last starts.
 */
public final class Concurrently {

    /** One thread's work; {@code thread} is its index, 0 to threads - 1. */
    @FunctionalInterface
    public interface Task<T> {
        T run(int thread) throws Exception;
    }

    private Concurrently() {
    }

    /**
     * Runs {@code task} on {@code threads} threads at once and waits for all of them.
     *
     * @param timeout how long all of them together may take
     * @return what each thread returned, in the order of the threads' indices
     * @throws Exception the first failure, as the task threw it, as soon as it happens (the other
     *                   threads are interrupted); a {@link TimeoutException} when they did not all
     *                   finish in time
     */
    public static <T> List<T> run(int threads, Duration timeout, Task<T> task) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CompletionService<T> finished = new ExecutorCompletionService<>(pool);
            Map<Future<T>, Integer> indices = new HashMap<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                indices.put(finished.submit(() -> {
                    go.await();
                    return task.run(thread);
                }), thread);
            }
            go.countDown();
            long deadline = System.nanoTime() + timeout.toNanos();
            List<T> results = new ArrayList<>(Collections.nCopies(threads, null));
            for (int done = 0; done < threads; done++) {
                Future<T> next = finished.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (next == null) {
                    throw new TimeoutException((threads - done) + " of " + threads + " threads still running after "
                            + timeout);
                }
                try {
                    results.set(indices.get(next), next.get());
                } catch (ExecutionException e) {
                    throw rethrown(e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Exception rethrown(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return (Exception) failure;
    }
}
