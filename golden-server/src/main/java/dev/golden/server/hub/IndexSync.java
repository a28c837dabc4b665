package dev.golden.server.hub;

import dev.golden.dictionary.DataDictionary;
import dev.golden.hub.IndexRebuild;
import dev.golden.index.CandidateIndex;
import dev.golden.index.DuplicateCheck;
import dev.golden.record.Attribute;
import dev.golden.store.Customer;
import dev.golden.store.Store;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keeps the candidate index in step with the store: every change to a golden record is followed
 * by {@link #refresh}, and a start whose index does not hold exactly the store's active customers
 * rebuilds it from the store (the store is the truth; the index is derived).
 */
public final class IndexSync {

  private final Store store;
  private final CandidateIndex index;
  /** Derives a customer's attributes as the duplicate check does; a rebuild does so on every core. */
  private final IndexRebuild rebuild;

  IndexSync(Store store, CandidateIndex index, DuplicateCheck duplicates, DataDictionary dictionary) {
    this.store = store;
    this.index = index;
    this.rebuild = new IndexRebuild(index, duplicates, dictionary);
  }

  /** Indexes the customer as the store now has it: upserted when active, removed otherwise. */
  public void refresh(long customerId) {
    store.customers().find(customerId).ifPresentOrElse(this::refresh, () -> index.delete(key(customerId)));
  }

  public void refresh(Customer customer) {
    rebuild.refresh(customer);
  }

  /**
   * Indexes a customer just created from a record whose attributes the caller already derived
   * from the same standardized values the customer has (as a duplicate check does before the
   * create), so they are not derived a second time.
   */
  public void created(Customer customer, Map<Attribute, String> features) {
    index.upsert(key(customer.id()), features);
  }

  /** Several customers, e.g. all those a merge or unmerge touched. */
  public void refreshAll(List<Long> customerIds) {
    customerIds.forEach(this::refresh);
  }

  void rebuildIfOutOfStep(Consumer<String> console) {
    if (rebuild.inStep(store)) {
      return;
    }
    console.accept("Rebuilding the candidate index from " + store.customers().countActive() + " customers in the store...");
    rebuild.rebuild(store);
  }

  /** The index's key of a customer. */
  public static String key(long customerId) {
    return Long.toString(customerId);
  }
}
