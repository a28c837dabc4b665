package dev.golden.server.security;

import dev.golden.server.http.InvalidInput;
import java.text.Normalizer;

/** The rules for user names and passwords a person chooses. */
public final class Credentials {

  public static final int MAX_USERNAME_LENGTH = 64;
  public static final int MIN_PASSWORD_LENGTH = 12;

  private Credentials() {}

  /**
   * The canonical form of a user name: trimmed and NFC-normalized, so that 王小明 typed on two
   * different keyboards is one user. Used both when creating and when looking up.
   */
  public static String normalizeUsername(String username) {
    return Normalizer.normalize(username.strip(), Normalizer.Form.NFC);
  }

  /** {@code username} in canonical form, or a 400 naming {@code field}. */
  public static String requireValidUsername(String username, String field) {
    if (username == null || username.isBlank()) {
      throw InvalidInput.missing(field);
    }
    String normalized = normalizeUsername(username);
    if (normalized.codePointCount(0, normalized.length()) > MAX_USERNAME_LENGTH) {
      throw InvalidInput.field(field, "a user name has at most " + MAX_USERNAME_LENGTH + " characters");
    }
    // A colon would split HTTP Basic credentials in the wrong place.
    if (normalized.chars().anyMatch(c -> c == ':' || Character.isISOControl(c))) {
      throw InvalidInput.field(field, "a user name must not contain ':' or control characters");
    }
    return normalized;
  }

  /** Fails with a 400 naming {@code field} unless {@code password} is acceptable. */
  public static void requireAcceptablePassword(String password, String field) {
    if (password == null || password.isEmpty()) {
      throw InvalidInput.missing(field);
    }
    if (password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
      throw InvalidInput.field(field, "a password has at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    if (!PasswordHasher.fits(password)) {
      throw InvalidInput.field(field, "a password has at most " + PasswordHasher.MAX_BYTES + " bytes in UTF-8");
    }
  }
}
