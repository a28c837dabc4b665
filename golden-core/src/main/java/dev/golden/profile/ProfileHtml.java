package dev.golden.profile;

import dev.golden.dictionary.Role;
import dev.golden.io.CsvProblem;
import java.util.List;
import java.util.Locale;

/**
 * A profile as one self-contained HTML page: inline CSS and SVG bar charts, no scripts and nothing
 * fetched from elsewhere. Every value from the file is escaped.
 */
public final class ProfileHtml {
  private static final String CSS = """
      body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Microsoft YaHei",sans-serif;
        margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d2430;background:#fbfbfd}
      h1{font-size:1.4rem;margin-bottom:.2rem}h2{font-size:1.1rem;margin:2rem 0 .5rem}
      h3{font-size:1rem;margin:0 0 .4rem}.muted{color:#667085}
      table{border-collapse:collapse;width:100%;font-size:.9rem}
      th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e4e7ec;vertical-align:top}
      td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
      .summary td:first-child{color:#667085;width:12rem}
      .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(22rem,1fr));gap:1rem}
      .card{background:#fff;border:1px solid #e4e7ec;border-radius:8px;padding:1rem}
      .tag{display:inline-block;background:#eef4ff;color:#3538cd;border-radius:4px;padding:0 .4rem;font-size:.8rem}
      .tag.none{background:#f2f4f7;color:#667085}
      code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem}
      svg text{font-size:11px;fill:#1d2430}
      """;
  private static final int CHART_WIDTH = 340;

  private ProfileHtml() {}

  public static String write(FileProfile p) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Profile of ").append(escape(p.file())).append("</title>\n<style>").append(CSS)
        .append("</style>\n</head>\n<body>\n");
    h.append("<h1>Profile of <code>").append(escape(p.file())).append("</code></h1>\n");
    summary(h, p);
    h.append("<h2>Completeness by column</h2>\n");
    completenessChart(h, p.columns());
    h.append("<h2>Columns</h2>\n");
    overview(h, p.columns());
    h.append("<div class=\"cards\">\n");
    p.columns().forEach(c -> card(h, c));
    h.append("</div>\n");
    if (p.badRows() > 0) {
      h.append("<h2>Bad rows (").append(Format.count(p.badRows())).append(", skipped)</h2>\n<table>\n");
      for (CsvProblem problem : p.badRowExamples()) {
        h.append("<tr><td class=\"n\">line ").append(problem.line()).append("</td><td>")
            .append(escape(problem.message())).append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    h.append("<p class=\"muted\">Distinct counts are exact up to ").append(Format.count(p.distinctCap()))
        .append(" values per column and estimated above (marked ~).</p>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void summary(StringBuilder h, FileProfile p) {
    h.append("<table class=\"summary\">\n");
    summaryRow(h, "Size", Format.bytes(p.sizeBytes()));
    summaryRow(h, "Rows", Format.count(p.rows()));
    summaryRow(h, "Columns", p.columns().size() + " (" + p.mappedFields().size() + " mapped)");
    summaryRow(h, "Mapped fields", String.join(", ", p.mappedFields()));
    summaryRow(h, "Encoding", p.encoding());
    summaryRow(h, "Separator", "\"" + p.separator() + "\"");
    summaryRow(h, "Completeness", Format.percent(p.completeness()) + " of all cells");
    summaryRow(h, "Bad rows", Format.count(p.badRows()));
    StringBuilder dup = new StringBuilder(Format.count(p.duplicates().records()) + " records share a key");
    for (DuplicateKeyCount key : p.duplicates().keys()) {
      dup.append("; ").append(key.name()).append(": ").append(Format.count(key.records()));
    }
    summaryRow(h, "Likely duplicates", dup.toString());
    h.append("</table>\n");
  }

  private static void summaryRow(StringBuilder h, String label, String value) {
    h.append("<tr><td>").append(escape(label)).append("</td><td>").append(escape(value)).append("</td></tr>\n");
  }

  private static void completenessChart(StringBuilder h, List<ColumnProfile> columns) {
    int rowHeight = 18;
    int label = 180;
    int bar = 400;
    int height = columns.size() * rowHeight + 4;
    h.append("<svg role=\"img\" aria-label=\"completeness per column\" width=\"").append(label + bar + 60)
        .append("\" height=\"").append(height).append("\">\n");
    for (int i = 0; i < columns.size(); i++) {
      ColumnProfile c = columns.get(i);
      int y = i * rowHeight + 2;
      double ratio = c.completeness();
      h.append("<text x=\"").append(label - 6).append("\" y=\"").append(y + 12)
          .append("\" text-anchor=\"end\">").append(escape(shorten(c.header(), 28))).append("</text>")
          .append("<rect x=\"").append(label).append("\" y=\"").append(y).append("\" width=\"").append(bar)
          .append("\" height=\"14\" fill=\"#f2f4f7\"/>")
          .append("<rect x=\"").append(label).append("\" y=\"").append(y).append("\" width=\"")
          .append(Math.round(bar * ratio)).append("\" height=\"14\" fill=\"")
          .append(ratio >= 0.95 ? "#12b76a" : ratio >= 0.5 ? "#f79009" : "#f04438").append("\"/>")
          .append("<text x=\"").append(label + bar + 6).append("\" y=\"").append(y + 12).append("\">")
          .append(Format.percent(ratio)).append("</text>\n");
    }
    h.append("</svg>\n");
  }

  private static void overview(StringBuilder h, List<ColumnProfile> columns) {
    h.append("<table>\n<tr><th>Column</th><th>Field</th><th>Role</th><th>Source</th><th class=\"n\">Filled</th>"
        + "<th class=\"n\">Missing</th><th class=\"n\">Distinct</th><th class=\"n\">Unique</th>"
        + "<th class=\"n\">Valid</th><th>Length</th></tr>\n");
    for (ColumnProfile c : columns) {
      h.append("<tr><td>").append(escape(c.header())).append("</td><td>")
          .append(escape(c.field().orElse("-"))).append("</td><td>")
          .append(escape(c.role().map(Role::id).orElse("-"))).append("</td><td>")
          .append(c.mapping().source().name().toLowerCase(Locale.ROOT)).append("</td><td class=\"n\">")
          .append(Format.percent(c.completeness())).append("</td><td class=\"n\">")
          .append(Format.count(c.missing())).append("</td><td class=\"n\">")
          .append(Format.distinct(c.distinct())).append("</td><td class=\"n\">")
          .append(Format.percent(c.uniqueness())).append("</td><td class=\"n\">")
          .append(c.validity().map(Format::percent).orElse("-")).append("</td><td>")
          .append(c.lengths().min()).append('–').append(c.lengths().max())
          .append(String.format(Locale.ROOT, " (mean %.1f)", c.lengths().mean())).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void card(StringBuilder h, ColumnProfile c) {
    h.append("<section class=\"card\">\n<h3>").append(escape(c.header())).append(' ');
    if (c.field().isPresent()) {
      h.append("<span class=\"tag\">").append(escape(c.field().get())).append(" · ")
          .append(escape(c.role().map(Role::id).orElse(""))).append("</span>");
    } else {
      h.append("<span class=\"tag none\">unmapped</span>");
    }
    h.append("</h3>\n");
    meter(h, "Filled", c.completeness(), "#12b76a");
    c.validity().ifPresent(v -> meter(h, "Valid", v, "#2e90fa"));
    if (!c.missingForms().isEmpty()) {
      h.append("<p class=\"muted\">Missing placeholders: ");
      for (ValueCount v : c.missingForms()) {
        h.append("<code>").append(escape(v.value())).append("</code> ×").append(Format.count(v.count())).append(' ');
      }
      h.append("</p>\n");
    }
    if (!c.topValues().isEmpty()) {
      h.append("<p class=\"muted\">Top values").append(c.topValuesComplete() ? "" : " (among the first values seen)")
          .append("</p>\n");
      bars(h, c.topValues(), "#7a5af8");
    }
    if (!c.topPatterns().isEmpty()) {
      h.append("<p class=\"muted\">Patterns</p>\n");
      bars(h, c.topPatterns(), "#0ba5ec");
    }
    if (!c.invalidExamples().isEmpty()) {
      h.append("<p class=\"muted\">Invalid examples</p>\n<table>\n");
      for (InvalidExample e : c.invalidExamples()) {
        h.append("<tr><td><code>").append(escape(e.value())).append("</code></td><td>")
            .append(escape(e.problem())).append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    h.append("</section>\n");
  }

  private static void meter(StringBuilder h, String label, double ratio, String color) {
    h.append("<svg role=\"img\" aria-label=\"").append(label).append(' ').append(Format.percent(ratio))
        .append("\" width=\"").append(CHART_WIDTH).append("\" height=\"18\"><text x=\"0\" y=\"13\">")
        .append(label).append("</text><rect x=\"60\" y=\"3\" width=\"200\" height=\"12\" fill=\"#f2f4f7\"/>")
        .append("<rect x=\"60\" y=\"3\" width=\"").append(Math.round(200 * ratio))
        .append("\" height=\"12\" fill=\"").append(color).append("\"/><text x=\"268\" y=\"13\">")
        .append(Format.percent(ratio)).append("</text></svg>\n");
  }

  private static void bars(StringBuilder h, List<ValueCount> values, String color) {
    long max = values.stream().mapToLong(ValueCount::count).max().orElse(1);
    int rowHeight = 16;
    h.append("<svg role=\"img\" width=\"").append(CHART_WIDTH).append("\" height=\"")
        .append(values.size() * rowHeight + 2).append("\">\n");
    for (int i = 0; i < values.size(); i++) {
      ValueCount v = values.get(i);
      int y = i * rowHeight;
      h.append("<text x=\"0\" y=\"").append(y + 12).append("\">").append(escape(shorten(v.value(), 22)))
          .append("</text><rect x=\"150\" y=\"").append(y + 3).append("\" width=\"")
          .append(Math.max(1, Math.round(130.0 * v.count() / max))).append("\" height=\"10\" fill=\"")
          .append(color).append("\"/><text x=\"286\" y=\"").append(y + 12).append("\">")
          .append(Format.count(v.count())).append("</text>\n");
    }
    h.append("</svg>\n");
  }

  private static String shorten(String text, int max) {
    String line = text.replace('\n', ' ').replace('\r', ' ');
    return DisplayWidth.of(line) <= max ? line : DisplayWidth.fit(line, max).strip();
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
