package dev.golden.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("How pages call a customer")
class NamesTest {

  @Test
  @DisplayName("a Chinese name is family name first without a space, a Latin one given name first")
  void nameOrder() {
    assertThat(Names.of(1, Map.of("given_name", "丽", "family_name", "陆"))).isEqualTo("陆丽");
    assertThat(Names.of(2, Map.of("given_name", "Margaret", "family_name", "Scott"))).isEqualTo("Margaret Scott");
    assertThat(Names.of(3, Map.of("given_name", "Wei", "family_name", "张"))).isEqualTo("Wei 张");
  }

  @Test
  @DisplayName("a full name or a company name is used as it is; with no name the customer number")
  void fallbacks() {
    assertThat(Names.of(4, Map.of("full_name", "欧阳娜娜", "given_name", "娜娜"))).isEqualTo("欧阳娜娜");
    assertThat(Names.of(5, Map.of("company_name", "上海华联商厦有限公司"))).isEqualTo("上海华联商厦有限公司");
    assertThat(Names.of(6, Map.of("phone", "+8613800000000"))).isEqualTo("#6");
  }
}
