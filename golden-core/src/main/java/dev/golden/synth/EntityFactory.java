package dev.golden.synth;

import java.time.LocalDate;
import java.util.List;

/**
 * Creates the clean entity with a given index, from the seed alone, so any entity can be recreated
 * at any time. Some entities are deliberately close to their predecessor without being the same
 * customer (hard negatives): a household member at the same address and home phone, a namesake in
 * the same city, or a branch of the same company in another city.
 */
final class EntityFactory {
  private static final long PURPOSE_ENTITY = 1;
  private static final long PURPOSE_RELATION = 2;
  private static final double HOUSEHOLD_SHARE_OF_PERSON_RELATIONS = 0.7;
  private static final long EARLIEST_BIRTH = LocalDate.of(1940, 1, 1).toEpochDay();
  private static final long LATEST_BIRTH = LocalDate.of(2005, 12, 31).toEpochDay();
  private static final WeightedList<String> STREET_TYPES = new WeightedList<>(List.of(
      "Street", "Road", "Avenue", "Lane", "Drive", "Court", "Place", "Crescent", "Close", "Boulevard", "Terrace", "Parade"), 2);
  private static final String POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

  private final long seed;
  private final double chineseShare;
  private final double companyShare;
  private final double relatedShare;
  private final Vocabulary words = Vocabulary.INSTANCE;

  EntityFactory(long seed, double chineseShare, double companyShare, double relatedShare) {
    this.seed = seed;
    this.chineseShare = chineseShare;
    this.companyShare = companyShare;
    this.relatedShare = relatedShare;
  }

  Entity create(long index) {
    return related(index) ? relative(create(index - 1), index) : independent(index);
  }

  /** Whether the entity is a hard negative of its predecessor. Never two in a row, so no chains. */
  boolean related(long index) {
    return index > 0 && relationDrawn(index) && !relationDrawn(index - 1);
  }

  private boolean relationDrawn(long index) {
    return Dice.of(seed, index, PURPOSE_RELATION).chance(relatedShare);
  }

  private boolean householdFollows(long index) {
    return related(index + 1) && Dice.of(seed, index + 1, PURPOSE_RELATION, 1).chance(HOUSEHOLD_SHARE_OF_PERSON_RELATIONS);
  }

  private Entity independent(long index) {
    Dice dice = Dice.of(seed, index, PURPOSE_ENTITY);
    Culture culture = dice.chance(chineseShare) ? Culture.CN : latinCulture(dice);
    boolean company = dice.chance(companyShare);
    Address address = address(dice, culture, company);
    if (company) {
      CompanyName name = companyName(dice, culture, address);
      PersonName contact = dice.chance(0.6) ? personName(dice, culture) : PersonName.NONE;
      return new Entity(index, true, culture, contact, name, companyEmail(dice, name, contact, culture),
          landline(dice, address), address, "");
    }
    PersonName name = personName(dice, culture);
    Phone phone = householdFollows(index) || dice.chance(0.15) ? landline(dice, address) : Phone.mobile(culture, dice);
    return new Entity(index, false, culture, name, CompanyName.NONE, personEmail(dice, name, culture), phone,
        address, birthDate(dice));
  }

  private Entity relative(Entity base, long index) {
    Dice dice = Dice.of(seed, index, PURPOSE_ENTITY);
    Culture culture = base.culture();
    if (base.company()) {
      Address address = otherCity(dice, base.address(), true);
      CompanyName name = new CompanyName(culture.chinese() ? cityPrefix(address.city()) : "",
          base.companyName().core(), base.companyName().corePinyin(), base.companyName().legalForm());
      PersonName contact = dice.chance(0.6) ? personName(dice, culture) : PersonName.NONE;
      return new Entity(index, true, culture, contact, name, companyEmail(dice, name, contact, culture),
          landline(dice, address), address, "");
    }
    boolean household = Dice.of(seed, index, PURPOSE_RELATION, 1).chance(HOUSEHOLD_SHARE_OF_PERSON_RELATIONS);
    if (household) {
      PersonName name = otherGivenName(dice, base.name(), culture);
      return new Entity(index, false, culture, name, CompanyName.NONE, personEmail(dice, name, culture),
          base.phone(), base.address(), relativeBirthDate(dice, base.dateOfBirth()));
    }
    Address address = sameCityElsewhere(dice, base.address());
    return new Entity(index, false, culture, base.name(), CompanyName.NONE, personEmail(dice, base.name(), culture),
        Phone.mobile(culture, dice), address, birthDate(dice));
  }

  private static Culture latinCulture(Dice dice) {
    double u = dice.nextDouble();
    return u < 0.5 ? Culture.US : u < 0.75 ? Culture.GB : Culture.AU;
  }

  // Names ------------------------------------------------------------------------------------

  private PersonName personName(Dice dice, Culture culture) {
    if (culture.chinese()) {
      Vocabulary.HanWord family = words.chineseFamilyNames.draw(dice);
      Vocabulary.HanWord given = words.chineseGivenNames.draw(dice);
      return new PersonName(given.han(), family.han(), given.pinyin(), family.pinyin(), dice.chance(0.5));
    }
    Vocabulary.LatinGiven given = words.latinGivenNames.draw(dice);
    return PersonName.latin(given.name(), words.latinFamilyNames.draw(dice), given.female());
  }

  private PersonName otherGivenName(Dice dice, PersonName base, Culture culture) {
    for (int attempt = 0; ; attempt++) {
      PersonName drawn = personName(dice, culture);
      if (!drawn.given().equals(base.given()) || attempt > 20) {
        return new PersonName(drawn.given(), base.family(), drawn.givenPinyin(), base.familyPinyin(), drawn.female());
      }
    }
  }

  private CompanyName companyName(Dice dice, Culture culture, Address address) {
    if (culture.chinese()) {
      Vocabulary.HanWord word = words.chineseCompanyWords.draw(dice);
      String trade = words.chineseCompanyTrades.draw(dice);
      double u = dice.nextDouble();
      String legalForm = u < 0.7 ? "有限公司" : u < 0.9 ? "股份有限公司" : "有限责任公司";
      return new CompanyName(cityPrefix(address.city()), word.han() + trade, word.pinyin(), legalForm);
    }
    String word = dice.chance(0.3) ? words.latinFamilyNames.draw(dice) : words.latinCompanyWords.draw(dice);
    String core = dice.chance(0.1) ? word + " & Sons" : word + " " + words.latinCompanyTrades.draw(dice);
    String legalForm = switch (culture) {
      case US -> dice.pick(new String[] {"Inc.", "LLC", "Corp.", "Inc."});
      case GB -> dice.pick(new String[] {"Ltd", "Ltd", "Limited", "PLC"});
      default -> dice.pick(new String[] {"Pty Ltd", "Pty Ltd", "Pty. Ltd."});
    };
    return new CompanyName("", core, "", legalForm);
  }

  private static String cityPrefix(String city) {
    return city.endsWith("市") ? city.substring(0, city.length() - 1) : city;
  }

  // Contact details ---------------------------------------------------------------------------

  private static String personEmail(Dice dice, PersonName name, Culture culture) {
    if (culture.chinese()) {
      if (dice.chance(0.35)) {
        return dice.between(1, 9) + dice.digits(dice.between(5, 9)) + "@qq.com";
      }
      String family = name.familyPinyin().replace(" ", "");
      String given = name.givenPinyin().replace(" ", "");
      String local = switch (dice.nextInt(4)) {
        case 0 -> family + given;
        case 1 -> given + "." + family;
        case 2 -> family + "_" + given;
        default -> family + given.charAt(0);
      };
      int year = dice.between(1970, 2005);
      String suffix = !dice.chance(0.6) ? "" : dice.chance(0.5) ? String.valueOf(year) : String.valueOf(year).substring(2);
      return local + suffix + "@" + dice.pick(new String[] {"163.com", "126.com", "qq.com", "sina.com", "sohu.com", "foxmail.com", "139.com"});
    }
    String given = lettersOnly(name.given());
    String family = lettersOnly(name.family());
    String local = switch (dice.nextInt(5)) {
      case 0 -> given + "." + family;
      case 1 -> given.charAt(0) + family;
      case 2 -> given + "_" + family;
      case 3 -> family + "." + given;
      default -> given + family;
    };
    String suffix = dice.chance(0.45) ? String.valueOf(dice.between(1, 99)) : "";
    String[] domains = switch (culture) {
      case GB -> new String[] {"gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com"};
      case AU -> new String[] {"gmail.com", "bigpond.com", "hotmail.com", "outlook.com", "optusnet.com.au", "yahoo.com.au"};
      default -> new String[] {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com", "comcast.net"};
    };
    return local + suffix + "@" + domains[dice.nextInt(domains.length)];
  }

  private static String companyEmail(Dice dice, CompanyName name, PersonName contact, Culture culture) {
    String domain = switch (culture) {
      case CN -> name.corePinyin() + dice.pick(new String[] {".com.cn", ".cn", ".com"});
      case GB -> lettersOnly(name.core()) + ".co.uk";
      case AU -> lettersOnly(name.core()) + ".com.au";
      case US -> lettersOnly(name.core()) + ".com";
    };
    if (contact.isPresent() && dice.chance(0.6)) {
      String local = contact.han()
          ? contact.familyPinyin().replace(" ", "") + "." + contact.givenPinyin().replace(" ", "")
          : lettersOnly(contact.given()).charAt(0) + lettersOnly(contact.family());
      return local + "@" + domain;
    }
    return dice.pick(new String[] {"info", "sales", "contact", "office", "admin"}) + "@" + domain;
  }

  private static String lettersOnly(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128 && Character.isLetter(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  private Phone landline(Dice dice, Address address) {
    String areaCode = areaCode(address);
    return switch (address.culture()) {
      case CN -> Phone.chineseLandline(dice, areaCode);
      case GB -> Phone.britishLandline(dice, areaCode);
      case AU -> Phone.australianLandline(dice, areaCode);
      case US -> Phone.american(dice, areaCode);
    };
  }

  private String areaCode(Address address) {
    return address.culture().chinese()
        ? words.chineseCityByName.get(address.city()).areaCode()
        : words.latinCityByName.get(address.city()).areaCode();
  }

  // Addresses ---------------------------------------------------------------------------------

  /** A fresh address in the country, e.g. after a move. */
  Address address(Dice dice, Culture culture, boolean company) {
    if (culture.chinese()) {
      return chineseAddress(dice, words.chineseCities.draw(dice), company);
    }
    return latinAddress(dice, words.latinCities.get(culture).draw(dice), company);
  }

  private Address otherCity(Dice dice, Address base, boolean company) {
    for (int attempt = 0; ; attempt++) {
      Address drawn = address(dice, base.culture(), company);
      if (!drawn.city().equals(base.city()) || attempt > 20) {
        return drawn;
      }
    }
  }

  private Address sameCityElsewhere(Dice dice, Address base) {
    if (base.culture().chinese()) {
      return chineseAddress(dice, words.chineseCityByName.get(base.city()), false);
    }
    return latinAddress(dice, words.latinCityByName.get(base.city()), false);
  }

  private Address chineseAddress(Dice dice, Vocabulary.ChineseCity city, boolean company) {
    String district = dice.pick(city.districts());
    String road = words.chineseRoads.draw(dice);
    int number = dice.between(1, 399);
    String premises = company
        ? (dice.chance(0.5) ? dice.pick(new String[] {"国际大厦", "科技大厦", "商务中心", "金融中心"}) + dice.between(2, 32) + "层" : "")
        : dice.between(1, 30) + "栋" + dice.between(1, 3) + "单元" + (dice.between(1, 33) * 100 + dice.between(1, 8)) + "室";
    String line = district + road + number + "号" + premises;
    return new Address(line, city.city(), city.province(), city.postcodePrefix() + dice.digits(3), Culture.CN);
  }

  private Address latinAddress(Dice dice, Vocabulary.LatinCity city, boolean company) {
    int number = dice.chance(0.7) ? dice.between(1, 199) : dice.between(200, 4999);
    String street = number + " " + words.latinStreets.draw(dice) + " " + STREET_TYPES.draw(dice);
    String line = street;
    if (dice.chance(company ? 0.4 : 0.2)) {
      String unit = String.valueOf(dice.between(1, 40));
      line = switch (city.culture()) {
        case US -> street + (company ? ", Suite " + dice.between(100, 999) : ", Apt " + unit + (dice.chance(0.3) ? "B" : ""));
        case GB -> (company ? "Unit " : "Flat ") + unit + ", " + street;
        default -> unit + "/" + street;
      };
    }
    return new Address(line, city.city(), city.region(), latinPostcode(dice, city), city.culture());
  }

  private static String latinPostcode(Dice dice, Vocabulary.LatinCity city) {
    String stem = dice.pick(city.postcodeStems());
    return switch (city.culture()) {
      case US -> stem + dice.digits(2);
      case GB -> stem + " " + dice.nextInt(10) + POSTCODE_LETTERS.charAt(dice.nextInt(POSTCODE_LETTERS.length()))
          + POSTCODE_LETTERS.charAt(dice.nextInt(POSTCODE_LETTERS.length()));
      default -> String.valueOf(Integer.parseInt(stem) + dice.nextInt(100));
    };
  }

  // Dates -------------------------------------------------------------------------------------

  private static String birthDate(Dice dice) {
    return LocalDate.ofEpochDay(EARLIEST_BIRTH + dice.nextInt((int) (LATEST_BIRTH - EARLIEST_BIRTH + 1))).toString();
  }

  /** A spouse (a few years apart) or an adult child (20 to 35 years younger) of the base person. */
  private static String relativeBirthDate(Dice dice, String baseDate) {
    LocalDate base = LocalDate.parse(baseDate);
    LocalDate date = dice.chance(0.6)
        ? base.plusDays(dice.between(-6 * 365, 6 * 365))
        : base.plusYears(dice.between(20, 35)).plusDays(dice.between(0, 364));
    if (date.toEpochDay() > LATEST_BIRTH) {
      date = base.minusYears(dice.between(20, 35)).minusDays(dice.between(0, 364));
    }
    return date.equals(base) ? date.plusDays(1).toString() : date.toString();
  }
}
