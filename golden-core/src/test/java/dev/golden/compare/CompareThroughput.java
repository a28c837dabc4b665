package dev.golden.compare;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleBiFunction;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A rough throughput check run by hand (not a test, no timing assertions): CPU nanoseconds per
 * call on full names (given + family, about 14 characters), single names (about 6) and Chinese
 * strings, next to Commons Text. Half the pairs are a name and a lightly edited copy. The JMH module will measure properly.
 *
 * <pre>
 * mvn -q -o -pl golden-core test-compile
 * java -cp golden-core/target/classes:golden-core/target/test-classes:$COMMONS_TEXT:$COMMONS_LANG3 \
 *     dev.golden.compare.CompareThroughput
 * </pre>
 */
public final class CompareThroughput {
  private static final int CALLS = 1_000_000;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final String[] GIVEN = {"JOHN", "JONATHAN", "MARTHA", "DWAYNE", "ELIZABETH",
      "CHRISTOPHER", "WEI", "KA MING", "SIU FUNG", "MOHAMMED", "ANNA", "ALEXANDER", "TAI MAN"};
  private static final String[] FAMILY = {"SMITH", "JOHNSON", "DIXON", "WONG", "CHAN", "LEUNG",
      "RODRIGUEZ", "VAN DER BERG", "MACDONALD", "NGUYEN", "ZHANG", "O'BRIEN", "WILLIAMSON"};
  private static final String[] HAN = {"张伟", "王芳", "李娜", "陈大文", "北京华为技术有限公司", "华为技术有限公司",
      "香港中环皇后大道中99号", "刘德华", "黄小明"};

  private CompareThroughput() {}

  public static void main(String[] args) {
    Random random = new Random(1);
    List<String[]> pairs = new ArrayList<>();
    RandomStrings edits = new RandomStrings(2);
    for (int i = 0; i < 4096; i++) {
      String name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
      String other = random.nextBoolean()
          ? edits.mutate(name)
          : GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
      pairs.add(new String[] {name, other});
    }
    List<String[]> wordPairs = new ArrayList<>();
    for (int i = 0; i < 4096; i++) {
      String[] words = random.nextBoolean() ? GIVEN : FAMILY;
      String word = words[random.nextInt(words.length)];
      wordPairs.add(new String[] {word, random.nextBoolean() ? edits.mutate(word) : words[random.nextInt(words.length)]});
    }
    List<String[]> hanPairs = new ArrayList<>();
    for (int i = 0; i < 4096; i++) {
      String a = HAN[random.nextInt(HAN.length)];
      hanPairs.add(new String[] {a, random.nextBoolean() ? edits.mutate(a) : HAN[random.nextInt(HAN.length)]});
    }
    List<String[]> datePairs = new ArrayList<>();
    for (int i = 0; i < 4096; i++) {
      datePairs.add(new String[] {date(random), date(random)});
    }
    String[][] names = pairs.toArray(String[][]::new);
    String[][] words = wordPairs.toArray(String[][]::new);
    String[][] han = hanPairs.toArray(String[][]::new);
    String[][] dates = datePairs.toArray(String[][]::new);

    JaroWinklerSimilarity commonsJw = new JaroWinklerSimilarity();
    LevenshteinDistance commonsLev = LevenshteinDistance.getDefaultInstance();
    LevenshteinDistance commonsLev2 = new LevenshteinDistance(2);
    for (int round = 1; round <= 3; round++) {
      System.out.printf("round %d (ns per call, %,d calls)%n", round, CALLS);
      time("baseline (length of a)", names, (a, b) -> a.length());
      time("JaroWinkler.similarity", names, JaroWinkler::similarity);
      time("JaroWinkler.atLeast 0.9", names, (a, b) -> JaroWinkler.atLeast(a, b, 0.9) ? 1 : 0);
      time("commons JaroWinklerSimilarity", names, commonsJw::apply);
      time("Levenshtein.distance", names, Levenshtein::distance);
      time("commons LevenshteinDistance", names, commonsLev::apply);
      time("Levenshtein.distance max 2", names, (a, b) -> Levenshtein.distance(a, b, 2));
      time("commons LevenshteinDistance(2)", names, commonsLev2::apply);
      time("DamerauLevenshtein.distance", names, DamerauLevenshtein::distance);
      time("DamerauLevenshtein max 2", names, (a, b) -> DamerauLevenshtein.distance(a, b, 2));
      time("JaroWinkler (one name)", words, JaroWinkler::similarity);
      time("commons JaroWinkler (one name)", words, commonsJw::apply);
      time("DamerauLevenshtein (one name)", words, DamerauLevenshtein::distance);
      time("DL max 1 (one name)", words, (a, b) -> DamerauLevenshtein.distance(a, b, 1));
      time("commons Levenshtein (one name)", words, commonsLev::apply);
      time("Jaccard.similarity", names, Jaccard::similarity);
      time("TokenSet.similarity", names, TokenSet::similarity);
      time("BigramDice.similarity", names, BigramDice::similarity);
      time("JaroWinkler (Han)", han, JaroWinkler::similarity);
      time("BigramDice (Han)", han, BigramDice::similarity);
      time("LongestCommonSubstring (Han)", han, LongestCommonSubstring::similarity);
      time("DateDistance.daysBetween", dates, DateDistance::daysBetween);
    }
  }

  private static void time(String name, String[][] pairs, ToDoubleBiFunction<String, String> f) {
    double sink = 0;
    int mask = pairs.length - 1;
    // CPU time of this thread, not wall time: the machine is shared, and waiting is not work.
    long start = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < CALLS; i++) {
      String[] pair = pairs[i & mask];
      sink += f.applyAsDouble(pair[0], pair[1]);
    }
    long elapsed = THREADS.getCurrentThreadCpuTime() - start;
    System.out.printf("  %-32s %7.1f   (checksum %.1f)%n", name, (double) elapsed / CALLS, sink);
  }

  private static String date(Random random) {
    return String.format("%04d-%02d-%02d", 1940 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28));
  }
}
