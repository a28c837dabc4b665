package dev.golden.synth;

import java.util.Locale;
import java.util.Map;

/**
 * Addresses as other systems hold them: abbreviated street types (Street/St), the city repeated in
 * the street line (北京市朝阳区...), 号楼 for 栋, full-width digits, traditional script, typos,
 * postcodes without spaces, country names instead of codes, and missing parts.
 */
final class AddressVariants {
  private static final String[][] STREET_ABBREVIATIONS = {
      {" Street", " St"}, {" Road", " Rd"}, {" Avenue", " Ave"}, {" Lane", " Ln"}, {" Drive", " Dr"},
      {" Court", " Ct"}, {" Place", " Pl"}, {" Crescent", " Cres"}, {" Close", " Cl"}, {" Boulevard", " Blvd"},
      {" Terrace", " Tce"}, {" Parade", " Pde"}, {"Apt ", "Apartment "}, {"Suite ", "Ste "}, {"Flat ", "Apartment "}};
  private static final Map<Culture, Map<String, String>> REGION_NAMES = Map.of(
      Culture.AU, Map.of("NSW", "New South Wales", "VIC", "Victoria", "QLD", "Queensland", "WA", "Western Australia",
          "SA", "South Australia", "TAS", "Tasmania", "ACT", "Australian Capital Territory"),
      Culture.US, Map.of("NY", "New York", "CA", "California", "TX", "Texas", "IL", "Illinois", "FL", "Florida",
          "WA", "Washington", "MA", "Massachusetts", "PA", "Pennsylvania"),
      Culture.GB, Map.of());
  private static final Map<String, String> CITY_NICKNAMES = Map.of(
      "New York", "NYC", "Los Angeles", "LA", "San Francisco", "SF", "Philadelphia", "Phila");
  private static final Map<Culture, String[]> COUNTRY_NAMES = Map.of(
      Culture.CN, new String[] {"China", "中国", "PRC", "中华人民共和国", "cn"},
      Culture.US, new String[] {"USA", "United States", "U.S.A.", "US", "United States of America"},
      Culture.GB, new String[] {"UK", "United Kingdom", "England", "Great Britain", "GBR"},
      Culture.AU, new String[] {"Australia", "AUS", "australia"});

  private AddressVariants() {}

  static void clean(Draft draft, Address address) {
    draft.streetAddress = address.line();
    draft.city = address.city();
    draft.region = address.region();
    draft.postcode = address.postcode();
    draft.country = address.culture().countryCode();
  }

  static void vary(Draft draft, Address address, boolean traditional, Dice dice) {
    Culture culture = address.culture();
    draft.streetAddress = dice.chance(0.04) ? Placeholders.missing(culture, dice)
        : culture.chinese() ? chineseLine(address, traditional, dice) : latinLine(address.line(), dice);
    draft.city = city(address, traditional, dice);
    draft.region = region(address, dice);
    draft.postcode = postcode(address, dice);
    draft.country = country(culture, dice);
  }

  private static String chineseLine(Address address, boolean traditional, Dice dice) {
    String line = address.line();
    double u = dice.nextDouble();
    if (u < 0.25) {
      line = address.city() + line;
    } else if (u < 0.3 && !address.region().equals(address.city())) {
      line = address.region() + address.city() + line;
    }
    if (dice.chance(0.2)) {
      line = line.replace("栋", "号楼");
    }
    if (dice.chance(0.1)) {
      line = line.replace("室", "");
    }
    if (dice.chance(0.04)) {
      line = Typos.digit(line, dice);
    }
    if (dice.chance(0.05)) {
      line = ChineseText.fullWidthDigits(line);
    }
    return traditional ? ChineseText.traditional(line) : line;
  }

  private static String latinLine(String line, Dice dice) {
    if (dice.chance(0.4)) {
      line = swapAbbreviation(line, dice.chance(0.2));
    }
    if (dice.chance(0.06)) {
      line = dice.chance(0.5) ? Typos.keyboard(line, dice) : Typos.digit(line, dice);
    }
    if (dice.chance(0.06)) {
      line = line.toUpperCase(Locale.ROOT);
    }
    if (dice.chance(0.03)) {
      line = line.replace(" ", "  ") + " ";
    }
    return line;
  }

  // Street becomes St (or St.), and St becomes Street.
  private static String swapAbbreviation(String line, boolean withDot) {
    for (String[] pair : STREET_ABBREVIATIONS) {
      if (line.contains(pair[0])) {
        return line.replace(pair[0], withDot && !pair[1].endsWith(" ") ? pair[1] + "." : pair[1]);
      }
      if (line.endsWith(pair[1]) || line.contains(pair[1] + ",")) {
        return line.replace(pair[1], pair[0]);
      }
    }
    return line;
  }

  private static String city(Address address, boolean traditional, Dice dice) {
    String city = address.city();
    if (dice.chance(0.04)) {
      return Placeholders.missing(address.culture(), dice);
    }
    if (address.culture().chinese()) {
      if (dice.chance(0.3)) {
        city = city.substring(0, city.length() - 1);
      }
      return traditional ? ChineseText.traditional(city) : city;
    }
    double u = dice.nextDouble();
    if (u < 0.05 && CITY_NICKNAMES.containsKey(city)) {
      return CITY_NICKNAMES.get(city);
    }
    if (u < 0.1) {
      return city.toUpperCase(Locale.ROOT);
    }
    return u < 0.14 ? Typos.keyboard(city, dice) : city;
  }

  private static String region(Address address, Dice dice) {
    String region = address.region();
    if (dice.chance(address.culture() == Culture.GB ? 0.3 : 0.08)) {
      return "";
    }
    if (address.culture().chinese()) {
      return dice.chance(0.3) ? region.substring(0, region.length() - 1) : region;
    }
    return dice.chance(0.25) ? REGION_NAMES.get(address.culture()).getOrDefault(region, region) : region;
  }

  private static String postcode(Address address, Dice dice) {
    String postcode = address.postcode();
    if (dice.chance(0.06)) {
      return Placeholders.missing(address.culture(), dice);
    }
    if (dice.chance(0.04)) {
      return Typos.digit(postcode, dice);
    }
    return switch (address.culture()) {
      case GB -> dice.chance(0.2) ? postcode.replace(" ", "") : dice.chance(0.05) ? postcode.toLowerCase(Locale.ROOT) : postcode;
      case US -> dice.chance(0.1) ? postcode + "-" + dice.digits(4) : postcode;
      default -> postcode;
    };
  }

  private static String country(Culture culture, Dice dice) {
    if (dice.chance(0.05)) {
      return Placeholders.missing(culture, dice);
    }
    return dice.chance(0.35) ? dice.pick(COUNTRY_NAMES.get(culture)) : culture.countryCode();
  }
}
