package dev.golden.profile;

import dev.golden.dictionary.Role;
import dev.golden.io.CsvProblem;
import java.util.Locale;

/**
 * A profile as a fixed-width terminal report (about 118 cells wide; Chinese characters count
 * double): the summary, one table line per column, then invalid examples and bad rows.
 */
public final class ProfileText {
  private static final int[] WIDTHS = {15, 14, 14, 6, 8, 10, 6, 6, 16, 14};
  private static final String[] HEADINGS = {
    "COLUMN", "FIELD", "ROLE", "FILLED", "MISSING", "DISTINCT", "UNIQUE", "VALID", "TOP VALUE", "TOP PATTERN"
  };
  private static final boolean[] NUMERIC = {false, false, false, true, true, true, true, true, false, false};

  private ProfileText() {}

  public static String write(FileProfile p) {
    StringBuilder out = new StringBuilder();
    out.append("File          ").append(p.file()).append("  (").append(Format.bytes(p.sizeBytes())).append(")\n");
    out.append("Rows          ").append(Format.count(p.rows())).append("   Columns ").append(p.columns().size())
        .append("   Bad rows ").append(Format.count(p.badRows())).append('\n');
    out.append("Encoding      ").append(p.encoding()).append("   Separator \"").append(p.separator()).append("\"\n");
    out.append("Mapped        ").append(p.mappedFields().size()).append(" of ").append(p.columns().size())
        .append(" columns: ").append(String.join(", ", p.mappedFields())).append('\n');
    out.append("Completeness  ").append(Format.percent(p.completeness())).append(" of all cells\n");
    out.append("Duplicates    ").append(Format.count(p.duplicates().records()))
        .append(" records share an exact standardized key with another record\n");
    for (DuplicateKeyCount key : p.duplicates().keys()) {
      out.append("              ").append(DisplayWidth.fit(key.name(), 20))
          .append(DisplayWidth.right(Format.count(key.records()), 9)).append(" records in ")
          .append(Format.count(key.groups())).append(" groups\n");
    }
    out.append('\n');
    row(out, HEADINGS);
    for (ColumnProfile c : p.columns()) {
      String top = c.topValues().isEmpty() ? ""
          : c.topValues().get(0).value() + " (" + Format.count(c.topValues().get(0).count()) + ")";
      row(out, new String[] {
        c.header(),
        c.field().orElse("-"),
        c.role().map(Role::id).orElse("-"),
        Format.percent(c.completeness()),
        Format.count(c.missing()),
        Format.distinct(c.distinct()),
        Format.percent(c.uniqueness()),
        c.validity().map(Format::percent).orElse("-"),
        top,
        c.topPatterns().isEmpty() ? "" : c.topPatterns().get(0).value()
      });
    }
    boolean anyInvalid = p.columns().stream().anyMatch(c -> !c.invalidExamples().isEmpty());
    if (anyInvalid) {
      out.append("\nInvalid values (first examples)\n");
      for (ColumnProfile c : p.columns()) {
        for (InvalidExample e : c.invalidExamples()) {
          out.append("  ").append(DisplayWidth.fit(c.header(), 16)).append(' ')
              .append(DisplayWidth.fit(e.value(), 30)).append(' ').append(e.problem()).append('\n');
        }
      }
    }
    if (p.badRows() > 0) {
      out.append("\nBad rows (").append(Format.count(p.badRows())).append(", skipped)\n");
      for (CsvProblem problem : p.badRowExamples()) {
        out.append("  ").append(problem).append('\n');
      }
    }
    out.append(String.format(Locale.ROOT,
        "%nDistinct counts are exact up to %s values per column; above that they are estimated (~).%n",
        Format.count(p.distinctCap())));
    return out.toString();
  }

  private static void row(StringBuilder out, String[] cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.append(' ');
      }
      String cell = NUMERIC[i] ? DisplayWidth.right(cells[i], WIDTHS[i]) : DisplayWidth.fit(cells[i], WIDTHS[i]);
      out.append(i == cells.length - 1 ? cell.stripTrailing() : cell);
    }
    out.append('\n');
  }
}
