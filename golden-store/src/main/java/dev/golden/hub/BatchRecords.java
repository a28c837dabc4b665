package dev.golden.hub;

import dev.golden.merge.SourceValues;
import dev.golden.record.EncodedColumn;
import dev.golden.record.FieldTable;
import dev.golden.record.RecordTable;
import dev.golden.store.BulkLoads.NewRecord;
import dev.golden.store.IncomingRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loadable rows of a file as the batch engine reads them, collected while the import parses
 * the file: their comparable attributes for matching and their standardized values, dictionary
 * encoded per field, for the golden records. Rows come in file order; a record's index is its
 * position among the loadable rows. Not thread-safe: one thread adds.
 */
final class BatchRecords {

    private final RecordTable.Builder table = RecordTable.builder(1 << 16);
    private final Map<String, EncodedColumn.Builder> fields = new LinkedHashMap<>();
    private final List<NewRecord> rows = new ArrayList<>();
    private int size;

    void add(ParsedRow.Loadable row, NewRecord stored) {
        rows.add(stored);
        IncomingRecord record = row.record();
        int index = size++;
        table.add(record.sourceId(), 0, row.features());
        record.standardizedValues().forEach((field, value) ->
                fields.computeIfAbsent(field, f -> new EncodedColumn.Builder()).set(index, value));
    }

    int size() {
        return size;
    }

    /** The records to match and their values; call once, after the last row. */
    Built build() {
        List<String> names = List.copyOf(fields.keySet());
        EncodedColumn[] columns = names.stream().map(f -> fields.get(f).build(size)).toArray(EncodedColumn[]::new);
        RecordTable records = table.build();
        // Survivorship's view: later rows of the file count as more recent, as in the batch engine.
        return new Built(records, new FieldTable(records, names, columns), List.copyOf(rows));
    }

    /** @param rows the records as the store keeps them, by record index */
    record Built(RecordTable table, SourceValues values, List<NewRecord> rows) {
    }
}
