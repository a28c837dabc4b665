package dev.golden.standardize;

import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One kind of number of a region (all numbers, mobiles, toll free, ...) from libphonenumber's
 * metadata, its pattern compiled once. Matches exactly as libphonenumber's own number matching.
 */
final class PhoneNumberDescription {
  private final Pattern pattern; // null when the metadata has none: nothing matches
  /** The pattern as an automaton, when it is within the digit subset (every pattern of the shipped metadata). */
  private final Optional<DigitAutomaton> automaton;
  private final List<Integer> possibleLengths;
  private final List<Integer> localOnlyLengths;
  /** Bit n set when n is a possible length; 0 when the metadata lists none. Tested for every number. */
  private final long possibleLengthBits;

  PhoneNumberDescription(PhoneNumberDesc desc) {
    String regex = desc.getNationalNumberPattern();
    this.pattern = regex.isEmpty() ? null : Pattern.compile(regex);
    this.automaton = regex.isEmpty() ? Optional.empty() : DigitAutomaton.compile(regex);
    this.possibleLengths = List.copyOf(desc.getPossibleLengthList());
    this.localOnlyLengths = List.copyOf(desc.getPossibleLengthLocalOnlyList());
    this.possibleLengthBits = possibleLengths.stream().filter(n -> n >= 0 && n < 64).mapToLong(n -> 1L << n)
        .reduce(0, (x, y) -> x | y);
  }

  /** The national number pattern alone, as libphonenumber matches it while parsing. */
  boolean matchesPattern(CharSequence nationalNumber) {
    if (automaton.isPresent()) {
      return automaton.get().matches(nationalNumber);
    }
    return pattern != null && pattern.matcher(nationalNumber).matches();
  }

  /** A possible length and the pattern, as libphonenumber tells a number's type. */
  boolean matches(String nationalNumber) {
    return (possibleLengths.isEmpty() || hasPossibleLength(nationalNumber.length())) && matchesPattern(nationalNumber);
  }

  private boolean hasPossibleLength(int length) {
    return length < 64 ? (possibleLengthBits & (1L << length)) != 0 : possibleLengths.contains(length);
  }

  List<Integer> possibleLengths() {
    return possibleLengths;
  }

  List<Integer> localOnlyLengths() {
    return localOnlyLengths;
  }
}
