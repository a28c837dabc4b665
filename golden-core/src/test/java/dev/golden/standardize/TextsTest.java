package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  @DisplayName("NFKC folds full-width forms and leaves ASCII and unified Han text as it is")
  void nfkc() {
    assertThat(Texts.nfkc("１２３ ＡＢＣ")).isEqualTo("123 ABC");
    assertThat(Texts.nfkc("丰台区幸福路１２０号")).isEqualTo("丰台区幸福路120号");
    assertThat(Texts.nfkc("北京市朝阳区建国路88号")).isSameAs(Texts.nfkc("北京市朝阳区建国路88号"));
    assertThat(Texts.nfkc("ﬁ")).isEqualTo("fi");
    assertThat(Texts.nfkc("e\u0301")).isEqualTo("é");
  }

  @Test
  @DisplayName("The characters NFKC is skipped for are each their own NFKC form")
  void skippedCharactersAreStable() {
    List<Character> changed = new ArrayList<>();
    for (char c = 0; c < 0x80; c++) {
      check(c, changed);
    }
    for (char c = 0x3400; c <= 0x4DBF; c++) {
      check(c, changed);
    }
    for (char c = 0x4E00; c <= 0x9FFF; c++) {
      check(c, changed);
    }
    assertThat(changed).isEmpty();
  }

  private static void check(char c, List<Character> changed) {
    String text = String.valueOf(c);
    if (!Normalizer.normalize(text, Normalizer.Form.NFKC).equals(text)
        || !Normalizer.normalize(text + 'a' + text, Normalizer.Form.NFKC).equals(text + 'a' + text)) {
      changed.add(c);
    }
  }

  @Test
  @DisplayName("Collapsing white space trims and keeps single spaces, whatever kind of white space came in")
  void collapseWhitespace() {
    assertThat(Texts.collapseWhitespace("  33  Bourke\tLn ")).isEqualTo("33 Bourke Ln");
    assertThat(Texts.collapseWhitespace("张\u3000伟")).isEqualTo("张 伟");
    assertThat(Texts.collapseWhitespace("a\u00A0b")).isEqualTo("a b");
    assertThat(Texts.collapseWhitespace("")).isEmpty();
    assertThat(Texts.collapseWhitespace(" ")).isEmpty();
    String collapsed = "180 Elm Street";
    assertThat(Texts.collapseWhitespace(collapsed)).isSameAs(collapsed);
  }

  @Test
  @DisplayName("Collapsing white space agrees with a plain rewrite on random texts")
  void collapseWhitespaceAgreesWithRewrite() {
    String alphabet = "ab 张\t\n\u3000\u00A0\u001C\u2007\u000B.";
    Random random = new Random(5);
    for (int i = 0; i < 100_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int length = random.nextInt(8); length > 0; length--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(Texts.collapseWhitespace(text.toString())).isEqualTo(rewritten(text.toString()));
    }
  }

  private static String rewritten(String text) {
    StringBuilder out = new StringBuilder();
    for (String word : text.split("[\\s\\p{Zs}\\u001C-\\u001F\\u2028\\u2029]+")) {
      if (!word.isEmpty()) {
        out.append(out.length() > 0 ? " " : "").append(word);
      }
    }
    return out.toString();
  }
}
