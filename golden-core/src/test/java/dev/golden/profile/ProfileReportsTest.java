package dev.golden.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golden.dictionary.DataDictionary;
import dev.golden.io.CsvOptions;
import dev.golden.standardize.Standardization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileReportsTest {
  @TempDir Path dir;
  private FileProfile profile;

  @BeforeEach
  void profileCustomers() throws IOException {
    Path file = dir.resolve("customers.csv");
    Files.writeString(file, ProfilerTest.CUSTOMERS
        + "5,<script>alert('x')</script>,e@example.com,+8613700000000,上海市浦东新区张江高科技园区,green\n");
    profile = Profiler.of(Standardization.of(DataDictionary.defaults()))
        .profile(file, CsvOptions.defaults(), Map.of());
  }

  @Test
  @DisplayName("JSON uses snake_case names and gives every column its role (null when unmapped)")
  void json() throws IOException {
    JsonNode root = new ObjectMapper().readTree(ProfileJson.write(profile));
    assertThat(root.path("rows").asLong()).isEqualTo(5);
    assertThat(root.path("encoding").asText()).isEqualTo("UTF-8");
    assertThat(root.path("likely_duplicates").path("records").asLong()).isEqualTo(3);
    JsonNode columns = root.path("columns");
    assertThat(columns).hasSize(6);
    columns.forEach(c -> assertThat(c.has("role")).as(c.path("header").asText()).isTrue());
    assertThat(columns.get(3).path("role").asText()).isEqualTo("phone");
    assertThat(columns.get(5).path("role").isNull()).isTrue();
    assertThat(columns.get(4).path("missing").asLong()).isEqualTo(3);
    assertThat(columns.get(3).path("top_patterns").get(0).path("pattern").asText()).isEqualTo("+9999999999999");
  }

  @Test
  @DisplayName("the text table fits 120 cells even with double-width Chinese values")
  void text() {
    String text = ProfileText.write(profile);
    assertThat(text).contains("Rows          5", "phone", "Duplicates    3 records");
    String[] lines = text.split("\n");
    int tableStart = 0;
    while (!lines[tableStart].startsWith("COLUMN")) {
      tableStart++;
    }
    int width = DisplayWidth.of(lines[tableStart]);
    for (int i = tableStart; i <= tableStart + profile.columns().size(); i++) {
      assertThat(DisplayWidth.of(lines[i])).as(lines[i]).isLessThanOrEqualTo(120);
    }
    assertThat(width).isGreaterThan(100);
  }

  @Test
  @DisplayName("Chinese characters take two terminal cells")
  void displayWidth() {
    assertThat(DisplayWidth.of("张伟 Li")).isEqualTo(7);
    assertThat(DisplayWidth.fit("张伟", 6)).isEqualTo("张伟  ");
    assertThat(DisplayWidth.of(DisplayWidth.fit("上海市浦东新区张江高科技园区", 9))).isEqualTo(9);
  }

  @Test
  @DisplayName("HTML is one self-contained UTF-8 page that escapes every value")
  void html() {
    String html = ProfileHtml.write(profile);
    assertThat(html).contains("<meta charset=\"utf-8\">", "<svg", "<style>");
    assertThat(html).doesNotContain("<script", "src=\"http", "href=\"http");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)");
    assertThat(html).contains("上海市浦东新区");
  }
}
