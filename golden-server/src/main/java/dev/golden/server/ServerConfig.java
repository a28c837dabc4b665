package dev.golden.server;

/**
 * Where the server listens and how hard its password hashing works.
 *
 * @param host the interface to bind; loopback by default, so nothing is exposed by accident
 * @param port the TCP port; 0 picks a free one (see {@link GoldenServer#port()})
 * @param bcryptCost bcrypt's work factor, 4 to 31; each step doubles the time per password check
 */
public record ServerConfig(String host, int port, int bcryptCost) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;
  /** About 50 ms per check on a current core: slow for guessing, tolerable per request. */
  public static final int DEFAULT_BCRYPT_COST = 10;

  public ServerConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
    }
    if (bcryptCost < 4 || bcryptCost > 31) {
      throw new IllegalArgumentException("bcrypt cost must be between 4 and 31: " + bcryptCost);
    }
  }

  /** Loopback, port {@value #DEFAULT_PORT}, bcrypt cost {@value #DEFAULT_BCRYPT_COST}. */
  public static ServerConfig defaults() {
    return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_BCRYPT_COST);
  }

  public ServerConfig withHost(String host) {
    return new ServerConfig(host, port, bcryptCost);
  }

  public ServerConfig withPort(int port) {
    return new ServerConfig(host, port, bcryptCost);
  }

  public ServerConfig withBcryptCost(int bcryptCost) {
    return new ServerConfig(host, port, bcryptCost);
  }
}
