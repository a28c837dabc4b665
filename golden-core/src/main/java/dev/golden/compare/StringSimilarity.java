package dev.golden.compare;

/**
 * A similarity score between two strings, from 0 (nothing in common) to 1 (equal). Every static
 * {@code similarity} method of this package fits, for example {@code JaroWinkler::similarity}.
 *
 * <p>Implementations are stateless and thread-safe. Callers handle missing values before they
 * compare (Splink's null level), so both arguments are never null.
 */
@FunctionalInterface
public interface StringSimilarity {
  double similarity(String a, String b);
}
