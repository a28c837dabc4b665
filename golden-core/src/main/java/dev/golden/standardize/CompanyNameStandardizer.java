package dev.golden.standardize;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organisation's name, split into {@link Part#CORE_NAME}, {@link Part#LEGAL_FORM} (a normalised
 * code such as {@code ltd}, {@code co_ltd} or {@code youxian_gongsi}) and, for Chinese names, the
 * {@link Part#LOCALITY} registered names start with.
 *
 * <p>Latin canonical form: lower-case ASCII words of the core, {@code &} written {@code and},
 * without a leading {@code The}, then the legal form's code in words ({@code acme co ltd}). Chinese
 * canonical form: simplified, locality first wherever it was written (北京华为技术有限公司 and
 * 华为技术有限公司（北京） both give 北京华为技术有限公司), then core and legal form; a branch keeps its
 * 分公司 at the end and {@code _fen_gongsi} in its legal form code.
 */
final class CompanyNameStandardizer implements Standardizer {
  private static final Pattern BRACKETED = Pattern.compile("[(\\[【〔]([^()\\[\\]【】〔〕]*)[)\\]】〕]");
  private static final String CHINA = "中国";

  @Override
  public StandardValue standardize(String raw, StandardizeContext context) {
    String text = Texts.basicClean(raw);
    return ChineseText.containsHan(text) ? chinese(raw, text) : latin(raw, text);
  }

  private static StandardValue latin(String raw, String text) {
    String folded = Texts.lower(Texts.foldAccents(text)).replace("&", " and ").replace("+", " and ");
    List<String> tokens = new ArrayList<>(latinTokens(folded));
    if (tokens.size() > 1 && tokens.get(0).equals("the")) {
      tokens.remove(0);
    }
    Map<Part, String> parts = new EnumMap<>(Part.class);
    String canonicalForm = "";
    Optional<LegalForms.Match> match = LegalForms.atEndOf(tokens);
    if (match.isPresent()) {
      parts.put(Part.LEGAL_FORM, match.get().form().code());
      canonicalForm = match.get().form().spelling();
      tokens = tokens.subList(0, match.get().restEnd());
    }
    String core = String.join(" ", tokens);
    parts.put(Part.CORE_NAME, core);
    String canonical = canonicalForm.isEmpty() ? core : core + ' ' + canonicalForm;
    return new StandardValue.Present(raw, canonical, parts, List.of());
  }

  // Dots vanish so that L.L.C., S.A. and Inc. read as llc, sa and inc; other marks separate words.
  private static List<String> latinTokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        token.append(c);
      } else if (c != '.' && c != '\'' && c != '’' && token.length() > 0) {
        tokens.add(token.toString());
        token.setLength(0);
      }
    }
    if (token.length() > 0) {
      tokens.add(token.toString());
    }
    return tokens;
  }

  private static StandardValue chinese(String raw, String text) {
    Map<Part, String> parts = new EnumMap<>(Part.class);
    String locality = "";
    // A place in brackets anywhere, as in 华为技术有限公司（北京） or 西门子（中国）有限公司.
    StringBuilder unbracketed = new StringBuilder();
    Matcher bracket = BRACKETED.matcher(text);
    int from = 0;
    while (bracket.find()) {
      unbracketed.append(text, from, bracket.start());
      String inside = bracket.group(1).strip();
      String place = ChinesePlaces.whole(inside).orElse(inside.equals(CHINA) ? CHINA : "");
      if (place.isEmpty() || !locality.isEmpty()) {
        unbracketed.append(inside);
      } else {
        locality = place;
      }
      from = bracket.end();
    }
    unbracketed.append(text.substring(from));
    String name = compact(Texts.lower(unbracketed.toString()));

    boolean branch = name.length() > LegalForms.BRANCH.length() && name.endsWith(LegalForms.BRANCH);
    String branchPlace = "";
    if (branch) {
      name = name.substring(0, name.length() - LegalForms.BRANCH.length());
      branchPlace = trailingPlace(name);
      name = name.substring(0, name.length() - branchPlace.length());
    }
    String legalCode = "";
    String legalSpelling = "";
    Optional<LegalForms.Match> match = LegalForms.atEndOf(name);
    if (match.isPresent()) {
      legalCode = match.get().form().code();
      legalSpelling = match.get().form().spelling();
      name = name.substring(0, match.get().restEnd());
    }
    Optional<ChinesePlaces.Prefix> prefix = ChinesePlaces.prefixOf(name);
    if (prefix.isPresent() && name.length() - prefix.get().length() >= 2) {
      if (locality.isEmpty()) {
        locality = prefix.get().name();
      }
      name = name.substring(prefix.get().length());
    }
    if (locality.isEmpty() && !branchPlace.isEmpty()) {
      locality = ChinesePlaces.withoutSuffix(branchPlace);
    }
    if (branch) {
      legalCode = legalCode.isEmpty() ? "fen_gongsi" : legalCode + "_fen_gongsi";
    }
    parts.put(Part.CORE_NAME, name);
    if (!legalCode.isEmpty()) {
      parts.put(Part.LEGAL_FORM, legalCode);
    }
    if (!locality.isEmpty()) {
      parts.put(Part.LOCALITY, locality);
    }
    String canonical = locality + name + legalSpelling + (branch ? LegalForms.BRANCH : "");
    return new StandardValue.Present(raw, canonical, parts, List.of());
  }

  /** The known place (with 市/省 suffix) the name ends with, as in 华为技术有限公司北京(分公司). */
  private static String trailingPlace(String name) {
    for (int start = Math.max(0, name.length() - 8); start < name.length() - 1; start++) {
      String tail = name.substring(start);
      if (ChinesePlaces.whole(tail).isPresent() && start > 0) {
        return tail;
      }
    }
    return "";
  }

  // Letters and digits only: spaces and punctuation carry nothing in a Chinese company name.
  private static String compact(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      } else if (c == '&') {
        out.append("and");
      }
    }
    return out.toString();
  }
}
