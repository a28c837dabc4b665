package dev.golden.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Bearer tokens: owners remembered for a few seconds, revocation honoured after that delay")
class TokenRevocationTest {

  private final SteppedClock clock = new SteppedClock();
  private final CountingAccounts users = new CountingAccounts();
  private final AccessControl access =
      new AccessControl(users, new PasswordHasher(4), SessionPrincipals.NONE, clock);
  private final ApiTokens tokens = new ApiTokens(new SecureRandom());

  @Test
  void aSystemCallingAgainWithinTheDelayIsNotLookedUpAgain() {
    String token = issueTo("crm-sync");

    for (int i = 0; i < 50; i++) {
      assertThat(access.authenticate("Bearer " + token)).map(Principal::username).contains("crm-sync");
      clock.advance(Duration.ofMillis(100));
    }

    assertThat(users.tokenLookups.get()).isEqualTo(1);
  }

  @Test
  void aDeactivatedSystemIsRefusedOnceTheStatedDelayHasPassed() {
    String token = issueTo("web-shop");
    assertThat(access.authenticate("Bearer " + token)).isPresent();

    users.deactivate("web-shop");
    clock.advance(TokenOwners.REVOCATION_DELAY.minusMillis(1));
    assertThat(access.authenticate("Bearer " + token)).as("still within the delay").isPresent();

    clock.advance(Duration.ofMillis(1));
    assertThat(access.authenticate("Bearer " + token)).isEmpty();
  }

  @Test
  void aTokenIsAcceptedAsSoonAsItIsIssuedEvenIfItWasTriedBefore() {
    String token = tokens.generate();
    assertThat(access.authenticate("Bearer " + token)).isEmpty();

    long owner = users.create("call-centre", "$2a$04$unused", Role.AGENT).id();
    users.addApiToken(owner, "phones", ApiTokens.hash(token));

    assertThat(access.authenticate("Bearer " + token)).map(Principal::username).contains("call-centre");
  }

  @Test
  void aWrongTokenIsRefusedEvenWhileAnotherOneIsRemembered() {
    String token = issueTo("crm-sync");
    assertThat(access.authenticate("Bearer " + token)).isPresent();

    assertThat(access.authenticate("Bearer " + token + "x")).isEmpty();
    assertThat(access.authenticate("Bearer " + tokens.generate())).isEmpty();
  }

  private String issueTo(String system) {
    long owner = users.create(system, "$2a$04$unused", Role.AGENT).id();
    String token = tokens.generate();
    users.addApiToken(owner, "integration", ApiTokens.hash(token));
    return token;
  }

  /** The in-memory accounts, counting how often a token's owner is looked up. */
  private static final class CountingAccounts implements UserAccounts {
    private final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
    final AtomicInteger tokenLookups = new AtomicInteger();

    @Override
    public Optional<UserAccount> findByApiTokenHash(String tokenHash) {
      tokenLookups.incrementAndGet();
      return accounts.findByApiTokenHash(tokenHash);
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
      return accounts.findByUsername(username);
    }

    @Override
    public UserAccount create(String username, String passwordHash, Role role) {
      return accounts.create(username, passwordHash, role);
    }

    @Override
    public long count() {
      return accounts.count();
    }

    @Override
    public void addApiToken(long userId, String name, String tokenHash) {
      accounts.addApiToken(userId, name, tokenHash);
    }

    void deactivate(String username) {
      accounts.deactivate(username);
    }
  }

  private static final class SteppedClock extends Clock {
    private Instant now = Instant.parse("2026-11-23T09:00:00Z");

    void advance(Duration step) {
      now = now.plus(step);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
