package dev.golden.server.review;

import dev.golden.server.hub.Hub;
import dev.golden.store.Customer;
import dev.golden.store.LinkKind;
import dev.golden.store.LinkSubject;
import dev.golden.store.MatchLink;
import dev.golden.store.MergeEvent;
import dev.golden.store.Store;
import java.util.ArrayList;
import java.util.List;

/**
 * What a person's decision on a suspected duplicate does, for the API and the console alike: "the
 * same" records the decision and merges in one transaction, "not the same" is remembered for good,
 * and a merge can be undone. The candidate index follows every change.
 */
public final class ReviewDecisions {

  private final Hub hub;
  private final Store store;

  public ReviewDecisions(Hub hub) {
    this.hub = hub;
    this.store = hub.store();
  }

  /** Merges the pair into {@code survivorId}, which must be one of them. */
  public MergeEvent same(MatchLink link, long survivorId, String person) {
    if (survivorId != link.leftId() && survivorId != link.rightId()) {
      throw new IllegalArgumentException("the survivor must be one of the pair: " + link.leftId() + " or "
          + link.rightId());
    }
    long other = survivorId == link.leftId() ? link.rightId() : link.leftId();
    MergeEvent merge = store.inTransaction(repos -> {
      repos.links().decide(LinkSubject.CUSTOMER, survivorId, other, LinkKind.SAME, person);
      return repos.merges().merge(survivorId, List.of(other), person);
    });
    hub.indexSync().refreshAll(List.of(survivorId, other));
    return merge;
  }

  /** Keeps the pair apart: no later run links them again. */
  public MatchLink different(MatchLink link, String person) {
    return store.links().decide(LinkSubject.CUSTOMER, link.leftId(), link.rightId(), LinkKind.DIFFERENT, person);
  }

  /** Folds customers into a survivor by hand. */
  public MergeEvent merge(long survivorId, List<Long> mergedIds, String person) {
    MergeEvent merge = store.merges().merge(survivorId, mergedIds, person);
    List<Long> touched = new ArrayList<>(mergedIds);
    touched.add(survivorId);
    hub.indexSync().refreshAll(touched);
    return merge;
  }

  /** The customers as they were before merge {@code mergeId}; {@code keepApart} also decides them different. */
  public List<Customer> undo(long mergeId, String person, boolean keepApart) {
    List<Customer> restored = store.merges().unmerge(mergeId, person, keepApart);
    hub.indexSync().refreshAll(restored.stream().map(Customer::id).toList());
    return restored;
  }
}
