package dev.golden.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.Role;
import dev.golden.io.CsvOptions;
import dev.golden.standardize.Standardization;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilerTest {
  static final String CUSTOMERS = """
      id,name,email,phone,city,favourite_colour
      1,Ann Lee,ann@example.com,+8613800138000,N/A,red
      2,Bob Wu,Ann@Example.com,+8613912345678,不详,red
      3,Cy Ho,cy@example.com,+8613800138000,-,blue
      4,Di Ma,di@example.com,12345,Beijing,
      """;

  @TempDir Path dir;
  private final Profiler profiler = Profiler.of(Standardization.of(DataDictionary.defaults()));

  private FileProfile profile(String content) throws IOException {
    return profile(content, StandardCharsets.UTF_8);
  }

  private FileProfile profile(String content, Charset charset) throws IOException {
    Path file = dir.resolve("customers.csv");
    Files.writeString(file, content, charset);
    return profiler.profile(file, CsvOptions.defaults(), Map.of());
  }

  private static ColumnProfile column(FileProfile profile, String header) {
    return profile.columns().stream().filter(c -> c.header().equals(header)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("placeholders such as N/A, 不详 and - count as missing, and are listed")
  void placeholdersAreMissing() throws IOException {
    ColumnProfile city = column(profile(CUSTOMERS), "city");
    assertThat(city.rows()).isEqualTo(4);
    assertThat(city.missing()).isEqualTo(3);
    assertThat(city.filled()).isEqualTo(1);
    assertThat(city.completeness()).isEqualTo(0.25);
    assertThat(city.missingForms()).extracting(ValueCount::value).containsExactlyInAnyOrder("N/A", "不详", "-");
  }

  @Test
  @DisplayName("columns are mapped to dictionary fields and roles from their headers")
  void mapping() throws IOException {
    FileProfile profile = profile(CUSTOMERS);
    assertThat(column(profile, "phone").role()).contains(Role.PHONE);
    assertThat(column(profile, "email").field()).contains("email");
    assertThat(column(profile, "favourite_colour").field()).isEmpty();
    assertThat(profile.mappedFields()).contains("customer_id", "full_name", "email", "phone", "city");
  }

  @Test
  @DisplayName("a phone column's validity counts values that are not phone numbers")
  void phoneValidity() throws IOException {
    ColumnProfile phone = column(profile(CUSTOMERS), "phone");
    assertThat(phone.checked()).isEqualTo(4);
    assertThat(phone.valid()).isEqualTo(3);
    assertThat(phone.validity()).hasValueSatisfying(v -> assertThat(v).isEqualTo(0.75));
    assertThat(phone.invalidExamples()).extracting(InvalidExample::value).containsExactly("12345");
    assertThat(phone.invalidExamples().get(0).problem()).isNotBlank();
  }

  @Test
  @DisplayName("an unmapped column is profiled but not validated")
  void unmappedColumn() throws IOException {
    ColumnProfile colour = column(profile(CUSTOMERS), "favourite_colour");
    assertThat(colour.validity()).isEmpty();
    assertThat(colour.missing()).isEqualTo(1);
    assertThat(colour.topValues()).containsExactly(new ValueCount("red", 2), new ValueCount("blue", 1));
    assertThat(colour.distinct()).isEqualTo(new DistinctCount(2, true));
    assertThat(colour.uniqueness()).isEqualTo(2.0 / 3);
  }

  @Test
  @DisplayName("records sharing an email or a phone are likely duplicates, each counted once")
  void duplicatesByEmailAndPhone() throws IOException {
    Duplicates duplicates = profile(CUSTOMERS).duplicates();
    assertThat(duplicates.keys()).filteredOn(k -> k.name().equals("email"))
        .singleElement().satisfies(k -> {
          assertThat(k.records()).isEqualTo(2);
          assertThat(k.groups()).isEqualTo(1);
        });
    assertThat(duplicates.keys()).filteredOn(k -> k.name().equals("phone"))
        .singleElement().satisfies(k -> assertThat(k.records()).isEqualTo(2));
    assertThat(duplicates.records()).isEqualTo(3);
  }

  @Test
  @DisplayName("name and date of birth make a key only when both are present")
  void nameAndBirthKey() throws IOException {
    FileProfile profile = profile("""
        first_name,surname,dob
        Ann,Lee,1980-01-02
        ann,lee,1980-01-02
        Ann,Lee,
        Bob,Wu,1990-05-06
        """);
    DuplicateKeyCount key = profile.duplicates().keys().stream()
        .filter(k -> k.name().equals("name+date_of_birth")).findFirst().orElseThrow();
    assertThat(key.fields()).containsExactly("given_name", "family_name", "date_of_birth");
    assertThat(key.records()).isEqualTo(2);
  }

  @Test
  @DisplayName("top values, patterns and lengths describe the values' shapes")
  void shapes() throws IOException {
    ColumnProfile name = column(profile(CUSTOMERS), "name");
    assertThat(name.topPatterns()).containsExactly(new ValueCount("Aa Aa", 4));
    assertThat(name.lengths()).isEqualTo(new LengthStats(5, 7, 5.75));
    ColumnProfile phone = column(profile(CUSTOMERS), "phone");
    assertThat(phone.topPatterns()).containsExactly(
        new ValueCount("+9999999999999", 3), new ValueCount("99999", 1));
    assertThat(phone.topValues().get(0)).isEqualTo(new ValueCount("+8613800138000", 2));
  }

  @Test
  @DisplayName("distinct values are counted both raw and after standardization")
  void distinctRawAndCanonical() throws IOException {
    ColumnProfile city = column(profile("id,city\n1,Boston\n2,New York\n3,New  York\n4,Boston\n"), "city");
    assertThat(city.distinct()).isEqualTo(new DistinctCount(3, true));
    assertThat(city.distinctCanonical()).isEqualTo(new DistinctCount(2, true));
  }

  @Test
  @DisplayName("a GBK file is profiled with its Chinese headers mapped")
  void gbkFile() throws IOException {
    FileProfile profile = profile("姓名,手机,城市\n张伟,+8613800138000,北京\n王芳,+8613912345678,暂无\n",
        Charset.forName("GBK"));
    assertThat(profile.encoding()).isEqualTo("GB18030");
    assertThat(column(profile, "姓名").field()).contains("full_name");
    assertThat(column(profile, "城市").missing()).isEqualTo(1);
    assertThat(column(profile, "姓名").topPatterns()).containsExactly(new ValueCount("汉", 2));
  }

  @Test
  @DisplayName("malformed rows are skipped and listed with their line number")
  void badRows() throws IOException {
    FileProfile profile = profile("id,name\n1,Ann\n2,Bob,extra\n3,Cy\n");
    assertThat(profile.rows()).isEqualTo(2);
    assertThat(profile.badRows()).isEqualTo(1);
    assertThat(profile.badRowExamples()).extracting(Object::toString)
        .containsExactly("line 3: 3 fields, header has 2");
  }

  @Test
  @DisplayName("above the distinct cap, distinct counts become estimates")
  void distinctEstimate() throws IOException {
    StringBuilder csv = new StringBuilder("code\n");
    for (int i = 0; i < 5000; i++) {
      csv.append("C").append(i).append('\n');
    }
    Path file = dir.resolve("codes.csv");
    Files.writeString(file, csv);
    FileProfile profile = profiler.withDistinctCap(100).profile(file, CsvOptions.defaults(), Map.of());
    DistinctCount distinct = profile.columns().get(0).distinct();
    assertThat(distinct.exact()).isFalse();
    assertThat((double) distinct.value()).isCloseTo(5000, within(150.0));
  }

  @Test
  @DisplayName("an explicit mapping wins over the header, and progress is reported")
  void explicitMappingAndProgress() throws IOException {
    Path file = dir.resolve("x.csv");
    Files.writeString(file, CUSTOMERS);
    List<Long> progress = new ArrayList<>();
    FileProfile profile = profiler.withProgress(progress::add)
        .profile(file, CsvOptions.defaults(), Map.of("favourite_colour", "notes"));
    assertThat(column(profile, "favourite_colour").field()).contains("notes");
    assertThat(progress).isNotEmpty().last().isEqualTo(Files.size(file));
  }
}
