package dev.golden.hub;

/**
 * How well one dictionary field is filled over the active golden records.
 *
 * @param present customers with a real value (not the dictionary's missing value)
 * @param valid present values that pass the field's picklist and pattern; all of them when it has neither
 * @param completeness {@code present} over all active customers
 * @param validity {@code valid} over {@code present}; 1 when none is present
 */
public record FieldQuality(String field, long present, long valid, double completeness, double validity) {

    static FieldQuality of(String field, long present, long valid, long customers) {
        return new FieldQuality(field, present, valid, customers == 0 ? 0 : (double) present / customers,
                present == 0 ? 1 : (double) valid / present);
    }
}
