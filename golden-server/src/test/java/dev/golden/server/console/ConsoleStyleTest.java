package dev.golden.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The style sheet's palette is readable (WCAG AA, 4.5:1 for text)")
class ConsoleStyleTest {

  private static final Pattern VARIABLE = Pattern.compile("--([a-z-]+):\\s*#([0-9a-fA-F]{6});");

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({"ink, paper", "ink, panel", "muted, paper", "muted, panel", "accent, paper", "accent, panel",
      "accent-ink, accent", "danger, paper", "success, paper", "ink, diff", "ink, stale", "ink, notice",
      "accent, notice"})
  void textContrast(String text, String background) throws IOException {
    Map<String, String> palette = palette();

    double ratio = contrast(palette.get(text), palette.get(background));

    assertThat(ratio).as("%s (#%s) on %s (#%s)", text, palette.get(text), background, palette.get(background))
        .isGreaterThanOrEqualTo(4.5);
  }

  private static Map<String, String> palette() throws IOException {
    try (InputStream in = ConsoleStyleTest.class.getResourceAsStream("static/console.css")) {
      Matcher m = VARIABLE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      Map<String, String> colours = new HashMap<>();
      while (m.find()) {
        colours.put(m.group(1), m.group(2));
      }
      return colours;
    }
  }

  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
}
