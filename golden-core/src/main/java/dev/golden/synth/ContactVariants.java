package dev.golden.synth;

import java.util.Locale;

/** Phone numbers and email addresses as other systems hold them: reformatted, mistyped, changed, missing. */
final class ContactVariants {
  private static final String[] LATIN_DOMAINS = {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com"};
  private static final String[] CHINESE_DOMAINS = {"163.com", "126.com", "qq.com", "sina.com", "gmail.com"};
  private static final String[] DOMAIN_TYPOS = {"gmail.com", "gmial.com", "hotmail.com", "hotmial.com",
      "yahoo.com", "yaho.com", "outlook.com", "outlok.com", "163.com", "163.cm", "qq.com", "qq.con"};
  private static final String[] TAGS = {"shop", "news", "promo", "work", "crm", "2024"};

  private ContactVariants() {}

  static String phone(Phone phone, Culture culture, Dice dice) {
    if (dice.chance(0.04)) {
      return Placeholders.missing(culture, dice);
    }
    Phone number = dice.chance(0.06) ? Phone.mobile(phone.culture(), dice) : phone;
    String text = dice.chance(0.75) ? PhoneFormat.any(dice).format(number) : PhoneFormat.NATIONAL.format(number);
    return dice.chance(0.04) ? Typos.digit(text, dice) : text;
  }

  static String email(String email, Culture culture, Dice dice) {
    if (email.isEmpty() || dice.chance(0.1)) {
      return Placeholders.missing(culture, dice);
    }
    int at = email.indexOf('@');
    String local = email.substring(0, at);
    String domain = email.substring(at + 1);
    if (dice.chance(0.04)) {
      domain = dice.pick(culture.chinese() ? CHINESE_DOMAINS : LATIN_DOMAINS);
    }
    if (dice.chance(0.05)) {
      local = local + "+" + dice.pick(TAGS);
    }
    if (dice.chance(0.05)) {
      if (dice.chance(0.5)) {
        local = Typos.keyboard(local, dice);
      } else {
        domain = misspellDomain(domain);
      }
    }
    String result = local + "@" + domain;
    if (dice.chance(0.08)) {
      result = dice.chance(0.3) ? result.toUpperCase(Locale.ROOT) : capitalizeWords(result);
    }
    return result;
  }

  private static String misspellDomain(String domain) {
    for (int i = 0; i < DOMAIN_TYPOS.length; i += 2) {
      if (DOMAIN_TYPOS[i].equals(domain)) {
        return DOMAIN_TYPOS[i + 1];
      }
    }
    return domain.replace(".com", ".co");
  }

  // John.Smith@Gmail.com: each run of letters after a separator starts upper case.
  private static String capitalizeWords(String text) {
    char[] chars = text.toCharArray();
    boolean start = true;
    for (int i = 0; i < chars.length; i++) {
      if (Character.isLetter(chars[i])) {
        if (start) {
          chars[i] = Character.toUpperCase(chars[i]);
        }
        start = false;
      } else {
        start = true;
      }
    }
    return new String(chars);
  }
}
