package dev.golden.synth;

import java.util.Locale;

/**
 * Company names as other systems hold them: another spelling of the legal form (Ltd/Limited,
 * 有限公司/有限責任公司), no legal form, the city in brackets (华信科技(北京)有限公司), traditional
 * script, "&" for "and", case and typos.
 */
final class CompanyVariants {
  private static final String[][] LATIN_LEGAL_FORMS = {
      {"Ltd", "Limited", "Ltd.", "LTD"}, {"Limited", "Ltd", "Ltd."}, {"PLC", "plc", "Public Limited Company"},
      {"Inc.", "Inc", "Incorporated", "INC"}, {"LLC", "L.L.C.", "llc"}, {"Corp.", "Corporation", "Corp"},
      {"Pty Ltd", "Pty. Ltd.", "PTY LTD", "Proprietary Limited"}, {"Pty. Ltd.", "Pty Ltd", "P/L"}};
  private static final String[][] CHINESE_LEGAL_FORMS = {
      {"有限公司", "有限责任公司", "公司"}, {"股份有限公司", "股份公司", "有限公司"}, {"有限责任公司", "有限公司"}};

  private CompanyVariants() {}

  static String vary(CompanyName name, Culture culture, boolean traditional, Dice dice) {
    if (dice.chance(0.02)) {
      return Placeholders.missing(culture, dice);
    }
    return name.isHan() ? han(name, traditional, dice) : latin(name, dice);
  }

  private static String han(CompanyName name, boolean traditional, Dice dice) {
    String legalForm = dice.chance(0.25) ? otherForm(CHINESE_LEGAL_FORMS, name.legalForm(), dice) : name.legalForm();
    double u = dice.nextDouble();
    String text = u < 0.15 ? name.core() + "(" + name.place() + ")" + legalForm
        : u < 0.2 ? name.core() + "（" + name.place() + "）" + legalForm
        : u < 0.27 ? name.core() + legalForm
        : name.place() + name.core() + legalForm;
    return traditional ? ChineseText.traditional(text) : text;
  }

  private static String latin(CompanyName name, Dice dice) {
    String core = name.core();
    if (dice.chance(0.3)) {
      core = core.contains(" & ") ? core.replace(" & ", " and ") : core;
    }
    if (dice.chance(0.08)) {
      core = dice.chance(0.75) ? Typos.keyboard(core, dice) : Typos.ocr(core, dice);
    }
    double u = dice.nextDouble();
    String legalForm = u < 0.1 ? "" : u < 0.45 ? otherForm(LATIN_LEGAL_FORMS, name.legalForm(), dice) : name.legalForm();
    String text = legalForm.isEmpty() ? core : core + (dice.chance(0.15) ? ", " : " ") + legalForm;
    if (dice.chance(0.08)) {
      text = text.toUpperCase(Locale.ROOT);
    }
    return dice.chance(0.03) ? "The " + text : text;
  }

  private static String otherForm(String[][] forms, String legalForm, Dice dice) {
    for (String[] row : forms) {
      if (row[0].equals(legalForm)) {
        return row[1 + dice.nextInt(row.length - 1)];
      }
    }
    return legalForm;
  }
}
