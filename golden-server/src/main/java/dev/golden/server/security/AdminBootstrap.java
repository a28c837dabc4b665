package dev.golden.server.security;

import dev.golden.server.http.InvalidInput;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The first start of a hub: when no user exists yet, creates {@value #USERNAME} with the password
 * from {@value #PASSWORD_VARIABLE}, or with a generated one that is shown once on the console
 * (the hash is all that is kept, so it cannot be shown again).
 */
public final class AdminBootstrap {

  public static final String USERNAME = "admin";
  public static final String PASSWORD_VARIABLE = "GOLDEN_ADMIN_PASSWORD";

  private final UserAccounts users;
  private final PasswordHasher passwords;
  private final SecureRandom random;

  public AdminBootstrap(UserAccounts users, PasswordHasher passwords, SecureRandom random) {
    this.users = users;
    this.passwords = passwords;
    this.random = random;
  }

  /**
   * Creates the admin if the store has no users; returns it, or empty when users already existed.
   *
   * @param environment where {@value #PASSWORD_VARIABLE} is looked up (the process environment)
   * @param console receives the one message that reveals a generated password
   */
  public Optional<UserAccount> ensureAdmin(Map<String, String> environment, Consumer<String> console) {
    if (users.count() > 0) {
      return Optional.empty();
    }
    String given = environment.get(PASSWORD_VARIABLE);
    String password;
    if (given != null && !given.isEmpty()) {
      try {
        Credentials.requireAcceptablePassword(given, PASSWORD_VARIABLE);
      } catch (InvalidInput e) {
        throw new IllegalArgumentException(PASSWORD_VARIABLE + ": " + e.getMessage(), e);
      }
      password = given;
    } else {
      password = generatePassword();
    }
    UserAccount admin = users.create(USERNAME, passwords.hash(password), Role.ADMIN);
    if (given == null || given.isEmpty()) {
      console.accept("Created user '" + USERNAME + "' with password " + password
          + "  (shown only now; set " + PASSWORD_VARIABLE + " to choose it yourself)");
    } else {
      console.accept("Created user '" + USERNAME + "' with the password from " + PASSWORD_VARIABLE);
    }
    return Optional.of(admin);
  }

  private String generatePassword() {
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
