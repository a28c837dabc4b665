package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.FieldDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A sanity figure, not a benchmark: prints how long 100,000 mixed names, phones and companies take.
 * Run with {@code -Dgolden.throughput=true}; it asserts nothing about time.
 */
@EnabledIfSystemProperty(named = "golden.throughput", matches = "true")
class StandardizerThroughputTest {
  private static final int COUNT = 100_000;
  private static final String[] LATIN_GIVEN = {"Robert", "Bob", "Mary", "Peggy", "José", "Liz", "John", "Anne"};
  private static final String[] LATIN_FAMILY = {"Smith", "O'Brien", "Müller", "Taylor", "Nguyen", "García"};
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙馬朱胡郭何高林羅鄭欧阳司马单曾";
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英華國";
  private static final String[] PINYIN = {"Zhang Wei", "Wei Zhang", "LI Ming", "Xiaoming Li", "Wang, Fang"};

  @Test
  void personNames() {
    Standardization standardization = Standardization.of(DataDictionary.defaults());
    FieldDefinition field = standardization.dictionary().field("full_name").orElseThrow();
    List<String> names = names(new Random(42));
    FieldDefinition company = standardization.dictionary().field("company_name").orElseThrow();
    FieldDefinition phone = standardization.dictionary().field("phone").orElseThrow();
    List<String> companies = companies(new Random(7));
    List<String> phones = phones(new Random(3));
    for (String round : List.of("cold", "warm")) {
      run("person names, " + round, standardization, field, names);
      run("company names, " + round, standardization, company, companies);
      run("phones, " + round, standardization, phone, phones);
    }
  }

  private static void run(String what, Standardization s, FieldDefinition field, List<String> values) {
    long start = System.nanoTime();
    int present = 0;
    for (String value : values) {
      if (!s.standardize(field, value).isMissing()) {
        present++;
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("%,d %s in %,d ms (%,.0f per second, one thread)%n",
        values.size(), what, millis, values.size() * 1000.0 / Math.max(millis, 1));
    assertThat(present).isEqualTo(values.size());
  }

  private static List<String> names(Random random) {
    List<String> names = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      switch (i % 4) {
        case 0 -> names.add("Dr. " + pick(random, LATIN_GIVEN) + " " + pick(random, LATIN_FAMILY));
        case 1 -> names.add(pick(random, LATIN_FAMILY) + ", " + pick(random, LATIN_GIVEN) + " J.");
        case 2 -> names.add("" + SURNAMES.charAt(random.nextInt(SURNAMES.length()))
            + GIVEN.charAt(random.nextInt(GIVEN.length())) + GIVEN.charAt(random.nextInt(GIVEN.length())));
        default -> names.add(pick(random, PINYIN));
      }
    }
    return names;
  }

  private static List<String> companies(Random random) {
    String[] forms = {" Co., Ltd.", " Inc.", "有限公司", " GmbH", "股份有限公司", " Pty Ltd"};
    String[] cores = {"北京华为技术", "Acme", "The Procter & Gamble", "深圳市腾讯计算机系统", "Siemens"};
    List<String> names = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      names.add(pick(random, cores) + pick(random, forms));
    }
    return names;
  }

  private static List<String> phones(Random random) {
    List<String> phones = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      phones.add(String.format("138-%04d-%04d", random.nextInt(10_000), random.nextInt(10_000)));
    }
    return phones;
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
