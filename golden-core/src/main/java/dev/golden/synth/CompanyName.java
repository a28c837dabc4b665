package dev.golden.synth;

/**
 * A company's clean name as its parts: the place it is registered in (Chinese names start with the
 * city: 北京), the trade name and business ({@code core}: 华信科技, Northwind Logistics) and the
 * legal form (有限公司, Ltd). Branches share the core and differ in place.
 */
record CompanyName(String place, String core, String corePinyin, String legalForm) {
  static final CompanyName NONE = new CompanyName("", "", "", "");

  boolean isPresent() {
    return !core.isEmpty();
  }

  String text() {
    if (isHan()) {
      return place + core + legalForm;
    }
    return legalForm.isEmpty() ? core : core + " " + legalForm;
  }

  boolean isHan() {
    return !corePinyin.isEmpty();
  }
}
