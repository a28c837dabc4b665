package dev.golden.hub;

import dev.golden.dictionary.ColumnMapping;
import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.FieldDefinition;
import dev.golden.dictionary.HeaderMapper;
import dev.golden.dictionary.MappedColumn;
import dev.golden.dictionary.Role;
import dev.golden.io.CsvRow;
import dev.golden.record.InvalidInputException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a file's columns map to the dictionary, decided the way {@code RecordLoader} decides it (the
 * same sample, the same explicit mapping and id column) so that both readings of a file give its
 * records the same ids.
 */
record FileLayout(List<String> header, FieldDefinition[] fieldOfColumn, int idColumn) {

    static final int SAMPLE_ROWS = 1000;

    static FileLayout of(Path file, DataDictionary dictionary, List<String> header, List<CsvRow> sample,
            Map<String, String> explicitMapping, Optional<String> idColumn) {
        Map<String, String> applicable = new HashMap<>();
        explicitMapping.forEach((column, field) -> {
            if (header.stream().anyMatch(h -> h.strip().equalsIgnoreCase(column.strip()))) {
                applicable.put(column, field);
            }
        });
        idColumn.ifPresent(id -> {
            if (header.stream().noneMatch(h -> h.strip().equalsIgnoreCase(id.strip()))) {
                throw new InvalidInputException("--id names column '" + id + "', but the file has " + header);
            }
            dictionary.fieldsWith(Role.IDENTIFIER).stream().findFirst().ifPresent(f -> applicable.put(id, f.name()));
        });
        ColumnMapping mapping = new HeaderMapper(dictionary).map(header,
                sample.stream().map(CsvRow::values).toList(), applicable);
        FieldDefinition[] fieldOf = new FieldDefinition[header.size()];
        mapping.mapped().forEach(c -> fieldOf[c.index()] = c.field().orElseThrow());
        if (mapping.mapped().stream().noneMatch(c -> c.role().orElseThrow() != Role.IDENTIFIER)) {
            throw new InvalidInputException(file + ": no column could be mapped to a customer field (headers: "
                    + header + "); name the columns with --map header=field");
        }
        int id = mapping.mapped().stream().filter(c -> c.role().orElseThrow() == Role.IDENTIFIER)
                .mapToInt(MappedColumn::index).findFirst().orElse(-1);
        return new FileLayout(List.copyOf(header), fieldOf, id);
    }

    boolean hasIdColumn() {
        return idColumn >= 0;
    }

    /** The row's source id: its id column, or its line number as {@code RecordLoader} numbers it. */
    String sourceId(CsvRow row) {
        List<String> raw = row.values();
        return idColumn >= 0 && idColumn < raw.size() && !raw.get(idColumn).isBlank()
                ? raw.get(idColumn).strip()
                : "line-" + row.line();
    }
}
