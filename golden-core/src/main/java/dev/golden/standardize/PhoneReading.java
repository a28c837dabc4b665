package dev.golden.standardize;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;

/**
 * A valid telephone number as the phone standardizer reports it.
 *
 * @param e164 e.g. {@code +8613800138000}
 * @param region the region libphonenumber assigns the number to, e.g. {@code CN}
 * @param type never {@link PhoneNumberType#UNKNOWN}
 * @param extension digits only; empty when there is none
 */
record PhoneReading(String e164, String region, PhoneNumberType type, String extension) {}
