package dev.golden.server.quality;

import dev.golden.hub.FieldQuality;
import dev.golden.hub.QualityMeasurement;
import dev.golden.server.http.InvalidInput;
import dev.golden.server.http.Json;
import dev.golden.server.hub.Hub;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Data-quality figures: measured now, and as snapshots over time. */
final class QualityHandlers {

  static final Duration DEFAULT_HISTORY = Duration.ofDays(90);

  private final Hub hub;

  QualityHandlers(Hub hub) {
    this.hub = hub;
  }

  /** {@code GET /api/quality}: measured now. */
  void now(Context ctx) {
    Json.respond(ctx, 200, Figures.of(hub.quality().measure()));
  }

  /** {@code GET /api/quality/history?from=&to=}: snapshots in [from, to), the last 90 days by default. */
  void history(Context ctx) {
    Instant to = instant(ctx, "to", Instant.now());
    Instant from = instant(ctx, "from", to.minus(DEFAULT_HISTORY));
    if (!from.isBefore(to)) {
      throw InvalidInput.field("from", "from must be before to");
    }
    List<Figures> items = hub.quality().history(from, to).stream().map(Figures::of).toList();
    Json.respond(ctx, 200, new History(from, to, items));
  }

  private static Instant instant(Context ctx, String name, Instant fallback) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      return Instant.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInput.field(name, name + " is an ISO-8601 instant such as 2025-01-31T00:00:00Z, not '" + raw + "'");
    }
  }

  record Figures(Instant takenAt, long uniqueCustomers, long sourceRecords, double duplicateRate,
      long trackedValues, long staleValues, double staleShare, long pendingChangeRequests, long openReviewLinks,
      List<FieldQuality> fields) {
    static Figures of(QualityMeasurement m) {
      return new Figures(m.takenAt(), m.uniqueCustomers(), m.sourceRecords(), m.duplicateRate(),
          m.staleness().trackedValues(), m.staleness().staleValues(), m.staleShare(), m.pendingChangeRequests(),
          m.openReviewLinks(), m.fields());
    }
  }

  record History(Instant from, Instant to, List<Figures> snapshots) {}
}
