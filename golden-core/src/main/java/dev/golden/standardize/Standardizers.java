package dev.golden.standardize;

import dev.golden.dictionary.Role;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/** The standardizer of each role. */
final class Standardizers {
  private Standardizers() {}

  static Map<Role, Standardizer> all() {
    return all(Nicknames.defaults(), Clock.systemDefaultZone());
  }

  static Map<Role, Standardizer> all(Nicknames nicknames, Clock clock) {
    Map<Role, Standardizer> map = new EnumMap<>(Role.class);
    map.put(Role.PERSON_NAME, new PersonNameStandardizer(nicknames));
    map.put(Role.GIVEN_NAME, new NamePartStandardizer(Part.GIVEN, nicknames));
    map.put(Role.FAMILY_NAME, new NamePartStandardizer(Part.FAMILY, nicknames));
    map.put(Role.COMPANY_NAME, new CompanyNameStandardizer());
    map.put(Role.PHONE, new PhoneStandardizer());
    map.put(Role.EMAIL, new EmailStandardizer());
    map.put(Role.STREET_ADDRESS, new StreetAddressStandardizer());
    map.put(Role.HOUSE_NUMBER, new HouseNumberStandardizer());
    map.put(Role.CITY, new PlaceStandardizer());
    map.put(Role.REGION, new PlaceStandardizer());
    map.put(Role.POSTCODE, new PostcodeStandardizer());
    map.put(Role.COUNTRY, new CountryStandardizer());
    map.put(Role.DATE_OF_BIRTH, new DateOfBirthStandardizer(clock));
    map.put(Role.NATIONAL_ID, new NationalIdStandardizer());
    map.put(Role.WEBSITE, new WebsiteStandardizer());
    map.put(Role.CATEGORY, SimpleStandardizers.CATEGORY);
    map.put(Role.FREE_TEXT, SimpleStandardizers.FREE_TEXT);
    map.put(Role.IDENTIFIER, SimpleStandardizers.IDENTIFIER);
    if (map.size() != Role.values().length) {
      throw new IllegalStateException("a role has no standardizer");
    }
    return map;
  }
}
