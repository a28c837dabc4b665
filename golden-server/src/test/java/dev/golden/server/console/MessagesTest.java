package dev.golden.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.FieldDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Message bundles: English and Simplified Chinese say the same things")
class MessagesTest {

  private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("\\b[tf]\\(\"([a-zA-Z]+\\.[a-zA-Z.]+[a-zA-Z])\"");

  @Test
  @DisplayName("both bundles have exactly the same keys, none of them empty")
  void sameKeys() {
    Properties english = bundle("messages.properties");
    Properties chinese = bundle("messages_zh_CN.properties");

    assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    assertThat(english.values()).allSatisfy(v -> assertThat((String) v).isNotBlank());
    assertThat(chinese.values()).allSatisfy(v -> assertThat((String) v).isNotBlank());
  }

  @Test
  @DisplayName("the Chinese bundle is read as UTF-8 and is really Chinese")
  void chineseIsChinese() {
    assertThat(Messages.of(Language.SIMPLIFIED_CHINESE).get("signin.title")).isEqualTo("登录");
    assertThat(Messages.of(Language.SIMPLIFIED_CHINESE).format("reviews.intro", 1234)).contains("1,234");
    assertThat(Messages.of(Language.ENGLISH).get("signin.title")).isEqualTo("Sign in");
  }

  @Test
  @DisplayName("every key a template or page asks for exists")
  void everyUsedKeyExists() throws IOException {
    Properties english = bundle("messages.properties");
    Set<String> used = new TreeSet<>();
    for (Path folder : new Path[] {Path.of("src/main/jte"), Path.of("src/main/java/dev/golden/server/console")}) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.toList()) {
          Matcher key = KEY_IN_TEMPLATE.matcher(Files.readString(file, StandardCharsets.UTF_8));
          while (key.find()) {
            used.add(key.group(1));
          }
        }
      }
    }
    ConsoleRoutes.NAVIGATION.forEach(d -> used.add(d.labelKey()));

    assertThat(used).hasSizeGreaterThan(100);
    assertThat(english.stringPropertyNames()).containsAll(used);
  }

  @Test
  @DisplayName("every field of the dictionary has a label in both languages")
  void fieldLabels() {
    for (FieldDefinition field : DataDictionary.defaults().fields()) {
      for (Language language : Language.values()) {
        assertThat(Messages.of(language).field(field.name())).as(field.name()).isNotEqualTo(field.name());
      }
    }
  }

  private static Properties bundle(String name) {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
