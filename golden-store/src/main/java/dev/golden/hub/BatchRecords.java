package dev.golden.hub;

import dev.golden.merge.SourceValues;
import dev.golden.record.EncodedColumn;
import dev.golden.record.RecordTable;
import dev.golden.store.IncomingRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loadable rows of a file as the batch engine reads them, collected while the import parses
 * the file: their comparable attributes for matching and their standardized values, dictionary
 * encoded per field, for the golden records. Rows come in file order; a record's index is its
 * position among the loadable rows. Not thread-safe: one thread adds.
 */
final class BatchRecords {

    private final RecordTable.Builder table = RecordTable.builder(1 << 16);
    private final Map<String, EncodedColumn.Builder> fields = new LinkedHashMap<>();
    private final List<String> ids = new ArrayList<>(1 << 16);

    void add(ParsedRow.Loadable row) {
        IncomingRecord record = row.record();
        int index = ids.size();
        ids.add(record.sourceId());
        table.add(record.sourceId(), 0, row.features());
        record.standardizedValues().forEach((field, value) ->
                fields.computeIfAbsent(field, f -> new EncodedColumn.Builder()).set(index, value));
    }

    int size() {
        return ids.size();
    }

    /** The records to match and their values; call once, after the last row. */
    Built build() {
        int n = ids.size();
        List<String> names = List.copyOf(fields.keySet());
        EncodedColumn[] columns = names.stream().map(f -> fields.get(f).build(n)).toArray(EncodedColumn[]::new);
        return new Built(table.build(), new Values(ids.toArray(String[]::new), names, columns));
    }

    record Built(RecordTable table, SourceValues values) {
    }

    /** Survivorship's view: later rows of the file count as more recent, as in the batch engine. */
    private record Values(String[] ids, List<String> fields, EncodedColumn[] columns) implements SourceValues {

        @Override
        public String recordId(int record) {
            return ids[record];
        }

        @Override
        public Optional<String> value(int record, int field) {
            EncodedColumn column = columns[field];
            return column.isMissing(record) ? Optional.empty() : Optional.of(column.value(record));
        }

        @Override
        public long recency(int record) {
            return record;
        }

        @Override
        public Optional<String> source(int record) {
            int field = fields.indexOf("source_system");
            return field < 0 ? Optional.empty() : value(record, field);
        }
    }
}
