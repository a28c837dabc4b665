package dev.golden.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The hand-written word lists the generator draws from (names, places, trades), loaded once from
 * {@code src/main/resources/dev/golden/synth}. Lists are ordered from most to least common.
 */
final class Vocabulary {
  record HanWord(String han, String pinyin) {}

  record LatinGiven(String name, boolean female) {}

  record ChineseCity(String city, String province, String postcodePrefix, String areaCode, List<String> districts) {}

  record LatinCity(Culture culture, String city, String region, List<String> postcodeStems, String areaCode) {}

  static final Vocabulary INSTANCE = new Vocabulary();

  final WeightedList<String> latinFamilyNames = new WeightedList<>(lines("en-family.txt", l -> l), 12);
  final WeightedList<LatinGiven> latinGivenNames = new WeightedList<>(
      lines("en-given.txt", l -> new LatinGiven(field(l, 0), field(l, 1).equals("f"))), 14);
  final Map<String, List<String>> nicknames = nicknames();
  final WeightedList<HanWord> chineseFamilyNames = new WeightedList<>(lines("zh-family.txt", Vocabulary::hanWord), 5);
  final WeightedList<HanWord> chineseGivenNames = new WeightedList<>(lines("zh-given.txt", Vocabulary::hanWord), 10);
  final WeightedList<ChineseCity> chineseCities = new WeightedList<>(lines("zh-cities.txt", l -> new ChineseCity(
      field(l, 0), field(l, 1), field(l, 2), field(l, 3), Arrays.asList(field(l, 4).split(",")))), 3);
  final WeightedList<String> chineseRoads = new WeightedList<>(lines("zh-roads.txt", l -> l), 8);
  final WeightedList<HanWord> chineseCompanyWords = new WeightedList<>(lines("zh-company-words.txt", Vocabulary::hanWord), 10);
  final WeightedList<String> chineseCompanyTrades = new WeightedList<>(lines("zh-company-trades.txt", l -> l), 4);
  final Map<Culture, WeightedList<LatinCity>> latinCities = latinCities();
  final Map<String, ChineseCity> chineseCityByName = byName(chineseCities.items(), ChineseCity::city);
  final Map<String, LatinCity> latinCityByName = byName(
      latinCities.values().stream().flatMap(l -> l.items().stream()).toList(), LatinCity::city);
  final Map<Character, Character> traditional = traditional();
  final WeightedList<String> latinStreets = new WeightedList<>(lines("en-streets.txt", l -> l), 8);
  final WeightedList<String> latinCompanyWords = new WeightedList<>(lines("en-company-words.txt", l -> l), 10);
  final WeightedList<String> latinCompanyTrades = new WeightedList<>(lines("en-company-trades.txt", l -> l), 4);

  private Vocabulary() {}

  private static HanWord hanWord(String line) {
    return new HanWord(field(line, 0), field(line, 1));
  }

  private static Map<String, List<String>> nicknames() {
    Map<String, List<String>> result = new HashMap<>();
    for (String line : lines("en-nicknames.txt", l -> l)) {
      result.put(field(line, 0), List.of(field(line, 1).split(",")));
    }
    return Map.copyOf(result);
  }

  private static Map<Culture, WeightedList<LatinCity>> latinCities() {
    Map<Culture, List<LatinCity>> byCulture = new LinkedHashMap<>();
    for (String line : lines("en-cities.txt", l -> l)) {
      Culture culture = Culture.valueOf(field(line, 0));
      byCulture.computeIfAbsent(culture, c -> new ArrayList<>()).add(new LatinCity(
          culture, field(line, 1), field(line, 2), Arrays.asList(field(line, 3).split(",")), field(line, 4)));
    }
    Map<Culture, WeightedList<LatinCity>> result = new HashMap<>();
    byCulture.forEach((culture, cities) -> result.put(culture, new WeightedList<>(cities, 4)));
    return Map.copyOf(result);
  }

  private static Map<Character, Character> traditional() {
    Map<Character, Character> result = new HashMap<>();
    for (String line : lines("zh-traditional.txt", l -> l)) {
      result.put(field(line, 0).charAt(0), field(line, 1).charAt(0));
    }
    return Map.copyOf(result);
  }

  private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
    Map<String, T> result = new HashMap<>();
    items.forEach(item -> result.put(name.apply(item), item));
    return Map.copyOf(result);
  }

  private static String field(String line, int index) {
    String[] fields = line.split("\\|", -1);
    return fields[index].strip();
  }

  private static <T> List<T> lines(String resource, Function<String, T> parser) {
    try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing word list " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<T> items = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          items.add(parser.apply(trimmed));
        }
      }
      return items;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
