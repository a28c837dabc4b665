package dev.golden.dictionary;

import java.util.Collection;
import java.util.Optional;

/** Recognises a column's role from its values when its header says nothing. */
final class ContentSniffer {
  record Guess(FieldDefinition field, double confidence) {}

  private final DataDictionary dictionary;

  ContentSniffer(DataDictionary dictionary) {
    this.dictionary = dictionary;
  }

  Optional<Guess> guess(Collection<String> values, Collection<String> takenFields) {
    return Optional.empty();
  }
}
