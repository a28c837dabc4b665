package dev.golden.record;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Remembers a pure function of short texts that repeat across records (phonetic codes of given
 * names). Bounded: once full it stops learning. Thread-safe.
 */
final class TextMemo {
  private final Map<String, String> results = new ConcurrentHashMap<>();
  private final UnaryOperator<String> function;
  private final int capacity;

  TextMemo(UnaryOperator<String> function, int capacity) {
    this.function = function;
    this.capacity = capacity;
  }

  String apply(String text) {
    String known = results.get(text);
    if (known != null) {
      return known;
    }
    String result = function.apply(text);
    if (results.size() < capacity) {
      results.putIfAbsent(text, result);
    }
    return result;
  }
}
