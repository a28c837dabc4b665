package dev.golden.synth;

/** The mutable fields of a record while variants are applied to it. */
final class Draft {
  String givenName = "";
  String familyName = "";
  String companyName = "";
  String email = "";
  String phone = "";
  String streetAddress = "";
  String city = "";
  String region = "";
  String postcode = "";
  String country = "";
  String dateOfBirth = "";
  String sourceSystem = "";

  SyntheticRecord toRecord(String recordId, long entityId, int copy) {
    return new SyntheticRecord(recordId, givenName, familyName, companyName, email, phone, streetAddress, city,
        region, postcode, country, dateOfBirth, sourceSystem, entityId, copy);
  }
}
