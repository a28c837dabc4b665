package dev.golden.server.hub;

import dev.golden.store.NewCustomers.Created;
import dev.golden.store.NewCustomers.Entry;
import dev.golden.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates customers for concurrent callers by group commit: their entries queue up and one
 * writer thread stores whatever has queued in one transaction, then answers each caller. A
 * caller returns only once its customer is committed (durable: nothing answered is lost), but a
 * commit, the dearest part of a small write, is paid once per batch instead of once per entry,
 * and entries no longer contend for the store's locks. An entry that fails is retried alone, so
 * only its own caller sees the failure.
 */
public final class GroupCommit implements AutoCloseable {

  /** Enough to amortize a commit, few enough that no caller waits long behind others. */
  static final int MAX_BATCH = 64;

  private final Store store;
  private final BlockingQueue<Queued> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean closed;

  private record Queued(Entry entry, CompletableFuture<Created> answer) {}

  GroupCommit(Store store) {
    this.store = store;
    this.writer = new Thread(this::writeUntilClosed, "customer-group-commit");
    writer.setDaemon(true);
    writer.start();
  }

  /** Creates the entry's customer; returns once it is committed. */
  public Created create(Entry entry) {
    if (closed) {
      throw new IllegalStateException("the hub is closed");
    }
    CompletableFuture<Created> answer = new CompletableFuture<>();
    queue.add(new Queued(entry, answer));
    try {
      return awaitCommit(answer);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  // An entry queued just as close() let the writer stop is never written: fail it once the writer is gone.
  private Created awaitCommit(CompletableFuture<Created> answer) throws ExecutionException {
    while (true) {
      try {
        return answer.get(1, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        if (!writer.isAlive()) {
          answer.completeExceptionally(new IllegalStateException("the hub is closed"));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the customer was being stored", e);
      }
    }
  }

  private void writeUntilClosed() {
    List<Queued> batch = new ArrayList<>(MAX_BATCH);
    while (!closed || !queue.isEmpty()) {
      try {
        Queued first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        write(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (RuntimeException | Error e) {
        batch.forEach(q -> q.answer().completeExceptionally(e));
      } finally {
        batch.clear();
      }
    }
    queue.forEach(q -> q.answer().completeExceptionally(new IllegalStateException("the hub is closed")));
  }

  private void write(List<Queued> batch) {
    try {
      List<Created> created = store.newCustomers().createAll(batch.stream().map(Queued::entry).toList());
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).answer().complete(created.get(i));
      }
    } catch (RuntimeException e) {
      if (batch.size() == 1) {
        batch.get(0).answer().completeExceptionally(e);
        return;
      }
      for (Queued alone : batch) {
        write(List.of(alone));
      }
    }
  }

  /** Writes what is queued, then stops the writer. */
  @Override
  public void close() {
    closed = true;
    try {
      writer.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
