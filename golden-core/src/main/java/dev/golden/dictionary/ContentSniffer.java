package dev.golden.dictionary;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Recognises a column's role from its values when its header says nothing: a column full of phone
 * numbers is a phone column. Only unambiguous shapes are recognised; anything else stays unmapped
 * rather than guessed.
 */
final class ContentSniffer {
  record Guess(FieldDefinition field, double confidence) {}

  /** Share of non-blank sample values that must have the shape. */
  private static final double MIN_SHARE = 0.8;
  private static final int MIN_VALUES = 5;

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PHONE_SHAPE = Pattern.compile("^(\\+|00)?[0-9 ()./-]{7,22}([ ]*(x|ext\\.?|转)[ ]*[0-9]{1,6})?$");
  private static final Pattern DATE = Pattern.compile(
      "^((19|20)[0-9]{2}[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12][0-9]|3[01])"
          + "|(0?[1-9]|[12][0-9]|3[01])[-/.](0?[1-9]|1[0-2])[-/.](19|20)[0-9]{2}"
          + "|(0?[1-9]|1[0-2])[-/.](0?[1-9]|[12][0-9]|3[01])[-/.](19|20)[0-9]{2}"
          + "|(19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日?)$");
  private static final Pattern WEBSITE = Pattern.compile("^(https?://|www\\.)[^\\s]+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern HAN_PERSON_NAME = Pattern.compile("^[\\p{IsHan}]{2,4}$");
  private static final Pattern HAN_ADDRESS = Pattern.compile("^.*[\\p{IsHan}].*(路|街|道|巷|弄|号|號|村|镇|鎮|区|區).*$");
  private static final Pattern HAN_COMPANY = Pattern.compile("^.*[\\p{IsHan}].*(公司|集团|集團|厂|廠|店|中心|银行|銀行|事务所|研究院)([(（].*[)）])?$");

  private record Shape(Role role, Predicate<String> test) {}

  private static final List<Shape> SHAPES = List.of(
      new Shape(Role.EMAIL, v -> EMAIL.matcher(v).matches()),
      new Shape(Role.WEBSITE, v -> WEBSITE.matcher(v).matches()),
      new Shape(Role.DATE_OF_BIRTH, v -> DATE.matcher(v).matches()),
      new Shape(Role.PHONE, ContentSniffer::looksLikePhone),
      new Shape(Role.COMPANY_NAME, v -> HAN_COMPANY.matcher(v).matches()),
      new Shape(Role.STREET_ADDRESS, v -> HAN_ADDRESS.matcher(v).matches()),
      new Shape(Role.PERSON_NAME, v -> HAN_PERSON_NAME.matcher(v).matches()));

  private final DataDictionary dictionary;

  ContentSniffer(DataDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** The first free field whose role's shape most values of the column have. */
  Optional<Guess> guess(Collection<String> values, Collection<String> takenFields) {
    List<String> filled = values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    if (filled.size() < MIN_VALUES) {
      return Optional.empty();
    }
    for (Shape shape : SHAPES) {
      double share = filled.stream().filter(shape.test()).count() / (double) filled.size();
      if (share >= MIN_SHARE) {
        Optional<FieldDefinition> field = dictionary.fieldsWith(shape.role()).stream()
            .filter(f -> !takenFields.contains(f.name()))
            .findFirst();
        if (field.isPresent()) {
          return Optional.of(new Guess(field.get(), share));
        }
      }
    }
    return Optional.empty();
  }

  // Plain digit runs are usually identifiers: demand a separator, a prefix, or a phone-like length.
  private static boolean looksLikePhone(String value) {
    if (!PHONE_SHAPE.matcher(value.toLowerCase(Locale.ROOT)).matches()) {
      return false;
    }
    long digits = value.chars().filter(Character::isDigit).count();
    if (digits < 7 || digits > 15) {
      return false;
    }
    boolean formatted = value.startsWith("+") || value.startsWith("00") || value.chars().anyMatch(c -> c == ' ' || c == '-' || c == '(' || c == '.');
    return formatted || (digits == 11 && value.startsWith("1"));
  }
}
