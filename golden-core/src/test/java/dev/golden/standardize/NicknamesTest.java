package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import dev.golden.dictionary.DataDictionary;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class NicknamesTest {
  @Test
  void shippedTableKnowsCommonNicknames() {
    Nicknames nicknames = Nicknames.defaults();
    assertThat(nicknames.formalOf("bob")).isEqualTo("robert");
    assertThat(nicknames.formalOf("bill")).isEqualTo("william");
    assertThat(nicknames.formalOf("liz")).isEqualTo("elizabeth");
    assertThat(nicknames.formalOf("peggy")).isEqualTo("margaret");
    assertThat(nicknames.formalOf("robert")).isEqualTo("robert");
    assertThat(nicknames.size()).isGreaterThan(300);
  }

  @Test
  void nicknamesOfBothSexesAreLeftAlone() {
    assertThat(Nicknames.defaults().formalOf("alex")).isEqualTo("alex");
    assertThat(Nicknames.defaults().formalOf("sam")).isEqualTo("sam");
  }

  @Test
  void ownTableReplacesTheShippedOne() throws IOException {
    Nicknames own = Nicknames.read(new StringReader("# mine\nBobo, Robert\n"));
    Standardization standardization =
        Standardization.of(DataDictionary.defaults(), own, Clock.systemUTC());
    var field = standardization.dictionary().field("full_name").orElseThrow();
    assertThat(standardization.standardize(field, "Bobo Smith").canonicalValue()).contains("robert smith");
    assertThat(standardization.standardize(field, "Bob Smith").canonicalValue()).contains("bob smith");
  }

  @Test
  void malformedTablesAreRejected() {
    assertThatIOException().isThrownBy(() -> Nicknames.read(new StringReader("bob\n")));
    assertThatIOException().isThrownBy(() -> Nicknames.read(new StringReader("bob,robert\nbob,roberto\n")));
  }
}
