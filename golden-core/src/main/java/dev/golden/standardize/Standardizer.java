package dev.golden.standardize;

/**
 * Cleans the raw values of one role into their canonical form. Implementations are stateless and
 * thread-safe, so one instance serves every thread (and every Spark task).
 */
@FunctionalInterface
public interface Standardizer {
  /**
   * Standardizes a raw value that is known not to be a missing-value placeholder.
   *
   * @param raw the value as received, never blank
   */
  StandardValue standardize(String raw, StandardizeContext context);
}
