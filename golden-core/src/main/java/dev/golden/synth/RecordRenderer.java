package dev.golden.synth;

/**
 * Writes an entity as a record: its first record (copy 0) faithfully, every further copy the way
 * another system would hold it, with the variants and mistakes of {@link NameVariants},
 * {@link ContactVariants}, {@link AddressVariants}, {@link DateVariants} and {@link CompanyVariants}.
 */
final class RecordRenderer {
  private static final long PURPOSE_COPY = 3;
  private static final String[] SOURCES = {"CRM", "CRM", "ERP", "WEB", "POS", "CALL_CENTER", "LEGACY"};
  private static final double MOVED_HOUSE = 0.05;

  private final long seed;
  private final EntityFactory factory;

  RecordRenderer(long seed, EntityFactory factory) {
    this.seed = seed;
    this.factory = factory;
  }

  SyntheticRecord render(Entity entity, int copy, String recordId) {
    Dice dice = Dice.of(seed, entity.index(), PURPOSE_COPY, copy);
    Draft original = original(entity, dice);
    if (copy == 0) {
      return original.toRecord(recordId, entity.index(), copy);
    }
    Draft duplicate = duplicate(entity, dice);
    if (sameValues(original, duplicate)) {
      duplicate.phone = PhoneFormat.E164.format(entity.phone());
      duplicate.familyName = duplicate.familyName.toUpperCase(java.util.Locale.ROOT);
    }
    return duplicate.toRecord(recordId, entity.index(), copy);
  }

  private static Draft original(Entity entity, Dice dice) {
    Draft draft = new Draft();
    NameVariants.clean(draft, entity.name());
    draft.companyName = entity.companyName().isPresent() ? entity.companyName().text() : "";
    draft.email = dice.chance(0.05) ? "" : entity.email();
    draft.phone = PhoneFormat.NATIONAL.format(entity.phone());
    AddressVariants.clean(draft, entity.address());
    draft.dateOfBirth = dice.chance(0.03) ? "" : entity.dateOfBirth();
    draft.sourceSystem = dice.pick(SOURCES);
    return draft;
  }

  private Draft duplicate(Entity entity, Dice dice) {
    Draft draft = new Draft();
    Culture culture = entity.culture();
    Script script = script(culture, entity.company(), dice);
    if (entity.name().isPresent()) {
      NameVariants.vary(draft, entity.name(), culture, script, dice);
    }
    if (entity.companyName().isPresent()) {
      draft.companyName = CompanyVariants.vary(entity.companyName(), culture, script == Script.TRADITIONAL, dice);
    }
    draft.email = ContactVariants.email(entity.email(), culture, dice);
    draft.phone = ContactVariants.phone(entity.phone(), culture, dice);
    Address address = dice.chance(MOVED_HOUSE) ? factory.address(dice, culture, entity.company()) : entity.address();
    AddressVariants.vary(draft, address, script == Script.TRADITIONAL, dice);
    draft.dateOfBirth = DateVariants.vary(entity.dateOfBirth(), culture, dice);
    draft.sourceSystem = dice.pick(SOURCES);
    return draft;
  }

  private static Script script(Culture culture, boolean company, Dice dice) {
    if (!culture.chinese()) {
      return Script.SIMPLIFIED;
    }
    double u = dice.nextDouble();
    return u < 0.15 ? Script.TRADITIONAL : u < 0.35 && !company ? Script.PINYIN : Script.SIMPLIFIED;
  }

  private static boolean sameValues(Draft a, Draft b) {
    return a.givenName.equals(b.givenName) && a.familyName.equals(b.familyName)
        && a.companyName.equals(b.companyName) && a.email.equals(b.email) && a.phone.equals(b.phone)
        && a.streetAddress.equals(b.streetAddress) && a.city.equals(b.city) && a.region.equals(b.region)
        && a.postcode.equals(b.postcode) && a.country.equals(b.country) && a.dateOfBirth.equals(b.dateOfBirth);
  }
}
