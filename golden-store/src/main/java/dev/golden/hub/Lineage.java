package dev.golden.hub;

import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.FieldDefinition;
import dev.golden.dictionary.Role;
import dev.golden.dictionary.Survivorship;
import dev.golden.merge.GoldenRecord;
import dev.golden.merge.GoldenRecordBuilder;
import dev.golden.merge.SourceValues;
import dev.golden.merge.SurvivedValue;
import dev.golden.store.CustomerValue;
import dev.golden.store.SourceRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A customer's golden values computed from its source records with the dictionary's survivorship rules. */
final class Lineage {

    private final GoldenRecordBuilder builder;
    private final Set<String> identifierFields;

    Lineage(DataDictionary dictionary, List<String> trustedSources) {
        Map<String, Survivorship> rules = dictionary.fields().stream()
                .collect(Collectors.toMap(FieldDefinition::name, FieldDefinition::survivorship));
        this.builder = new GoldenRecordBuilder(rules, trustedSources);
        this.identifierFields = dictionary.fieldsWith(Role.IDENTIFIER).stream().map(FieldDefinition::name)
                .collect(Collectors.toSet());
    }

    Map<String, CustomerValue> goldenValues(List<SourceRecord> records, Instant now) {
        Records values = new Records(records);
        GoldenRecord golden = builder.build("customer", IntStream.range(0, records.size()).boxed().toList(), values);
        Map<String, CustomerValue> result = new LinkedHashMap<>();
        for (Map.Entry<String, SurvivedValue> e : golden.values().entrySet()) {
            if (!identifierFields.contains(e.getKey())) {
                SourceRecord from = records.get(Integer.parseInt(e.getValue().sourceRecordId()));
                result.put(e.getKey(), CustomerValue.fromRecord(e.getValue().value(), from.id(), now));
            }
        }
        return result;
    }

    /** Source records as survivorship sees them; a record's id is its position, recency its receipt. */
    private record Records(List<SourceRecord> records, List<String> fields) implements SourceValues {
        Records(List<SourceRecord> records) {
            this(records, List.copyOf(records.stream().flatMap(r -> r.standardizedValues().keySet().stream())
                    .collect(Collectors.toCollection(TreeSet::new))));
        }

        @Override
        public String recordId(int record) {
            return Integer.toString(record);
        }

        @Override
        public Optional<String> value(int record, int field) {
            return Optional.ofNullable(records.get(record).standardizedValues().get(fields.get(field)));
        }

        @Override
        public long recency(int record) {
            return records.get(record).receivedAt().toEpochMilli();
        }

        @Override
        public Optional<String> source(int record) {
            return Optional.of(records.get(record).source());
        }
    }
}
