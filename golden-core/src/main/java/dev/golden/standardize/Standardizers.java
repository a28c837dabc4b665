package dev.golden.standardize;

import dev.golden.dictionary.Role;
import java.util.EnumMap;
import java.util.Map;

/** The standardizer of each role. */
final class Standardizers {
  private Standardizers() {}

  static Map<Role, Standardizer> all() {
    Map<Role, Standardizer> map = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      map.put(role, Standardizers::collapseWhitespace);
    }
    Nicknames nicknames = Nicknames.defaults();
    map.put(Role.PERSON_NAME, new PersonNameStandardizer(nicknames));
    map.put(Role.GIVEN_NAME, new NamePartStandardizer(Part.GIVEN, nicknames));
    map.put(Role.FAMILY_NAME, new NamePartStandardizer(Part.FAMILY, nicknames));
    map.put(Role.COMPANY_NAME, new CompanyNameStandardizer());
    map.put(Role.PHONE, new PhoneStandardizer());
    map.put(Role.EMAIL, new EmailStandardizer());
    return map;
  }

  private static StandardValue collapseWhitespace(String raw, StandardizeContext context) {
    return StandardValue.of(raw, raw.strip().replaceAll("\\s+", " "));
  }
}
