package dev.golden.hub;

import dev.golden.dictionary.DataDictionary;
import java.sql.Types;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ObjectArgument;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The dictionary's freshness intervals as SQL over {@link #FROM}: a value is due when it was
 * last confirmed (verified, else received with its source record, else when the customer was
 * created) longer ago than its field's interval. Placeholder values are not checked: there is
 * nothing to confirm.
 */
final class FreshnessRules {

    /** When a value was last confirmed true. */
    static final String CONFIRMED_AT = "COALESCE(v.verified_at, s.received_at, c.created_at)";

    /** The values of active customers; binds {@code :missing}. */
    static final String FROM = """
            FROM customer_value v
            JOIN customer c ON c.id = v.customer_id
            LEFT JOIN source_record s ON s.id = v.source_record_id
            WHERE c.status = 'ACTIVE' AND v.field_value <> :missing""";

    private final List<Rule> rules;
    private final String missingValue;

    private record Rule(String field, Period freshFor) {
    }

    private FreshnessRules(List<Rule> rules, String missingValue) {
        this.rules = rules;
        this.missingValue = missingValue;
    }

    static FreshnessRules of(DataDictionary dictionary) {
        return new FreshnessRules(dictionary.fields().stream()
                .filter(f -> !f.freshFor().isZero())
                .map(f -> new Rule(f.name(), f.freshFor()))
                .toList(), dictionary.missingValue());
    }

    boolean isEmpty() {
        return rules.isEmpty();
    }

    /** True for a value of a field that has an interval. */
    String tracked() {
        return "v.field_name IN (" + parameters("tf") + ")";
    }

    /**
     * The stale values of active customers as rows (customer_id, field_name, field_value,
     * verified_at, confirmed_at): per field, the values verified before its cutoff, and the
     * never-verified ones received (or created) before it. Each part is one range of the
     * (field_name, verified_at) index, where {@link #stale} over every value makes the database
     * compute the date of each one, and so read them all.
     */
    String staleValues() {
        return IntStream.range(0, rules.size()).mapToObj(i -> """
                SELECT v.customer_id, v.field_name, v.field_value, v.verified_at, v.verified_at AS confirmed_at
                FROM customer_value v JOIN customer c ON c.id = v.customer_id
                WHERE v.field_name = :sf%1$d AND v.verified_at < :sc%1$d
                  AND c.status = 'ACTIVE' AND v.field_value <> :missing
                UNION ALL
                SELECT v.customer_id, v.field_name, v.field_value, v.verified_at,
                       COALESCE(s.received_at, c.created_at) AS confirmed_at
                FROM customer_value v JOIN customer c ON c.id = v.customer_id
                LEFT JOIN source_record s ON s.id = v.source_record_id
                WHERE v.field_name = :sf%1$d AND v.verified_at IS NULL
                  AND COALESCE(s.received_at, c.created_at) < :sc%1$d
                  AND c.status = 'ACTIVE' AND v.field_value <> :missing""".formatted(i))
                .collect(Collectors.joining("\nUNION ALL\n", "(", ")"));
    }

    /** True for a value past its field's interval. */
    String stale() {
        return IntStream.range(0, rules.size())
                .mapToObj(i -> "(v.field_name = :sf" + i + " AND " + CONFIRMED_AT + " < :sc" + i + ")")
                .collect(Collectors.joining(" OR ", "(", ")"));
    }

    /** Binds {@code :missing} and the parameters of {@link #tracked} and {@link #stale} for the moment {@code now}. */
    <S extends SqlStatement<S>> S bind(S statement, Instant now) {
        statement.bind("missing", missingValue);
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            statement.bind("tf" + i, rule.field());
            statement.bind("sf" + i, rule.field());
            statement.bind("sc" + i, timestamp(cutoff(rule.freshFor(), now)));
        }
        return statement;
    }

    /** Calendar arithmetic in UTC: a year-long interval is a year whatever its length in days. */
    static Instant cutoff(Period freshFor, Instant now) {
        return now.atOffset(ZoneOffset.UTC).minus(freshFor).toInstant();
    }

    static Argument timestamp(Instant instant) {
        return ObjectArgument.of(instant.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private String parameters(String prefix) {
        return IntStream.range(0, rules.size()).mapToObj(i -> ":" + prefix + i).collect(Collectors.joining(", "));
    }
}
