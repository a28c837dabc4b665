package dev.golden.synth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyntheticRecordTest {

  @Test
  void anEntryFormSendsTheFilledFieldsByDictionaryNameWithoutTheRecordId() {
    SyntheticRecord record = new SyntheticRecord("r7", "Wei", "Zhang", "", "zhang.wei@163.com", "", "", "北京", "", "",
        "CN", "1980-05-06", "crm", 3, 1);

    assertThat(record.fields()).containsExactly(
        java.util.Map.entry("given_name", "Wei"),
        java.util.Map.entry("family_name", "Zhang"),
        java.util.Map.entry("email", "zhang.wei@163.com"),
        java.util.Map.entry("city", "北京"),
        java.util.Map.entry("country", "CN"),
        java.util.Map.entry("date_of_birth", "1980-05-06"),
        java.util.Map.entry("source_system", "crm"));
  }
}
