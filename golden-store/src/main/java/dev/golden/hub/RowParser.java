package dev.golden.hub;

import dev.golden.dictionary.FieldDefinition;
import dev.golden.dictionary.ColumnMapping;
import dev.golden.dictionary.MappedColumn;
import dev.golden.dictionary.MappingSource;
import dev.golden.io.CsvRow;
import dev.golden.record.Attribute;
import dev.golden.record.RecordFeatures;
import dev.golden.standardize.StandardValue;
import dev.golden.standardize.Standardization;
import dev.golden.store.IncomingRecord;
import dev.golden.store.Rejection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Standardizes and validates the rows of one file, a chunk at a time and in parallel, and derives
 * each loadable row's comparable attributes on the way, so the batch engine matches the rows
 * without standardizing the file a second time.
 */
final class RowParser {

    private final String source;
    private final FileLayout layout;
    private final Standardization standardization;
    private final RowValidator validator;
    private final RecordFeatures features;

    RowParser(String source, FileLayout layout, Standardization standardization) {
        this.source = source;
        this.layout = layout;
        this.standardization = standardization;
        this.validator = new RowValidator(standardization.dictionary(), layout.fieldOfColumn(), layout.hasIdColumn());
        this.features = RecordFeatures.of(standardization.dictionary(), mapping(layout));
    }

    /** The layout as the feature extractor wants it: the mapped columns with their fields. */
    private static ColumnMapping mapping(FileLayout layout) {
        List<MappedColumn> columns = new ArrayList<>();
        FieldDefinition[] fieldOf = layout.fieldOfColumn();
        for (int c = 0; c < fieldOf.length; c++) {
            if (fieldOf[c] != null) {
                columns.add(new MappedColumn(c, layout.header().get(c), Optional.of(fieldOf[c]), MappingSource.EXPLICIT,
                        1));
            }
        }
        return new ColumnMapping(columns);
    }

    /** @param firstRow the 1-based row number of {@code rows.get(0)} */
    List<ParsedRow> parse(List<CsvRow> rows, long firstRow) {
        return java.util.stream.IntStream.range(0, rows.size()).parallel()
                .mapToObj(i -> parse(rows.get(i), firstRow + i))
                .toList();
    }

    ParsedRow parse(CsvRow row, long rowNumber) {
        List<String> raw = row.values();
        String sourceId = layout.sourceId(row);
        Map<String, String> rawValues = new LinkedHashMap<>();
        List<String> header = layout.header();
        for (int c = 0; c < header.size() && c < raw.size(); c++) {
            if (!raw.get(c).isBlank()) {
                rawValues.put(header.get(c), raw.get(c));
            }
        }
        FieldDefinition[] fieldOf = layout.fieldOfColumn();
        StandardValue[] values = standardization.standardizeRow(fieldOf, raw);
        Optional<RowValidator.Violation> violation = validator.check(values);
        if (violation.isPresent()) {
            String reason = "row " + rowNumber + " (line " + row.line() + "), source id " + sourceId + ": "
                    + violation.get().reason();
            return new ParsedRow.Rejected(rowNumber, new Rejection(rowNumber, Optional.of(sourceId), rawValues,
                    Optional.of(violation.get().field()), reason));
        }
        Map<String, String> standardized = new LinkedHashMap<>();
        for (int c = 0; c < fieldOf.length && c < values.length; c++) {
            if (fieldOf[c] != null && values[c] instanceof StandardValue.Present present) {
                standardized.putIfAbsent(fieldOf[c].name(), present.canonical());
            }
        }
        Map<Attribute, String> comparable = features.extract(values);
        return new ParsedRow.Loadable(rowNumber, new IncomingRecord(source, sourceId, rawValues, standardized),
                comparable);
    }

    /** The rejection of a row whose source id an earlier row of the file already used. */
    static ParsedRow.Rejected duplicate(ParsedRow row, long firstRow) {
        Map<String, String> raw = row instanceof ParsedRow.Loadable l
                ? l.record().rawValues()
                : ((ParsedRow.Rejected) row).rejection().rawValues();
        String reason = "row " + row.row() + ", source id " + row.sourceId() + ": the id was already used by row "
                + firstRow + " of the file";
        return new ParsedRow.Rejected(row.row(), new Rejection(row.row(), Optional.of(row.sourceId()), raw,
                Optional.empty(), reason));
    }
}
