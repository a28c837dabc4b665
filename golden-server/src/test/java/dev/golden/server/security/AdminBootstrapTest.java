package dev.golden.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The first start creates the admin")
class AdminBootstrapTest {

  private final InMemoryUserAccounts users = new InMemoryUserAccounts();
  private final PasswordHasher passwords = new PasswordHasher(4);
  private final AdminBootstrap bootstrap = new AdminBootstrap(users, passwords, new SecureRandom());
  private final List<String> console = new ArrayList<>();

  @Test
  void takesThePasswordFromTheEnvironmentAndDoesNotPrintIt() {
    String password = "Stammdaten-2024-sicher";

    UserAccount admin = bootstrap.ensureAdmin(Map.of("GOLDEN_ADMIN_PASSWORD", password), console::add).orElseThrow();

    assertThat(admin.username()).isEqualTo("admin");
    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    assertThat(passwords.matches(password, admin.passwordHash())).isTrue();
    assertThat(String.join("\n", console)).doesNotContain(password).contains("GOLDEN_ADMIN_PASSWORD");
  }

  @Test
  void generatesAPasswordAndShowsItOnce() {
    UserAccount admin = bootstrap.ensureAdmin(Map.of(), console::add).orElseThrow();

    assertThat(console).hasSize(1);
    String shown = console.get(0).replaceFirst(".*with password (\\S+).*", "$1");
    assertThat(shown).hasSizeGreaterThanOrEqualTo(Credentials.MIN_PASSWORD_LENGTH);
    assertThat(passwords.matches(shown, admin.passwordHash())).isTrue();

    assertThat(bootstrap.ensureAdmin(Map.of(), console::add)).isEmpty();
    assertThat(console).as("never shown again").hasSize(1);
  }

  @Test
  void leavesAStoreWithUsersAlone() {
    users.create("lena", passwords.hash("a long enough password"), Role.STEWARD);

    assertThat(bootstrap.ensureAdmin(Map.of("GOLDEN_ADMIN_PASSWORD", "whatever-it-is-long"), console::add)).isEmpty();
    assertThat(users.findByUsername("admin")).isEmpty();
    assertThat(console).isEmpty();
  }

  @Test
  void refusesAWeakPasswordFromTheEnvironment() {
    assertThatThrownBy(() -> bootstrap.ensureAdmin(Map.of("GOLDEN_ADMIN_PASSWORD", "admin"), console::add))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GOLDEN_ADMIN_PASSWORD");
    assertThat(users.count()).isZero();
  }
}
