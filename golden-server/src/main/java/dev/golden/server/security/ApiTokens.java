package dev.golden.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API tokens for systems. A token is 256 random bits, shown to the admin once; the store keeps only
 * its SHA-256 hash. A fast hash is enough here (unlike passwords) because the token is random and
 * long, and it lets every request be checked with one indexed look-up.
 */
public final class ApiTokens {

  /** Makes tokens recognisable in logs and to secret scanners. */
  public static final String PREFIX = "gold_";

  private static final int RANDOM_BYTES = 32;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final HexFormat HEX = HexFormat.of();
  /** Every API request hashes its token: a digest per thread instead of a provider look-up per request. */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(ApiTokens::sha256);

  private final SecureRandom random;

  public ApiTokens(SecureRandom random) {
    this.random = random;
  }

  /** A new token value; give it to the caller once and store only {@link #hash}. */
  public String generate() {
    byte[] bytes = new byte[RANDOM_BYTES];
    random.nextBytes(bytes);
    return PREFIX + ENCODER.encodeToString(bytes);
  }

  /** The lowercase hex SHA-256 of {@code token}, as stored and looked up. */
  public static String hash(String token) {
    return HEX.formatHex(SHA_256.get().digest(token.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
