package dev.golden.compare;

import java.util.Random;

/** Random strings over small alphabets, so that random pairs share many characters. */
final class RandomStrings {
  private static final String[] ALPHABETS = {"ab", "abc", "ABCDE", "aeiouy", "张伟纬王李", "a b c"};
  private final Random random;

  RandomStrings(long seed) {
    random = new Random(seed);
  }

  String next() {
    String alphabet = ALPHABETS[random.nextInt(ALPHABETS.length)];
    int length = random.nextInt(10) == 0 ? 60 + random.nextInt(20) : random.nextInt(13);
    return next(alphabet, length);
  }

  /** A variant of {@code s}: a few random edits, so pairs are similar as often as not. */
  String mutate(String s) {
    StringBuilder out = new StringBuilder(s);
    int edits = random.nextInt(4);
    for (int e = 0; e < edits && out.length() > 0; e++) {
      int at = random.nextInt(out.length());
      switch (random.nextInt(4)) {
        case 0 -> out.deleteCharAt(at);
        case 1 -> out.insert(at, out.charAt(random.nextInt(out.length())));
        case 2 -> out.setCharAt(at, out.charAt(random.nextInt(out.length())));
        default -> {
          if (at + 1 < out.length()) {
            char c = out.charAt(at);
            out.setCharAt(at, out.charAt(at + 1));
            out.setCharAt(at + 1, c);
          }
        }
      }
    }
    return out.toString();
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  double nextDouble() {
    return random.nextDouble();
  }

  private String next(String alphabet, int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
    }
    return new String(chars);
  }
}
