package dev.golden.merge;

import dev.golden.dictionary.Survivorship;

/**
 * A golden value and its lineage.
 *
 * @param value the chosen canonical value
 * @param sourceRecordId the source record it came from
 * @param rule the survivorship rule that chose it
 * @param support how many member records had this same value
 */
public record SurvivedValue(String value, String sourceRecordId, Survivorship rule, int support) {}
