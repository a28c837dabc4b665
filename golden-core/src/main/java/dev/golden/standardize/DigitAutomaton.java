package dev.golden.standardize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A regular expression over ASCII digits compiled to a deterministic automaton: one table look-up
 * per digit, where {@link java.util.regex} backtracks through a tree of nodes and allocates a
 * matcher per call. Built for the patterns of libphonenumber's metadata, which every phone number
 * is tested against several times: digits, digit classes ({@code [2-9]}, {@code \d}), groups,
 * alternation and the quantifiers {@code ? * + {n} {n,} {n,m}}. It accepts exactly the texts
 * {@code Pattern.matches} would; any other construct (letters, {@code .}, negated classes, lazy or
 * possessive quantifiers, anchors, ...) makes {@link #compile(String)} refuse the expression, so
 * callers keep java.util.regex for it. Immutable and thread-safe.
 */
final class DigitAutomaton {
  private static final int DIGITS = 10;
  private static final int ALL_DIGITS = (1 << DIGITS) - 1;
  private static final int DEAD = -1;
  /** More states than these and the expression is left to java.util.regex: memory stays bounded. */
  private static final int MAX_STATES = 20_000;
  private static final int MAX_NFA_STATES = 200_000;

  /** The next state by state and digit ({@code state * 10 + digit}); {@link #DEAD} when none. */
  private final int[] next;
  private final boolean[] accepting;

  private DigitAutomaton(int[] next, boolean[] accepting) {
    this.next = next;
    this.accepting = accepting;
  }

  /** The automaton of the expression, or empty when it uses more than the digit subset (or is too large). */
  static Optional<DigitAutomaton> compile(String regex) {
    Optional<Node> tree = new Parser(regex).parse();
    if (tree.isEmpty()) {
      return Optional.empty();
    }
    Nfa nfa = new Nfa();
    int start = nfa.newState();
    int end;
    try {
      end = nfa.build(tree.get(), start);
    } catch (Unsupported tooLarge) {
      return Optional.empty();
    }
    return determinize(nfa, start, end);
  }

  /** Whether the whole text is in the language ({@code Matcher.matches()}). */
  boolean matches(CharSequence text) {
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      state = step(state, text.charAt(i));
      if (state == DEAD) {
        return false;
      }
    }
    return accepting[state];
  }

  /** Whether some beginning of the text, perhaps empty, is in the language ({@code Matcher.lookingAt()}). */
  boolean matchesStart(CharSequence text) {
    int state = 0;
    for (int i = 0; !accepting[state]; i++) {
      if (i == text.length()) {
        return false;
      }
      state = step(state, text.charAt(i));
      if (state == DEAD) {
        return false;
      }
    }
    return true;
  }

  int states() {
    return accepting.length;
  }

  private int step(int state, char c) {
    return c >= '0' && c <= '9' ? next[state * DIGITS + (c - '0')] : DEAD;
  }

  // Subset construction: each state of the automaton is the set of NFA states reachable so far.
  private static Optional<DigitAutomaton> determinize(Nfa nfa, int start, int end) {
    Map<BitSet, Integer> ids = new HashMap<>();
    List<BitSet> sets = new ArrayList<>();
    BitSet initial = nfa.closure(singleton(start));
    ids.put(initial, 0);
    sets.add(initial);
    int[] next = new int[DIGITS * 16];
    for (int id = 0; id < sets.size(); id++) {
      BitSet set = sets.get(id);
      for (int digit = 0; digit < DIGITS; digit++) {
        BitSet moved = nfa.move(set, digit);
        int target = DEAD;
        if (!moved.isEmpty()) {
          BitSet closed = nfa.closure(moved);
          Integer known = ids.get(closed);
          if (known == null) {
            if (sets.size() == MAX_STATES) {
              return Optional.empty();
            }
            known = sets.size();
            ids.put(closed, known);
            sets.add(closed);
          }
          target = known;
        }
        if (id * DIGITS + digit >= next.length) {
          next = Arrays.copyOf(next, next.length * 2);
        }
        next[id * DIGITS + digit] = target;
      }
    }
    boolean[] accepting = new boolean[sets.size()];
    for (int id = 0; id < sets.size(); id++) {
      accepting[id] = sets.get(id).get(end);
    }
    return Optional.of(new DigitAutomaton(Arrays.copyOf(next, sets.size() * DIGITS), accepting));
  }

  private static BitSet singleton(int state) {
    BitSet set = new BitSet();
    set.set(state);
    return set;
  }

  /** A parsed expression. */
  private sealed interface Node permits Digits, Sequence, Choice, Repeat {}

  /** One digit out of a set: bit d for digit d. */
  private record Digits(int mask) implements Node {}

  private record Sequence(List<Node> parts) implements Node {}

  private record Choice(List<Node> options) implements Node {}

  /** @param max -1 for no upper bound */
  private record Repeat(Node node, int min, int max) implements Node {}

  /** A nondeterministic automaton with empty moves, built by Thompson's construction. */
  private static final class Nfa {
    /** Per state: the digits it moves on (0 for none), the state it then reaches, its empty moves. */
    private final List<int[]> epsilons = new ArrayList<>();
    private int[] masks = new int[64];
    private int[] targets = new int[64];

    int newState() {
      int state = epsilons.size();
      if (state == MAX_NFA_STATES) {
        throw new Unsupported();
      }
      epsilons.add(new int[0]);
      if (state == masks.length) {
        masks = Arrays.copyOf(masks, state * 2);
        targets = Arrays.copyOf(targets, state * 2);
      }
      return state;
    }

    private void epsilon(int from, int to) {
      int[] old = epsilons.get(from);
      int[] grown = Arrays.copyOf(old, old.length + 1);
      grown[old.length] = to;
      epsilons.set(from, grown);
    }

    /** Adds the node's states after {@code start}; returns the state where it ends. */
    int build(Node node, int start) {
      if (node instanceof Digits digits) {
        int end = newState();
        masks[start] = digits.mask();
        targets[start] = end;
        return end;
      }
      if (node instanceof Sequence sequence) {
        int at = start;
        for (Node part : sequence.parts()) {
          at = build(part, at);
        }
        return at;
      }
      if (node instanceof Choice choice) {
        int end = newState();
        for (Node option : choice.options()) {
          int begin = newState();
          epsilon(start, begin);
          epsilon(build(option, begin), end);
        }
        return end;
      }
      Repeat repeat = (Repeat) node;
      int at = start;
      for (int i = 0; i < repeat.min(); i++) {
        at = build(repeat.node(), at);
      }
      int end = newState();
      if (repeat.max() < 0) {
        // Any number more: a loop through one more copy and back.
        int loop = newState();
        epsilon(at, loop);
        epsilon(loop, end);
        int begin = newState();
        epsilon(loop, begin);
        epsilon(build(repeat.node(), begin), loop);
        return end;
      }
      for (int i = repeat.min(); i < repeat.max(); i++) {
        epsilon(at, end);
        at = build(repeat.node(), at);
      }
      epsilon(at, end);
      return end;
    }

    BitSet closure(BitSet states) {
      BitSet closed = (BitSet) states.clone();
      int[] stack = states.stream().toArray();
      int size = stack.length;
      while (size > 0) {
        int state = stack[--size];
        for (int to : epsilons.get(state)) {
          if (!closed.get(to)) {
            closed.set(to);
            if (size == stack.length) {
              stack = Arrays.copyOf(stack, Math.max(8, size * 2));
            }
            stack[size++] = to;
          }
        }
      }
      return closed;
    }

    BitSet move(BitSet states, int digit) {
      BitSet moved = new BitSet();
      for (int state = states.nextSetBit(0); state >= 0; state = states.nextSetBit(state + 1)) {
        if ((masks[state] & (1 << digit)) != 0) {
          moved.set(targets[state]);
        }
      }
      return moved;
    }
  }

  /** Reads the digit subset by recursive descent; empty as soon as anything else appears. */
  private static final class Parser {
    private static final char END = '\0';
    private final String regex;
    private int at;

    Parser(String regex) {
      this.regex = regex;
    }

    Optional<Node> parse() {
      try {
        Node node = choice();
        return at == regex.length() ? Optional.of(node) : Optional.empty();
      } catch (Unsupported e) {
        return Optional.empty();
      }
    }

    private Node choice() {
      List<Node> options = new ArrayList<>();
      options.add(sequence());
      while (peek() == '|') {
        at++;
        options.add(sequence());
      }
      return options.size() == 1 ? options.get(0) : new Choice(options);
    }

    private Node sequence() {
      List<Node> parts = new ArrayList<>();
      while (at < regex.length() && peek() != '|' && peek() != ')') {
        parts.add(quantified(atom()));
      }
      return parts.size() == 1 ? parts.get(0) : new Sequence(parts);
    }

    private Node atom() {
      char c = regex.charAt(at++);
      if (c >= '0' && c <= '9') {
        return new Digits(1 << (c - '0'));
      }
      switch (c) {
        case '\\' -> {
          if (peek() != 'd') {
            throw new Unsupported();
          }
          at++;
          return new Digits(ALL_DIGITS);
        }
        case '[' -> {
          return digitClass();
        }
        case '(' -> {
          if (regex.startsWith("?:", at)) {
            at += 2;
          } else if (peek() == '?') {
            throw new Unsupported(); // look-around, flags, named groups
          }
          Node inside = choice();
          expect(')');
          return inside;
        }
        default -> throw new Unsupported();
      }
    }

    private Node digitClass() {
      int mask = 0;
      while (peek() != ']') {
        char c = peek();
        at++;
        if (c == END) {
          throw new Unsupported();
        }
        if (c == '\\' && peek() == 'd') {
          at++;
          mask = ALL_DIGITS;
        } else if (c >= '0' && c <= '9') {
          char last = c;
          if (peek() == '-' && at + 1 < regex.length() && regex.charAt(at + 1) != ']') {
            last = regex.charAt(at + 1);
            if (last < c || last > '9') {
              throw new Unsupported();
            }
            at += 2;
          }
          for (char d = c; d <= last; d++) {
            mask |= 1 << (d - '0');
          }
        } else {
          throw new Unsupported(); // negation, letters, nested classes
        }
      }
      at++;
      if (mask == 0) {
        throw new Unsupported();
      }
      return new Digits(mask);
    }

    /** The atom with its quantifier, if any; one only: lazy, possessive and stacked quantifiers are refused. */
    private Node quantified(Node atom) {
      Node result;
      switch (peek()) {
        case '?' -> result = new Repeat(atom, 0, 1);
        case '*' -> result = new Repeat(atom, 0, -1);
        case '+' -> result = new Repeat(atom, 1, -1);
        case '{' -> result = counted(atom);
        default -> {
          return atom;
        }
      }
      at++;
      if ("?*+{".indexOf(peek()) >= 0) {
        throw new Unsupported();
      }
      return result;
    }

    /** {@code {n}}, {@code {n,}} or {@code {n,m}}, up to its closing brace. */
    private Node counted(Node node) {
      at++;
      int min = number();
      int max = min;
      if (peek() == ',') {
        at++;
        max = peek() == '}' ? -1 : number();
      }
      if (peek() != '}' || (max >= 0 && max < min)) {
        throw new Unsupported();
      }
      return new Repeat(node, min, max);
    }

    private int number() {
      int start = at;
      while (peek() >= '0' && peek() <= '9') {
        at++;
      }
      if (at == start || at - start > 3) {
        throw new Unsupported();
      }
      return Integer.parseInt(regex.substring(start, at));
    }

    /** The next character; {@code END} past the end. */
    private char peek() {
      return at < regex.length() ? regex.charAt(at) : END;
    }

    private void expect(char c) {
      if (peek() != c) {
        throw new Unsupported();
      }
      at++;
    }
  }

  /** Thrown inside the parser for a construct outside the subset. */
  private static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }
}
