package dev.golden.merge;

import java.util.List;
import java.util.Optional;

/**
 * The standardized values of the source records, field by field, with what survivorship needs to
 * know of each record: its id, how recent it is and which source system it came from.
 */
public interface SourceValues {
  List<String> fields();

  String recordId(int record);

  /** The canonical value of a field, empty when missing. */
  Optional<String> value(int record, int field);

  /** Larger is more recent (a timestamp, or the input position when nothing better is known). */
  long recency(int record);

  /** The source system of a record, empty when unknown. */
  Optional<String> source(int record);
}
