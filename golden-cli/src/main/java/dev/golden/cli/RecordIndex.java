package dev.golden.cli;

import dev.golden.record.InvalidInputException;
import dev.golden.record.RecordTable;
import java.util.HashMap;
import java.util.Map;

/** Record index by record id, for commands that name records. */
final class RecordIndex {
  private final Map<String, Integer> byId = new HashMap<>();

  RecordIndex(RecordTable table) {
    for (int i = 0; i < table.size(); i++) {
      byId.put(table.recordId(i), i);
    }
  }

  int require(String id) {
    Integer index = byId.get(id);
    if (index == null) {
      throw new InvalidInputException("no record with id '" + id + "' in the input");
    }
    return index;
  }

  boolean contains(String id) {
    return byId.containsKey(id);
  }
}
