package dev.golden.match;

import static dev.golden.record.Attribute.*;

import dev.golden.block.BlockingRule;
import dev.golden.compare.Comparison;
import dev.golden.record.Attribute;
import dev.golden.record.RecordTable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The comparisons and blocking rules Golden chooses on its own from the attributes the records
 * have: zero configuration for the common case. Attributes that too few records have are left out.
 */
public final class DefaultSettings {
  /** Attributes filled in fewer records than this share are not compared. */
  static final double MIN_FILL_RATE = 0.02;

  /** Blocks above this size are compared within a sliding window, not all-to-all. */
  public static final int MAX_BLOCK_SIZE = 200;
  /** How many following records each record of an oversized block meets. */
  public static final int WINDOW = 25;

  private DefaultSettings() {}

  private static final Map<Attribute, Comparison> COMPARISONS = Map.ofEntries(
      Map.entry(GIVEN_NAME, Comparison.of(GIVEN_NAME).exactWithTermFrequency().swappedWith(FAMILY_NAME)
          .jaroWinkler(0.92).swappedWith(FAMILY_NAME, 0.88).sameAttribute("same sound", GIVEN_PHONETIC).initial()
          .crossMatch(FAMILY_NAME, 0.9).jaroWinkler(0.8).build()),
      Map.entry(FAMILY_NAME, Comparison.of(FAMILY_NAME).exactWithTermFrequency().swappedWith(GIVEN_NAME)
          .jaroWinkler(0.92).swappedWith(GIVEN_NAME, 0.88).sameAttribute("same sound", FAMILY_PHONETIC)
          .crossMatch(GIVEN_NAME, 0.9).jaroWinkler(0.8).build()),
      Map.entry(COMPANY_NAME, Comparison.of(COMPANY_NAME).exactWithTermFrequency().tokenSet(0.9)
          .jaroWinkler(0.9).tokenSet(0.6).build()),
      Map.entry(CONTACT_PERSON, Comparison.of(CONTACT_PERSON).exact().jaroWinkler(0.88).build()),
      Map.entry(PHONE, Comparison.of(PHONE).exactWithTermFrequency().lastDigits(7).damerauLevenshtein(1).build()),
      Map.entry(EMAIL, Comparison.of(EMAIL).exactWithTermFrequency().emailLocalPart().jaroWinkler(0.9)
          .jaroWinkler(0.8).build()),
      Map.entry(STREET_ADDRESS, Comparison.of(STREET_ADDRESS).exactWithTermFrequency().tokenSet(0.9)
          .jaroWinkler(0.88).tokenSet(0.6).build()),
      Map.entry(HOUSE_NUMBER, Comparison.of(HOUSE_NUMBER).exact().numberWithin(0).damerauLevenshtein(1).build()),
      Map.entry(ADDRESS_LINE_2, Comparison.of(ADDRESS_LINE_2).exact().jaroWinkler(0.88).build()),
      Map.entry(CITY, Comparison.of(CITY).exactWithTermFrequency().jaroWinkler(0.88).build()),
      Map.entry(REGION, Comparison.of(REGION).exact().build()),
      Map.entry(POSTCODE, Comparison.of(POSTCODE).exactWithTermFrequency().damerauLevenshtein(1).build()),
      Map.entry(DATE_OF_BIRTH, Comparison.of(DATE_OF_BIRTH).exact().dayMonthSwapped().damerauLevenshtein(1)
          .daysApart(366).build()),
      Map.entry(NATIONAL_ID, Comparison.of(NATIONAL_ID).exact().damerauLevenshtein(1).damerauLevenshtein(2).build()),
      Map.entry(WEBSITE, Comparison.of(WEBSITE).exactWithTermFrequency().jaroWinkler(0.9).build()));

  /** Comparison order: the order of the {@link Attribute} enum. */
  public static List<Comparison> comparisons(RecordTable table) {
    List<Comparison> chosen = new ArrayList<>();
    for (Attribute attribute : Attribute.values()) {
      Comparison comparison = COMPARISONS.get(attribute);
      if (comparison != null && filled(table, attribute)) {
        chosen.add(comparison);
      }
    }
    return chosen.size() <= PatternCodec.MAX_COMPARISONS ? chosen : chosen.subList(0, PatternCodec.MAX_COMPARISONS);
  }

  /** Comparisons that tell people apart when contact data are shared: given name, date of birth. */
  public static List<String> distinguishing(List<Comparison> comparisons) {
    return comparisons.stream()
        .filter(c -> c.attribute() == GIVEN_NAME || c.attribute() == DATE_OF_BIRTH)
        .map(Comparison::name)
        .toList();
  }

  /** The name of the group of an address's parts. */
  public static final String ADDRESS_GROUP = "address";

  private static final Set<Attribute> ADDRESS_PARTS =
      EnumSet.of(STREET_ADDRESS, HOUSE_NUMBER, ADDRESS_LINE_2, CITY, REGION, POSTCODE);

  /** Comparisons of the parts of an address, which one move changes together (see {@link ComparisonGroup}). */
  public static List<String> addressGroup(List<Comparison> comparisons) {
    return comparisons.stream()
        .filter(c -> ADDRESS_PARTS.contains(c.attribute()))
        .map(Comparison::name)
        .toList();
  }

  /**
   * Comparisons of identifiers a move leaves alone: the same value confirms that a pair whose
   * address differs may be one customer who moved. Their first level is exact agreement.
   */
  public static List<String> keptThroughMoves(List<Comparison> comparisons) {
    return comparisons.stream()
        .filter(c -> c.attribute() == PHONE || c.attribute() == DATE_OF_BIRTH
            || c.attribute() == NATIONAL_ID)
        .map(Comparison::name)
        .toList();
  }

  /** The rules on identifiers, contact data and whole names: their large blocks still hold matches. */
  private static final List<BlockingRule> PRIMARY_RULES = List.of(
      BlockingRule.on(NATIONAL_ID),
      BlockingRule.on(EMAIL),
      BlockingRule.on(PHONE_TAIL),
      BlockingRule.on(GIVEN_NAME, FAMILY_NAME),
      BlockingRule.on(NAME_TOKENS),
      BlockingRule.on(FAMILY_NAME, DATE_OF_BIRTH),
      BlockingRule.on(GIVEN_NAME, DATE_OF_BIRTH));

  /** The rules that catch what the primary ones miss: phonetic codes, company, address, date of birth with a place. */
  private static final List<BlockingRule> SECONDARY_RULES = List.of(
      BlockingRule.on(FAMILY_PHONETIC, POSTCODE),
      BlockingRule.on(GIVEN_PHONETIC, POSTCODE),
      BlockingRule.on(FAMILY_PHONETIC, CITY),
      BlockingRule.on(DATE_OF_BIRTH, POSTCODE),
      BlockingRule.on(DATE_OF_BIRTH, CITY),
      BlockingRule.on(GIVEN_PHONETIC, FAMILY_PHONETIC),
      BlockingRule.on(COMPANY_NAME),
      BlockingRule.on(COMPANY_PREFIX, POSTCODE),
      BlockingRule.on(COMPANY_PREFIX, CITY),
      BlockingRule.on(HOUSE_NUMBER, STREET_ADDRESS),
      BlockingRule.on(STREET_ADDRESS, POSTCODE),
      BlockingRule.on(WEBSITE));

  private static final List<BlockingRule> RULES =
      Stream.concat(PRIMARY_RULES.stream(), SECONDARY_RULES.stream()).toList();

  /**
   * The rules every file is blocked by whatever its size (those of its attributes it has): the
   * keys that still single out a few records among millions. The duplicate check on entry indexes
   * the same keys, so a record entered alone is found as a batch run would pair it.
   */
  public static List<BlockingRule> specificRules() {
    return RULES;
  }

  /**
   * Broad rules catch what the specific ones miss (a typo in every specific key); they are added
   * in this order while the estimated pairs stay within the budget, so small files are blocked
   * generously and large ones only as far as they can afford.
   */
  private static final List<BlockingRule> BROAD_RULES = List.of(
      BlockingRule.on(DATE_OF_BIRTH),
      BlockingRule.on(FAMILY_NAME),
      BlockingRule.on(GIVEN_NAME),
      BlockingRule.on(FAMILY_PHONETIC),
      BlockingRule.on(GIVEN_PHONETIC),
      BlockingRule.on(POSTCODE),
      BlockingRule.on(STREET_ADDRESS),
      BlockingRule.on(COMPANY_PREFIX),
      BlockingRule.on(HOUSE_NUMBER, POSTCODE),
      BlockingRule.on(CITY, HOUSE_NUMBER),
      BlockingRule.on(HOUSE_NUMBER));

  /** Candidate pairs the broad rules may add: this many per record, at least the floor. */
  static final double BROAD_PAIRS_PER_RECORD = 2;
  static final double BROAD_PAIRS_FLOOR = 200_000;

  /**
   * The specific default rules whose attributes the records have (kept within
   * {@link #pairBudget} by the candidate generator's block limit), then the broad rules
   * that fit the broad budget.
   */
  public static List<BlockingRule> blockingRules(RecordTable table) {
    return blockingRules(table, MAX_BLOCK_SIZE, WINDOW);
  }

  /** The default rules for a table whose oversized blocks use the given limit and window. */
  public static List<BlockingRule> blockingRules(RecordTable table, int maxBlockSize, int window) {
    List<BlockingRule> chosen = new ArrayList<>(RULES.stream()
        .filter(rule -> applies(rule, table))
        .toList());
    double broadBudget = Math.max(BROAD_PAIRS_FLOOR, BROAD_PAIRS_PER_RECORD * table.size());
    List<BlockingRule> applicable = BROAD_RULES.stream()
        .filter(rule -> applies(rule, table))
        .toList();
    // Each estimate sorts every record's key: all at once, on every core, then chosen in order.
    double[] estimates = applicable.parallelStream()
        .mapToDouble(rule -> estimatedPairs(rule, table, maxBlockSize, window))
        .toArray();
    double spent = 0;
    for (int r = 0; r < applicable.size(); r++) {
      if (spent + estimates[r] <= broadBudget) {
        chosen.add(applicable.get(r));
        spent += estimates[r];
      }
    }
    return chosen;
  }

  /**
   * The pairs a given rule may produce among this many records (at least 200,000):
   * {@link #RULE_PAIRS_PER_RECORD} per record for the rules on identifiers, contact data and whole
   * names, {@link #SECONDARY_PAIRS_PER_RECORD} for the rules that catch what those miss.
   */
  public static long pairBudget(BlockingRule rule, long records) {
    double perRecord = PRIMARY_RULES.contains(rule) ? RULE_PAIRS_PER_RECORD : SECONDARY_PAIRS_PER_RECORD;
    return (long) Math.max(RULE_PAIRS_FLOOR, perRecord * records);
  }

  private static final double RULE_PAIRS_FLOOR = 200_000;

  /** Pairs per record one blocking rule may add; its oversized blocks get narrower windows beyond. */
  static final double RULE_PAIRS_PER_RECORD = 2;

  /**
   * Pairs per record a secondary rule (phonetic codes, company, address, date of birth with a
   * place) may add; files above 100,000 records feel it. Measured on 300,000 generated
   * customers, the pairs such a rule adds beyond one per record come from the windows over its
   * largest blocks (one company name, one company prefix in one city), where neighbours are rarely
   * the same customer: 2.72M pairs became 2.26M with the same precision and recall.
   */
  static final double SECONDARY_PAIRS_PER_RECORD = 1;

  /** Pairs a rule would produce with blocks above the limit compared within the window. */
  static double estimatedPairs(BlockingRule rule, RecordTable table, int maxBlockSize, int window) {
    BlockingRule.Compiled compiled = rule.compile(table);
    long[] keys = new long[table.size()];
    int count = 0;
    for (int i = 0; i < table.size(); i++) {
      if (compiled.hasKey(i)) {
        keys[count++] = compiled.keyHash(i);
      }
    }
    java.util.Arrays.sort(keys, 0, count);
    double pairs = 0;
    int start = 0;
    while (start < count) {
      int end = start + 1;
      while (end < count && keys[end] == keys[start]) {
        end++;
      }
      int size = end - start;
      pairs += size > maxBlockSize ? (double) size * window : size * (size - 1.0) / 2;
      start = end;
    }
    return pairs;
  }

  /** Whether every attribute of the rule is filled often enough in the table. */
  private static boolean applies(BlockingRule rule, RecordTable table) {
    return rule.attributes().stream().allMatch(a -> filled(table, a));
  }

  private static boolean filled(RecordTable table, Attribute attribute) {
    return table.column(attribute).map(c -> c.fillRate() >= MIN_FILL_RATE).orElse(false);
  }
}
