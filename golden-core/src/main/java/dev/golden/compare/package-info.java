/**
 * String, number and date comparators for the matching engine's comparison levels, written for the
 * hot path: static methods on strings, no allocation once a thread is warm (per-thread buffers),
 * early exits when a threshold or maximum is given.
 *
 * <ul>
 *   <li>Names: {@link dev.golden.compare.JaroWinkler}, {@link dev.golden.compare.DamerauLevenshtein}
 *       (bounded form for "at most 1 or 2 edits" levels), {@link dev.golden.compare.Levenshtein}.
 *   <li>Company names and addresses: {@link dev.golden.compare.TokenSet}, {@link
 *       dev.golden.compare.Jaccard}, {@link dev.golden.compare.BigramDice}.
 *   <li>Chinese text without spaces: {@link dev.golden.compare.BigramDice}, {@link
 *       dev.golden.compare.LongestCommonSubstring}.
 *   <li>House numbers and postcodes: {@link dev.golden.compare.NumericDistance}; phones: {@link
 *       dev.golden.compare.Digits}; dates: {@link dev.golden.compare.DateDistance}.
 * </ul>
 *
 * Every {@code similarity(String, String)} method fits {@link dev.golden.compare.StringSimilarity}.
 */
package dev.golden.compare;
