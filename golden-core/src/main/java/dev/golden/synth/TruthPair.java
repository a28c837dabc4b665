package dev.golden.synth;

/** Two records of the same customer; {@code idA} sorts before {@code idB} by {@link String#compareTo}. */
public record TruthPair(String idA, String idB) {
  public TruthPair {
    if (idA.compareTo(idB) >= 0) {
      throw new IllegalArgumentException("Truth pair ids must be in order: " + idA + ", " + idB);
    }
  }
}
