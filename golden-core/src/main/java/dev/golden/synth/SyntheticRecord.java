package dev.golden.synth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One generated customer record as written to the CSV file, plus the answer: which entity it is a
 * record of ({@code entityId}) and whether it is that entity's first record ({@code copy} 0) or a
 * duplicate. The answer is for tests and evaluation; never feed it to a matcher.
 * Absent values are empty strings.
 */
public record SyntheticRecord(
    String recordId,
    String givenName,
    String familyName,
    String companyName,
    String email,
    String phone,
    String streetAddress,
    String city,
    String region,
    String postcode,
    String country,
    String dateOfBirth,
    String sourceSystem,
    long entityId,
    int copy) {

  /** The CSV header; every name is one Golden's default dictionary recognises. */
  public static final List<String> HEADER = List.of("record_id", "given_name", "family_name", "company_name",
      "email", "phone", "street_address", "city", "region", "postcode", "country", "date_of_birth", "source_system");

  /** The values in {@link #HEADER} order. */
  public List<String> values() {
    return List.of(recordId, givenName, familyName, companyName, email, phone, streetAddress, city, region,
        postcode, country, dateOfBirth, sourceSystem);
  }

  /** The record as an entry form sends it: dictionary field name → raw value, without the id and empty fields. */
  public Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    List<String> values = values();
    for (int i = 1; i < HEADER.size(); i++) {
      if (!values.get(i).isEmpty()) {
        fields.put(HEADER.get(i), values.get(i));
      }
    }
    return fields;
  }

  public boolean duplicate() {
    return copy > 0;
  }
}
