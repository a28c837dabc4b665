package dev.golden.standardize;

import java.util.List;
import java.util.Set;

/** Titles and suffixes around a person's name, which say nothing about who the person is. */
final class Honorifics {
  private Honorifics() {}

  /** Lower-case Latin titles written before a name, without their full stop. */
  static final Set<String> LATIN_TITLES = Set.of(
      "mr", "mrs", "ms", "miss", "mx", "master", "dr", "doctor", "prof", "professor", "sir", "dame",
      "lady", "lord", "madam", "madame", "mme", "mlle", "rev", "revd", "reverend", "fr", "father",
      "hon", "capt", "captain", "col", "gen", "lt", "sgt", "herr", "frau");

  /** Lower-case letters and degrees written after a name. */
  static final Set<String> LATIN_POST_NOMINALS = Set.of(
      "phd", "md", "dds", "esq", "mba", "cpa", "obe", "mbe", "cbe", "kbe", "qc", "kc", "rn", "bsc",
      "msc", "ba", "ma");

  /** Generational suffixes: they tell two people apart, so they stay in the canonical form. */
  static final Set<String> GENERATIONAL = Set.of("jr", "sr", "ii", "iii", "iv", "junior", "senior");

  /** Chinese titles written after a name (simplified), longest first so 总经理 wins over 经理. */
  static final List<String> CHINESE_TITLES = List.of(
      "总经理", "董事长", "先生", "女士", "小姐", "博士", "老师", "教授", "太太", "夫人", "医生",
      "大夫", "经理", "主任", "律师", "同志", "师傅");

  /** The Chinese title ending the name, if any, and only when a name is left before it. */
  static String chineseTitleAtEnd(String hanName) {
    for (String title : CHINESE_TITLES) {
      if (hanName.length() > title.length() && hanName.endsWith(title)) {
        return title;
      }
    }
    return "";
  }

  /** The name without a trailing Chinese title (先生, 女士...), which goes to the HONORIFIC part. */
  static String moveChineseTitle(String name, java.util.Map<Part, String> parts) {
    String title = chineseTitleAtEnd(name);
    if (title.isEmpty()) {
      return name;
    }
    parts.put(Part.HONORIFIC, title);
    return name.substring(0, name.length() - title.length());
  }
}
