package dev.golden.server.console;

import dev.golden.index.CheckResult;
import dev.golden.index.Suggestion;
import dev.golden.match.Explanation;
import dev.golden.server.http.InvalidInput;
import dev.golden.server.http.NotFound;
import dev.golden.server.hub.Hub;
import dev.golden.server.review.ReviewDecisions;
import dev.golden.server.security.AccessControl;
import dev.golden.store.Customer;
import dev.golden.store.LinkKind;
import dev.golden.store.LinkStatus;
import dev.golden.store.LinkSubject;
import dev.golden.store.MatchLink;
import dev.golden.store.MergeEvent;
import dev.golden.store.Store;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The review queue of "possibly the same" pairs, most uncertain first, and the side-by-side view
 * where a steward merges, keeps apart or skips a pair (keys m, n, s); and the clusters those pairs
 * would form, each shown with all its records side by side.
 */
final class ReviewPages {

  static final int PAGE = 50;
  /** How many queued pairs are grouped into clusters for the queue page. */
  static final int CLUSTER_SCAN = 1_000;
  /** Clusters listed on the queue page. */
  static final int CLUSTERS_SHOWN = 20;
  /** Records shown side by side in one cluster: wider is not readable. */
  static final int CLUSTER_RECORDS = 8;

  /** A pair in the queue. */
  record Item(long linkId, String probability, long leftId, String left, long rightId, String right) {}

  /** A group of three or more records joined by pairs in the queue. */
  record ClusterItem(long firstLinkId, int records, int pairs, String probability, List<String> names) {}

  record QueueView(Chrome chrome, List<Item> items, long total, List<ClusterItem> clusters) {}

  /** A record in the cluster view: one column. */
  record Column(long id, String name) {}

  /** One field across the cluster's records; {@code different} when two of them have different values. */
  record ClusterRow(String label, List<String> values, boolean different) {}

  /** A pair inside the cluster, to decide on the side-by-side page. */
  record ClusterPair(long linkId, String probability, String left, String right) {}

  record ClusterView(Chrome chrome, List<Column> columns, List<ClusterRow> rows, List<ClusterPair> pairs,
      boolean truncated) {}

  /** One field of both records; {@code different} when both have it and it differs. */
  record Row(String label, String left, String right, boolean different) {}

  record CompareView(Chrome chrome, long linkId, String probability, long position, long total, long leftId,
      String left, long rightId, String right, List<Row> rows, String waterfall, String matchWeight,
      long mergedEventId, long mergedSurvivorId) {

    boolean justMerged() {
      return mergedEventId > 0;
    }

    boolean hasWaterfall() {
      return !waterfall.isEmpty();
    }
  }

  private final Pages pages;
  private final Hub hub;
  private final Store store;
  private final ReviewDecisions decisions;

  ReviewPages(Pages pages, Hub hub) {
    this.pages = pages;
    this.hub = hub;
    this.store = hub.store();
    this.decisions = new ReviewDecisions(hub);
  }

  void queue(Context ctx) {
    var links = store.links().awaitingReview(LinkSubject.CUSTOMER, 0, PAGE);
    List<Item> items = new ArrayList<>();
    for (MatchLink link : links.items()) {
      items.add(new Item(link.id(), probability(link), link.leftId(), name(link.leftId()), link.rightId(),
          name(link.rightId())));
    }
    pages.render(ctx, "reviews.jte", new QueueView(pages.chrome(ctx, "reviews.title"), items, links.total(),
        clusters()));
  }

  /** The queue's clusters of three or more records, in queue order (most uncertain pair first). */
  private List<ClusterItem> clusters() {
    List<MatchLink> queued = store.links().awaitingReview(LinkSubject.CUSTOMER, 0, CLUSTER_SCAN).items();
    List<ClusterItem> items = new ArrayList<>();
    for (ReviewClusters.Cluster cluster : ReviewClusters.of(queued)) {
      if (cluster.size() >= 3 && items.size() < CLUSTERS_SHOWN) {
        items.add(new ClusterItem(cluster.pairs().get(0).id(), cluster.size(), cluster.pairs().size(),
            probability(cluster.pairs().get(0)),
            cluster.customerIds().stream().limit(CLUSTER_RECORDS).map(this::name).toList()));
      }
    }
    return items;
  }

  /**
   * All records of the cluster the pair belongs to, side by side: the pair's two customers and
   * every customer reached from them through pairs awaiting review, up to {@link #CLUSTER_RECORDS}.
   */
  void cluster(Context ctx) {
    MatchLink start = link(ctx);
    Chrome chrome = pages.chrome(ctx, "cluster.title");
    List<Long> reached = new ArrayList<>(List.of(start.leftId(), start.rightId()));
    Map<Long, MatchLink> pairs = new LinkedHashMap<>();
    boolean truncated = false;
    for (int next = 0; next < reached.size(); next++) {
      for (MatchLink link : store.links().of(LinkSubject.CUSTOMER, reached.get(next))) {
        if (link.kind() != LinkKind.POSSIBLY_SAME || link.status() != LinkStatus.INFERRED) {
          continue;
        }
        long other = link.leftId() == reached.get(next) ? link.rightId() : link.leftId();
        if (!reached.contains(other)) {
          if (reached.size() == CLUSTER_RECORDS) {
            truncated = true;
            continue;
          }
          reached.add(other);
        }
        pairs.putIfAbsent(link.id(), link);
      }
    }
    List<Customer> customers = reached.stream().map(this::customer).toList();
    List<Map<String, String>> values = customers.stream().map(Values::plain).toList();
    List<ClusterRow> rows = new ArrayList<>();
    for (String field : Values.fieldsInOrder(hub.standardization().dictionary().fields(),
        values.stream().map(Map::keySet).toList())) {
      List<String> across = values.stream().map(v -> v.getOrDefault(field, "")).toList();
      long distinct = across.stream().filter(v -> !v.isEmpty()).map(ReviewPages::normalized).distinct().count();
      rows.add(new ClusterRow(chrome.field(field), across, distinct > 1));
    }
    List<ClusterPair> pairRows = pairs.values().stream()
        .map(l -> new ClusterPair(l.id(), probability(l), name(l.leftId()) + " #" + l.leftId(),
            name(l.rightId()) + " #" + l.rightId()))
        .toList();
    pages.render(ctx, "cluster.jte", new ClusterView(chrome,
        customers.stream().map(c -> new Column(c.id(), Names.of(c))).toList(), rows, pairRows, truncated));
  }

  void compare(Context ctx) {
    MatchLink link = link(ctx);
    Chrome chrome = pages.chrome(ctx, "compare.title");
    Customer left = customer(link.leftId());
    Customer right = customer(link.rightId());
    Map<String, String> a = Values.plain(left);
    Map<String, String> b = Values.plain(right);
    List<Row> rows = new ArrayList<>();
    for (String field : Values.fieldsInOrder(hub.standardization().dictionary().fields(), List.of(a.keySet(), b.keySet()))) {
      String l = a.getOrDefault(field, "");
      String r = b.getOrDefault(field, "");
      rows.add(new Row(chrome.field(field), l, r, !l.isEmpty() && !r.isEmpty() && !normalized(l).equals(normalized(r))));
    }
    Optional<Explanation> why = explain(a, right.id());
    var queue = store.links().awaitingReview(LinkSubject.CUSTOMER, 0, PAGE);
    long position = queue.items().stream().map(MatchLink::id).toList().indexOf(link.id()) + 1;
    pages.render(ctx, "compare.jte", new CompareView(chrome, link.id(), probability(link), position, queue.total(),
        left.id(), Names.of(left), right.id(), Names.of(right), rows, why.map(e -> waterfall(chrome, e)).orElse(""),
        why.map(e -> String.format(Locale.ROOT, "%.2f", e.matchWeight())).orElse(""),
        longParam(ctx, "merged"), longParam(ctx, "survivor")));
  }

  void decide(Context ctx) {
    MatchLink link = link(ctx);
    String person = AccessControl.currentUser(ctx).username();
    String decision = Optional.ofNullable(ctx.formParam("decision")).orElse("");
    String notice = "";
    switch (decision) {
      case "same" -> {
        long survivor = "right".equals(ctx.formParam("survivor")) ? link.rightId() : link.leftId();
        MergeEvent merge = decisions.same(link, survivor, person);
        notice = "?merged=" + merge.id() + "&survivor=" + survivor;
      }
      case "different" -> decisions.different(link, person);
      case "skip" -> { }
      default -> throw InvalidInput.field("decision", "decision is same, different or skip, not '" + decision + "'");
    }
    ctx.redirect(next(link.id()).map(id -> "/console/reviews/" + id).orElse("/console/reviews") + notice,
        HttpStatus.SEE_OTHER);
  }

  void undo(Context ctx) {
    long mergeId = pathId(ctx, "mergeId");
    MergeEvent merge = store.merges().find(mergeId).orElseThrow(() -> new NotFound("no merge " + mergeId));
    decisions.undo(mergeId, AccessControl.currentUser(ctx).username(), "on".equals(ctx.formParam("keepApart")));
    ctx.redirect("/console/customers/" + merge.survivorId() + "?unmerged=" + mergeId, HttpStatus.SEE_OTHER);
  }

  /** The pair after {@code current} in the queue, or the first if it has left the queue. */
  private Optional<Long> next(long current) {
    List<Long> ids = store.links().awaitingReview(LinkSubject.CUSTOMER, 0, PAGE).items().stream().map(MatchLink::id).toList();
    int at = ids.indexOf(current);
    if (at >= 0) {
      return at + 1 < ids.size() ? Optional.of(ids.get(at + 1)) : Optional.empty();
    }
    return ids.stream().findFirst();
  }

  /** Why the model thinks so: the duplicate check of the left record, scored against the right one. */
  private Optional<Explanation> explain(Map<String, String> left, long rightId) {
    CheckResult result = hub.duplicates().check(left);
    return result.suggestions().stream().filter(s -> s.customerId().equals(Long.toString(rightId)))
        .map(Suggestion::explanation).findFirst();
  }

  private static String waterfall(Chrome chrome, Explanation e) {
    List<String> labels = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    labels.add(chrome.t("compare.prior"));
    weights.add(round(e.priorWeight()));
    for (Explanation.Step step : e.steps()) {
      labels.add(chrome.field(step.comparison()) + " · " + step.level());
      weights.add(round(step.total()));
    }
    return Charts.json(labels, List.of(new Charts.Series(chrome.t("compare.weight"), weights)));
  }

  private MatchLink link(Context ctx) {
    long id = pathId(ctx, "linkId");
    return store.links().find(id).filter(l -> l.subject() == LinkSubject.CUSTOMER)
        .orElseThrow(() -> new NotFound("no customer pair " + id));
  }

  private Customer customer(long id) {
    return store.customers().find(id).orElseThrow(() -> new NotFound("no customer " + id));
  }

  private String name(long id) {
    return store.customers().find(id).map(Names::of).orElse("#" + id);
  }

  private static String probability(MatchLink link) {
    return link.probability().map(DashboardPage::percent).orElse("–");
  }

  private static String normalized(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  static long pathId(Context ctx, String name) {
    String raw = ctx.pathParam(name);
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw InvalidInput.field(name, name + " is a number, not '" + raw + "'");
    }
  }

  private static long longParam(Context ctx, String name) {
    try {
      return Long.parseLong(Optional.ofNullable(ctx.queryParam(name)).orElse("0"));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
