package dev.golden.compare;

import dev.golden.record.EncodedColumn;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * How much of the rarer-worded value's information two values share, words weighed by how rare
 * they are in the column: {@code Σ shared idf / min(Σ idf of a, Σ idf of b)}, where a word's idf is
 * {@code ln(records / records with the word)}. So "It Takes a Village Child Care Services" and
 * "Easter Seals Society of Metropolitan Chicago - It Takes a Village" share most of what the first
 * says (its rare words), while "Chicago Public Schools Mason" and "Chicago Public Schools Beethoven"
 * share only words that every school has. The weights come from the data itself, whatever its
 * language or domain. Words are compared exactly; the column's distinct values are tokenized once
 * here, so a pair costs one merge of two sorted arrays. Thread-safe once built.
 */
final class RareWordOverlap {
  private final int[][] wordsOfValue;
  private final double[] idf;
  private final double[] totalOfValue;

  RareWordOverlap(EncodedColumn column) {
    int distinct = column.distinct();
    wordsOfValue = new int[distinct][];
    Map<String, Integer> wordIds = new HashMap<>();
    int[] offsets = new int[0];
    long[] recordsWithWord = new long[16];
    for (int id = 0; id < distinct; id++) {
      String value = column.valueOfId(id);
      if (offsets.length < Tokens.capacity(value.length())) {
        offsets = new int[Tokens.capacity(value.length())];
      }
      int count = Tokens.distinct(value, offsets, 0);
      int[] words = new int[count];
      for (int k = 0; k < count; k++) {
        String word = value.substring(offsets[2 * k], offsets[2 * k + 1]);
        int wordId = wordIds.computeIfAbsent(word, w -> wordIds.size());
        if (wordId >= recordsWithWord.length) {
          recordsWithWord = Arrays.copyOf(recordsWithWord, recordsWithWord.length * 2);
        }
        recordsWithWord[wordId] += column.count(id);
        words[k] = wordId;
      }
      Arrays.sort(words);
      wordsOfValue[id] = words;
    }
    double records = Math.max(1, column.filled());
    idf = new double[wordIds.size()];
    for (int w = 0; w < idf.length; w++) {
      idf[w] = Math.log(records / Math.max(1, recordsWithWord[w]));
    }
    totalOfValue = new double[distinct];
    for (int id = 0; id < distinct; id++) {
      double total = 0;
      for (int word : wordsOfValue[id]) {
        total += idf[word];
      }
      totalOfValue[id] = total;
    }
  }

  /** The overlap of two values by their ids in the column: 0 when either has no informative word. */
  double similarity(int idA, int idB) {
    double smaller = Math.min(totalOfValue[idA], totalOfValue[idB]);
    if (smaller <= 0) {
      return 0;
    }
    int[] a = wordsOfValue[idA];
    int[] b = wordsOfValue[idB];
    double shared = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        shared += idf[a[i]];
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return Math.min(1, shared / smaller);
  }
}
