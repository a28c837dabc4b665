package dev.golden.server.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.golden.server.http.Json;
import java.util.List;

/**
 * Chart data for {@code console.js}, which draws it with Chart.js: labels and one or more series,
 * as JSON in a {@code data-chart} attribute (no inline script).
 */
final class Charts {

  /** One named series of values, one per label. */
  record Series(String label, List<Double> values) {}

  record Data(List<String> labels, List<Series> series) {}

  private Charts() {}

  static String json(List<String> labels, List<Series> series) {
    try {
      return Json.mapper().writeValueAsString(new Data(labels, series));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
