package dev.golden.index;

import dev.golden.record.Attribute;
import dev.golden.standardize.ChineseText;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;

/**
 * What a call-centre agent types with a caller on the line, read as the kind of key it is: an
 * email, a phone number in any format, a Chinese name, or Latin name fragments (pinyin included).
 */
final class FreeTextQuery {
  /** Digits and the punctuation people put in phone numbers, with at least seven digits. */
  private static final Pattern PHONE = Pattern.compile("[+(]?[0-9][0-9 ()./-]{5,}[0-9]");
  private static final Pattern MIN_DIGITS = Pattern.compile("(?:\\D*\\d){7}.*", Pattern.DOTALL);
  private static final Pattern NOT_HAN = Pattern.compile("\\P{IsHan}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");
  private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(() -> {
    DoubleMetaphone metaphone = new DoubleMetaphone();
    metaphone.setMaxCodeLen(6); // as the index's phonetic codes
    return metaphone;
  });

  enum Kind { EMAIL, PHONE, HAN_NAME, NAME }

  private final EntryFeatures entry;

  FreeTextQuery(EntryFeatures entry) {
    this.entry = entry;
  }

  static Kind kindOf(String text) {
    String stripped = text.strip();
    if (stripped.indexOf('@') >= 0) {
      return Kind.EMAIL;
    }
    if (PHONE.matcher(stripped).matches() && MIN_DIGITS.matcher(stripped).matches()) {
      return Kind.PHONE;
    }
    return ChineseText.containsHan(stripped) ? Kind.HAN_NAME : Kind.NAME;
  }

  Query parse(String text) {
    String stripped = text.strip();
    return switch (kindOf(stripped)) {
      case EMAIL -> email(stripped);
      case PHONE -> phone(stripped);
      case HAN_NAME -> hanName(stripped);
      case NAME -> name(stripped);
    };
  }

  private Query email(String text) {
    Map<Attribute, String> features = entry.of(Map.of("email", text));
    String email = features.get(Attribute.EMAIL);
    if (email != null) {
      return CandidateQueries.term(IndexFields.exact(Attribute.EMAIL), email);
    }
    // Not a whole address ("anna.li@"): the addresses that begin so.
    return new PrefixQuery(new Term(IndexFields.exact(Attribute.EMAIL), text.toLowerCase(Locale.ROOT)));
  }

  private Query phone(String text) {
    Map<Attribute, String> features = entry.of(Map.of("phone", text));
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    if (features.containsKey(Attribute.PHONE)) {
      CandidateQueries.should(query, CandidateQueries.term(IndexFields.exact(Attribute.PHONE), features.get(Attribute.PHONE)), 2f);
    }
    if (features.containsKey(Attribute.PHONE_TAIL)) {
      CandidateQueries.should(query,
          CandidateQueries.term(IndexFields.exact(Attribute.PHONE_TAIL), features.get(Attribute.PHONE_TAIL)), 1f);
    }
    return query.build();
  }

  private static Query hanName(String text) {
    String simplified = ChineseText.toSimplified(text);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String gram : IndexFields.hanGrams(simplified)) {
      float boost = gram.length() > 1 ? 2f : 1f;
      CandidateQueries.should(query, CandidateQueries.term(IndexFields.HAN, gram), boost);
      CandidateQueries.should(query, CandidateQueries.term(IndexFields.COMPANY, gram), boost / 2);
    }
    // Customers entered in pinyin only: the surname's reading and the given name's joined syllables.
    String han = NOT_HAN.matcher(simplified).replaceAll("");
    if (!han.isEmpty()) {
      CandidateQueries.should(query, CandidateQueries.term(IndexFields.NAME, ChineseText.surnamePinyin(han.substring(0, 1))), 1.5f);
      if (han.length() > 1) {
        CandidateQueries.should(query, CandidateQueries.term(IndexFields.NAME, ChineseText.joinedPinyin(han.substring(1))), 1.5f);
      }
    }
    return query.build();
  }

  private static Query name(String text) {
    Set<String> tokens = new LinkedHashSet<>();
    for (String token : SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
      if (!token.isEmpty()) {
        tokens.add(token);
      }
    }
    if (tokens.isEmpty()) {
      return new MatchNoDocsQuery("nothing to search for");
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String token : tokens) {
      CandidateQueries.should(query, CandidateQueries.nameFragment(token), 2f);
      String code = METAPHONE.get().doubleMetaphone(token);
      if (code != null && !code.isEmpty() && token.length() >= 3) {
        CandidateQueries.should(query, CandidateQueries.term(IndexFields.PHONETIC, code), 0.5f);
      }
    }
    return query.build();
  }
}
