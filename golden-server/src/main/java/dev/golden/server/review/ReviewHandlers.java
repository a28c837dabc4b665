package dev.golden.server.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.golden.server.http.InvalidInput;
import dev.golden.server.http.Json;
import dev.golden.server.http.NotFound;
import dev.golden.server.http.Page;
import dev.golden.server.http.PageRequest;
import dev.golden.server.hub.Hub;
import dev.golden.server.security.AccessControl;
import dev.golden.store.Customer;
import dev.golden.store.LinkSubject;
import dev.golden.store.MatchLink;
import dev.golden.store.MergeEvent;
import dev.golden.store.Store;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A steward's work on suspected duplicates: the review queue of the model's "possibly the same"
 * pairs, decisions on them (same merges, different is remembered for good, skip leaves the pair
 * for later), and merges made or undone by hand.
 */
final class ReviewHandlers {

  enum Decision { SAME, DIFFERENT, SKIP }

  private final Store store;
  private final ReviewDecisions decisions;

  ReviewHandlers(Hub hub) {
    this.store = hub.store();
    this.decisions = new ReviewDecisions(hub);
  }

  /** {@code GET /api/reviews}: the pairs awaiting a person, the most uncertain first. */
  void queue(Context ctx) {
    PageRequest page = PageRequest.from(ctx);
    var links = store.links().awaitingReview(LinkSubject.CUSTOMER, page.offset(), page.size());
    List<Pair> items = new ArrayList<>();
    for (MatchLink link : links.items()) {
      items.add(new Pair(link.id(), link.probability().orElse(null), link.decidedBy(), link.decidedAt(),
          values(link.leftId()), values(link.rightId())));
    }
    Json.respond(ctx, 200, Page.of(page, items, links.total()));
  }

  /** {@code POST /api/reviews/{linkId}}: same, different or skip. */
  void decide(Context ctx) {
    long linkId = pathId(ctx, "linkId");
    String person = AccessControl.currentUser(ctx).username();
    ReviewDecision request = Json.read(ctx, ReviewDecision.class);
    if (request.decision() == null) {
      throw InvalidInput.missing("decision");
    }
    MatchLink link = store.links().find(linkId)
        .filter(l -> l.subject() == LinkSubject.CUSTOMER)
        .orElseThrow(() -> new NotFound("no customer link " + linkId));
    switch (request.decision()) {
      case SAME -> {
        long survivor = request.survivorId() == null ? link.leftId() : request.survivorId();
        if (survivor != link.leftId() && survivor != link.rightId()) {
          throw InvalidInput.field("survivorId", "the survivor must be one of the pair: "
              + link.leftId() + " or " + link.rightId());
        }
        MergeEvent merge = decisions.same(link, survivor, person);
        Json.respond(ctx, 200, new Outcome("merged", link(linkId), MergeView.of(merge)));
      }
      case DIFFERENT -> {
        decisions.different(link, person);
        Json.respond(ctx, 200, new Outcome("kept_apart", link(linkId), null));
      }
      case SKIP -> Json.respond(ctx, 200, new Outcome("skipped", LinkView.of(link), null));
    }
  }

  /** {@code POST /api/merges}: folds customers into a survivor. */
  void merge(Context ctx) {
    String person = AccessControl.currentUser(ctx).username();
    NewMerge request = Json.read(ctx, NewMerge.class);
    if (request.survivorId() == null) {
      throw InvalidInput.missing("survivorId");
    }
    if (request.mergedIds() == null || request.mergedIds().isEmpty()) {
      throw InvalidInput.missing("mergedIds");
    }
    if (request.mergedIds().contains(request.survivorId())
        || request.mergedIds().stream().distinct().count() != request.mergedIds().size()) {
      throw InvalidInput.field("mergedIds", "merged customers must be distinct and other than the survivor");
    }
    MergeEvent merge = decisions.merge(request.survivorId(), request.mergedIds(), person);
    ctx.header("Location", "/api/merges/" + merge.id());
    Json.respond(ctx, 201, MergeView.of(merge));
  }

  /** {@code POST /api/merges/{id}/undo}: the customers as they were before the merge. */
  void undo(Context ctx) {
    long id = pathId(ctx, "id");
    String person = AccessControl.currentUser(ctx).username();
    boolean keepApart = ctx.bodyAsBytes().length > 0 && Boolean.TRUE.equals(Json.read(ctx, Undo.class).keepApart());
    List<Customer> restored = decisions.undo(id, person, keepApart);
    MergeEvent undone = store.merges().find(id).orElseThrow();
    Json.respond(ctx, 200, new Undone(MergeView.of(undone),
        restored.stream().map(c -> new Restored(c.id(), c.status().name(), c.version(), plain(c))).toList()));
  }

  private LinkView link(long id) {
    return LinkView.of(store.links().find(id).orElseThrow());
  }

  private Side values(long customerId) {
    return store.customers().find(customerId)
        .map(c -> new Side(c.id(), c.status().name(), plain(c)))
        .orElse(new Side(customerId, "UNKNOWN", Map.of()));
  }

  private static Map<String, String> plain(Customer c) {
    Map<String, String> values = new LinkedHashMap<>();
    c.values().forEach((field, v) -> values.put(field, v.value()));
    return values;
  }

  private static long pathId(Context ctx, String name) {
    String raw = ctx.pathParam(name);
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw InvalidInput.field(name, name + " is a number, not '" + raw + "'");
    }
  }

  record ReviewDecision(Decision decision, Long survivorId) {}

  record NewMerge(Long survivorId, List<Long> mergedIds) {}

  record Undo(Boolean keepApart) {}

  record Side(long customerId, String status, Map<String, String> values) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Pair(long linkId, Double probability, String model, Instant inferredAt, Side left, Side right) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record LinkView(long id, long leftId, long rightId, String kind, String status, Double probability,
      String decidedBy, Instant decidedAt) {
    static LinkView of(MatchLink l) {
      return new LinkView(l.id(), l.leftId(), l.rightId(), l.kind().name(), l.status().name(),
          l.probability().orElse(null), l.decidedBy(), l.decidedAt());
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record MergeView(long id, long survivorId, List<Long> mergedIds, String mergedBy, Instant mergedAt,
      String undoneBy, Instant undoneAt) {
    static MergeView of(MergeEvent e) {
      return new MergeView(e.id(), e.survivorId(), e.mergedIds(), e.mergedBy(), e.mergedAt(),
          e.undoneBy().orElse(null), e.undoneAt().orElse(null));
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Outcome(String outcome, LinkView link, MergeView merge) {}

  record Restored(long id, String status, long version, Map<String, String> values) {}

  record Undone(MergeView merge, List<Restored> customers) {}
}
