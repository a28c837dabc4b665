package dev.golden.server.console;

import dev.golden.hub.FieldQuality;
import dev.golden.hub.QualityMeasurement;
import dev.golden.server.hub.Hub;
import dev.golden.server.security.AccessControl;
import dev.golden.server.security.Permission;
import io.javalin.http.Context;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The figures a steward looks at first: size, duplicates, completeness, staleness, work waiting. */
final class DashboardPage {

  static final Duration TREND = Duration.ofDays(90);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  /** One field's completeness and validity, as percentages. */
  record FieldRow(String field, String label, String completeness, String validity, double completenessShare) {}

  record View(Chrome chrome, String uniqueCustomers, String sourceRecords, String duplicateRate, String staleShare,
      long pendingReviews, long pendingApprovals, List<FieldRow> fields, String completenessChart,
      String trendChart, boolean mayReview) {}

  private final Pages pages;
  private final Hub hub;

  DashboardPage(Pages pages, Hub hub) {
    this.pages = pages;
    this.hub = hub;
  }

  void show(Context ctx) {
    Chrome chrome = pages.chrome(ctx, "dashboard.title");
    NumberFormat count = NumberFormat.getIntegerInstance(chrome.messages().language().locale());
    QualityMeasurement now = hub.quality().measure();
    List<FieldRow> fields = now.fields().stream()
        .sorted(Comparator.comparingDouble(FieldQuality::completeness).reversed())
        .map(f -> new FieldRow(f.field(), chrome.field(f.field()), percent(f.completeness()), percent(f.validity()),
            f.completeness()))
        .toList();
    pages.render(ctx, "dashboard.jte", new View(chrome, count.format(now.uniqueCustomers()),
        count.format(now.sourceRecords()), percent(now.duplicateRate()), percent(now.staleShare()),
        now.openReviewLinks(), now.pendingChangeRequests(), fields, completeness(chrome, fields), trend(chrome, now),
        Permission.REVIEW_MATCHES.isGrantedTo(AccessControl.currentUser(ctx).role())));
  }

  private static String completeness(Chrome chrome, List<FieldRow> fields) {
    return Charts.json(fields.stream().map(FieldRow::label).toList(), List.of(
        new Charts.Series(chrome.t("dashboard.completeness"),
            fields.stream().map(f -> round(100 * f.completenessShare())).toList())));
  }

  /** The snapshots of the last 90 days and the figures measured now. */
  private String trend(Chrome chrome, QualityMeasurement now) {
    Instant to = now.takenAt();
    List<QualityMeasurement> points = new ArrayList<>(hub.quality().history(to.minus(TREND), to));
    points.add(now);
    return Charts.json(points.stream().map(m -> DAY.format(m.takenAt())).toList(), List.of(
        new Charts.Series(chrome.t("dashboard.duplicateRate"), points.stream().map(m -> round(100 * m.duplicateRate())).toList()),
        new Charts.Series(chrome.t("dashboard.staleShare"), points.stream().map(m -> round(100 * m.staleShare())).toList())));
  }

  static String percent(double share) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share);
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
