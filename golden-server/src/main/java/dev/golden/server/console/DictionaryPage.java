package dev.golden.server.console;

import dev.golden.dictionary.FieldDefinition;
import dev.golden.server.hub.Hub;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/** The data dictionary as people read it: every field's meaning, rules, protection and freshness. */
final class DictionaryPage {

  record Row(String name, String label, String role, String definition, String type, boolean required,
      String picklist, String pattern, boolean isProtected, String freshFor, String survivorship) {}

  record View(Chrome chrome, String name, int version, String missingValue, List<Row> rows) {}

  private final Pages pages;
  private final Hub hub;

  DictionaryPage(Pages pages, Hub hub) {
    this.pages = pages;
    this.hub = hub;
  }

  void show(Context ctx) {
    Chrome chrome = pages.chrome(ctx, "dictionary.title");
    var dictionary = hub.standardization().dictionary();
    List<Row> rows = dictionary.fields().stream().map(f -> row(chrome, f)).toList();
    pages.render(ctx, "dictionary.jte", new View(chrome, dictionary.name(), dictionary.version(),
        dictionary.missingValue(), rows));
  }

  private static Row row(Chrome chrome, FieldDefinition f) {
    return new Row(f.name(), chrome.field(f.name()), f.role().name().toLowerCase(Locale.ROOT), f.definition(),
        f.type().name().toLowerCase(Locale.ROOT), f.required(), String.join(", ", f.picklist()), f.validationPattern(),
        f.protectedField(), f.freshFor().isZero() ? "" : f.freshFor().toString(),
        f.survivorship().name().toLowerCase(Locale.ROOT));
  }
}
