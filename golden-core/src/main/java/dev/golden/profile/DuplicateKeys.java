package dev.golden.profile;

import dev.golden.dictionary.ColumnMapping;
import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.FieldDefinition;
import dev.golden.dictionary.MappedColumn;
import dev.golden.dictionary.Role;
import dev.golden.hash.TextHash;
import dev.golden.standardize.Part;
import dev.golden.standardize.StandardValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds records that share an exact standardized key. Each record's key hashes are kept (8 bytes
 * per record and key) so that records in at least one shared key can be counted at the end.
 */
final class DuplicateKeys {
  /** One key: the columns and parts it is built from. */
  private record Key(String name, List<Component> components) {}

  private record Component(MappedColumn column, Optional<Part> part) {}

  private final List<Key> keys = new ArrayList<>();
  private final List<LongCounts> counts = new ArrayList<>();
  private final List<long[]> hashes = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private int records;

  DuplicateKeys(ColumnMapping mapping, DataDictionary dictionary) {
    Optional<Component> email = component(mapping, dictionary, Role.EMAIL, Part.COMPARE_FORM);
    Optional<Component> phone = component(mapping, dictionary, Role.PHONE, Part.E164);
    Optional<Component> nationalId = component(mapping, dictionary, Role.NATIONAL_ID, null);
    Optional<Component> given = component(mapping, dictionary, Role.GIVEN_NAME, null);
    Optional<Component> family = component(mapping, dictionary, Role.FAMILY_NAME, null);
    Optional<Component> fullName = component(mapping, dictionary, Role.PERSON_NAME, null);
    Optional<Component> birth = component(mapping, dictionary, Role.DATE_OF_BIRTH, null);
    Optional<Component> postcode = component(mapping, dictionary, Role.POSTCODE, null);
    Optional<Component> city = component(mapping, dictionary, Role.CITY, null);
    Optional<Component> company = component(mapping, dictionary, Role.COMPANY_NAME, Part.CORE_NAME);

    List<Component> name = given.isPresent() && family.isPresent()
        ? List.of(given.get(), family.get())
        : fullName.map(List::of).orElse(List.of());
    add("email", email.map(List::of).orElse(List.of()));
    add("phone", phone.map(List::of).orElse(List.of()));
    add("national_id", nationalId.map(List::of).orElse(List.of()));
    add("name+date_of_birth", name, birth);
    add("name+postcode", name, postcode);
    add("company+postcode", company.map(List::of).orElse(List.of()), postcode);
    add("company+city", company.map(List::of).orElse(List.of()), city);
    add("company+phone", company.map(List::of).orElse(List.of()), phone);
  }

  /** The column of the first dictionary field with this role that a column is mapped to. */
  private static Optional<Component> component(
      ColumnMapping mapping, DataDictionary dictionary, Role role, Part part) {
    for (FieldDefinition field : dictionary.fieldsWith(role)) {
      Optional<MappedColumn> column = mapping.columnFor(field.name());
      if (column.isPresent()) {
        return Optional.of(new Component(column.get(), Optional.ofNullable(part)));
      }
    }
    return Optional.empty();
  }

  private void add(String name, List<Component> base, Optional<Component> extra) {
    if (extra.isPresent() && !base.isEmpty()) {
      List<Component> all = new ArrayList<>(base);
      all.add(extra.get());
      add(name, all);
    }
  }

  private void add(String name, List<Component> components) {
    if (!components.isEmpty()) {
      keys.add(new Key(name, List.copyOf(components)));
      counts.add(new LongCounts());
      hashes.add(new long[1024]);
    }
  }

  boolean isEmpty() {
    return keys.isEmpty();
  }

  /** Adds one record, given the standardized value of each column (null for unmapped ones). */
  void add(StandardValue[] row) {
    for (int k = 0; k < keys.size(); k++) {
      long hash = hash(keys.get(k), row);
      long[] perRecord = hashes.get(k);
      if (records == perRecord.length) {
        perRecord = Arrays.copyOf(perRecord, perRecord.length * 2);
        hashes.set(k, perRecord);
      }
      perRecord[records] = hash;
      if (hash != 0) {
        counts.get(k).add(hash);
      }
    }
    records++;
  }

  /** The key's hash, or 0 when one of its values is missing. */
  private long hash(Key key, StandardValue[] row) {
    text.setLength(0);
    for (Component component : key.components()) {
      StandardValue value = row[component.column().index()];
      if (value == null || value.isMissing()) {
        return 0;
      }
      Optional<String> part = component.part().flatMap(value::part);
      String canonical = part.isPresent() ? part.get() : value.canonicalValue().orElse("");
      if (canonical.isBlank()) {
        return 0;
      }
      text.append(canonical.toLowerCase(Locale.ROOT)).append('\u001F');
    }
    return TextHash.of(text);
  }

  Duplicates result() {
    List<DuplicateKeyCount> perKey = new ArrayList<>();
    boolean[] shared = new boolean[records];
    for (int k = 0; k < keys.size(); k++) {
      LongCounts keyCounts = counts.get(k);
      long[] perRecord = hashes.get(k);
      long inShared = 0;
      LongCounts groups = new LongCounts();
      for (int r = 0; r < records; r++) {
        if (perRecord[r] != 0 && keyCounts.count(perRecord[r]) > 1) {
          inShared++;
          shared[r] = true;
          groups.add(perRecord[r]);
        }
      }
      Key key = keys.get(k);
      List<String> fields = key.components().stream()
          .map(c -> c.column().field().map(FieldDefinition::name).orElse(c.column().header()))
          .toList();
      perKey.add(new DuplicateKeyCount(key.name(), fields, inShared, groups.size()));
    }
    long total = 0;
    for (boolean s : shared) {
      if (s) {
        total++;
      }
    }
    return new Duplicates(perKey, total);
  }
}
