package dev.golden.standardize;

import java.util.List;
import java.util.Optional;

/**
 * Legal forms that end company names, in English, European and Chinese spellings, each with one
 * normalised code: {@code Co., Ltd.} and {@code Company Limited} are both {@code co_ltd}, 有限公司 is
 * {@code youxian_gongsi}.
 */
final class LegalForms {
  private LegalForms() {}

  /** A legal form: its code, and for Chinese forms the simplified spelling used in canonical forms. */
  record Form(String code, String spelling) {}

  /** A match at the end of a name: the form and where the rest of the name stops. */
  record Match(Form form, int restEnd) {}

  // Token sequences (dots already removed), longest first within each ending.
  private static final List<Entry> LATIN = List.of(
      latin("gmbh_co_kg", "gmbh and co kg"),
      latin("co_ltd", "co ltd"), latin("co_ltd", "company ltd"), latin("co_ltd", "co limited"),
      latin("co_ltd", "company limited"),
      latin("pty_ltd", "pty ltd"), latin("pty_ltd", "pty limited"), latin("pty_ltd", "proprietary limited"),
      latin("pte_ltd", "pte ltd"), latin("pte_ltd", "pte limited"), latin("pte_ltd", "private limited"),
      latin("pvt_ltd", "pvt ltd"), latin("sdn_bhd", "sdn bhd"),
      latin("ltd", "ltd"), latin("ltd", "limited"), latin("ltd", "ltda"),
      latin("inc", "inc"), latin("inc", "incorporated"),
      latin("corp", "corp"), latin("corp", "corporation"),
      latin("co", "co"), latin("co", "company"),
      latin("llc", "llc"), latin("llp", "llp"), latin("lp", "lp"), latin("plc", "plc"),
      latin("gmbh", "gmbh"), latin("ag", "ag"), latin("kg", "kg"), latin("sa", "sa"),
      latin("sarl", "sarl"), latin("sas", "sas"), latin("srl", "srl"), latin("spa", "spa"),
      latin("bv", "bv"), latin("nv", "nv"), latin("ab", "ab"), latin("oy", "oy"), latin("kk", "kk"),
      latin("bhd", "bhd"));

  // Longest first: 股份有限公司 before 有限公司 before 公司.
  private static final List<Form> CHINESE = List.of(
      new Form("jituan_gufen_youxian_gongsi", "集团股份有限公司"),
      new Form("jituan_youxian_gongsi", "集团有限公司"),
      new Form("gufen_youxian_gongsi", "股份有限公司"),
      new Form("youxian_zeren_gongsi", "有限责任公司"),
      new Form("youxian_gongsi", "有限公司"),
      new Form("jituan_gongsi", "集团公司"),
      new Form("youxian_hehuo", "有限合伙"),
      new Form("hehuo_qiye", "合伙企业"),
      new Form("gongsi", "公司"),
      new Form("jituan", "集团"),
      new Form("shiwusuo", "事务所"),
      new Form("shanghang", "商行"),
      new Form("chang", "厂"));

  /** The branch marker 分公司: a branch is not the same legal entity as its parent. */
  static final String BRANCH = "分公司";

  private record Entry(Form form, List<String> tokens) {}

  private static Entry latin(String code, String tokens) {
    return new Entry(new Form(code, code.replace('_', ' ')), List.of(tokens.split(" ")));
  }

  /** The legal form the Latin tokens end with, leaving at least one token of name before it. */
  static Optional<Match> atEndOf(List<String> tokens) {
    for (Entry entry : LATIN) {
      int size = entry.tokens().size();
      int start = tokens.size() - size;
      if (start >= 1 && tokens.subList(start, tokens.size()).equals(entry.tokens())) {
        return Optional.of(new Match(entry.form(), start));
      }
    }
    return Optional.empty();
  }

  /** The Chinese legal form the simplified name ends with, leaving at least one character. */
  static Optional<Match> atEndOf(String hanName) {
    for (Form form : CHINESE) {
      String spelling = form.spelling();
      if (hanName.length() > spelling.length() && hanName.endsWith(spelling)) {
        return Optional.of(new Match(form, hanName.length() - spelling.length()));
      }
    }
    return Optional.empty();
  }
}
