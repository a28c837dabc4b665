package dev.golden.hub;

import dev.golden.record.Attribute;
import dev.golden.store.BulkLoads.Loaded;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Indexes the customers a batch import creates from their golden values as they are in memory,
 * on a thread of its own beside the one writing to the store, instead of reading every customer
 * back from the store afterwards. Only for an index that held nothing before (see
 * {@link IndexRebuild#add}). A few chunks may wait; more hold the writer back.
 */
final class IndexFeed implements AutoCloseable {

    private static final int CHUNKS_WAITING = 8;

    private final IndexRebuild index;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "golden-import-index");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore room = new Semaphore(CHUNKS_WAITING);
    private volatile RuntimeException failure;

    IndexFeed(IndexRebuild index) {
        this.index = index;
    }

    /** Queues a committed chunk: customers and their golden values, field → value, in the same order. */
    void add(List<Loaded> customers, List<Map<String, String>> values) {
        room.acquireUninterruptibly();
        thread.execute(() -> {
            try {
                if (failure == null) {
                    // Deriving the attributes standardizes every value again: on all cores. The
                    // documents go in one by one, in the customers' order, so the index comes out
                    // the same every time (Lucene breaks ties between equal scores by that order).
                    List<Map<Attribute, String>> features = values.parallelStream().map(index::featuresOf).toList();
                    for (int i = 0; i < customers.size(); i++) {
                        index.add(customers.get(i).customerId(), features.get(i));
                    }
                }
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                room.release();
            }
        });
    }

    /** Waits for every queued chunk; rethrows what went wrong in any of them. */
    void finish() {
        room.acquireUninterruptibly(CHUNKS_WAITING);
        room.release(CHUNKS_WAITING);
        if (failure != null) {
            throw new IllegalStateException("indexing the imported customers failed", failure);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
