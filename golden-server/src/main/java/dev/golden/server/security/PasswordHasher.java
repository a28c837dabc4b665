package dev.golden.server.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt hashing of passwords. The cost is configurable so tests can run at the minimum while a
 * real server pays for each guess. bcrypt reads at most 72 bytes, so longer passwords are refused
 * when set and never match when checked (rather than silently comparing a prefix).
 */
public final class PasswordHasher {

  /** bcrypt's input limit, in UTF-8 bytes. */
  public static final int MAX_BYTES = 72;

  private final int cost;
  /** Compared against when the user is unknown, so that takes as long as a wrong password. */
  private final String decoy;

  public PasswordHasher(int cost) {
    if (cost < BCrypt.MIN_COST || cost > BCrypt.MAX_COST) {
      throw new IllegalArgumentException(
          "bcrypt cost must be between " + BCrypt.MIN_COST + " and " + BCrypt.MAX_COST + ": " + cost);
    }
    this.cost = cost;
    this.decoy = hash("no user has this password");
  }

  /** A salted bcrypt hash of {@code password}. */
  public String hash(String password) {
    if (!fits(password)) {
      throw new IllegalArgumentException("password longer than " + MAX_BYTES + " bytes");
    }
    return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
  }

  /** Whether {@code password} is the one {@code hash} was made from. */
  public boolean matches(String password, String hash) {
    if (!fits(password)) {
      return false;
    }
    return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
  }

  /** Spends the time of one check without a user, so unknown names cannot be told apart. */
  void burnOneCheck(String password) {
    matches(fits(password) ? password : "", decoy);
  }

  static boolean fits(String password) {
    return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
  }
}
