package dev.golden.server.search;

import dev.golden.index.Candidate;
import dev.golden.server.http.InvalidInput;
import dev.golden.server.http.Json;
import dev.golden.server.hub.Hub;
import dev.golden.store.Customer;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/search?q=}: for a call-centre agent with a caller on the line. A name fragment
 * (Latin, pinyin or Chinese, simplified or traditional), a phone number in any format or an email;
 * the best matches first, with their current values.
 */
final class SearchHandler {

  static final int DEFAULT_LIMIT = 10;
  static final int MAX_LIMIT = 50;
  static final int MAX_QUERY_LENGTH = 200;

  private final Hub hub;

  SearchHandler(Hub hub) {
    this.hub = hub;
  }

  void search(Context ctx) {
    String query = ctx.queryParam("q");
    if (query == null || query.isBlank()) {
      throw InvalidInput.missing("q");
    }
    if (query.length() > MAX_QUERY_LENGTH) {
      throw InvalidInput.field("q", "a search has at most " + MAX_QUERY_LENGTH + " characters");
    }
    int limit = limit(ctx);
    List<Hit> hits = new ArrayList<>();
    for (Candidate candidate : hub.duplicates().search(query.strip(), limit)) {
      hub.store().customers().find(Long.parseLong(candidate.customerId()))
          .filter(Customer::isActive)
          .ifPresent(c -> hits.add(new Hit(c.id(), c.version(), candidate.score(), values(c))));
    }
    Json.respond(ctx, 200, new Results(query.strip(), hits));
  }

  private static int limit(Context ctx) {
    String raw = ctx.queryParam("limit");
    if (raw == null || raw.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(raw.strip());
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw InvalidInput.field("limit", "limit is a whole number from 1 to " + MAX_LIMIT);
  }

  private static Map<String, String> values(Customer c) {
    Map<String, String> values = new LinkedHashMap<>();
    c.values().forEach((field, v) -> values.put(field, v.value()));
    return values;
  }

  /** @param relevance Lucene's relevance, for ordering only; not a match probability */
  record Hit(long customerId, long version, float relevance, Map<String, String> values) {}

  record Results(String query, List<Hit> hits) {}
}
