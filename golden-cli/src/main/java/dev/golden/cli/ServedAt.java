package dev.golden.cli;

import java.net.URI;
import java.util.List;

/** Where a started server can be reached, as {@code serve} and {@code demo} print it. */
record ServedAt(URI base) {

  URI console() {
    return base.resolve("/console");
  }

  URI api() {
    return base.resolve("/api");
  }

  URI apiDescription() {
    return base.resolve("/api/openapi.json");
  }

  /** The console's address beside the API's, one line each. */
  List<String> lines() {
    return List.of(
        "  Console: " + console() + "  (steward pages, in a browser)",
        "  API:     " + api() + "  (described at " + apiDescription() + ")");
  }
}
