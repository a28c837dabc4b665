package dev.golden.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Admins create users and issue API tokens")
class AdminUsersTest {

  private static TestServer api;

  @BeforeAll
  static void start() {
    api = TestServer.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static HttpResult createUser(String username, String password, String role) {
    return api.post("/api/admin/users",
        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"role\":\"" + role + "\"}",
        "Authorization", api.adminBasic());
  }

  @Test
  void aNewUserCanSignInWithTheirRole() {
    HttpResult created = createUser("steward-lena", TestServer.PASSWORD, "STEWARD");

    assertThat(created.status()).isEqualTo(201);
    JsonNode user = created.json();
    assertThat(user.path("username").asText()).isEqualTo("steward-lena");
    assertThat(user.path("role").asText()).isEqualTo("STEWARD");
    assertThat(user.path("active").asBoolean()).isTrue();
    assertThat(user.has("password")).isFalse();
    assertThat(user.has("passwordHash")).isFalse();
    // A steward may not manage users: authenticated, then refused.
    assertThat(api.post("/api/admin/users", "{}", "Authorization",
        TestServer.basic("steward-lena", TestServer.PASSWORD)).status()).isEqualTo(403);
  }

  @Test
  void aChineseUserNameWorksForSignInAndInPaths() {
    assertThat(createUser("王小明", TestServer.PASSWORD, "agent").status()).isEqualTo(201);

    HttpResult token = api.post("/api/admin/users/" + URLEncoder.encode("王小明", StandardCharsets.UTF_8) + "/tokens",
        "{\"name\":\"呼叫中心\"}", "Authorization", api.adminBasic());

    assertThat(token.status()).isEqualTo(201);
    assertThat(token.json().path("username").asText()).isEqualTo("王小明");
    assertThat(token.json().path("name").asText()).isEqualTo("呼叫中心");
    assertThat(api.post("/api/admin/users", "{}", "Authorization", TestServer.basic("王小明", TestServer.PASSWORD))
        .status()).isEqualTo(403);
  }

  @Test
  void aTakenUserNameIsAConflict() {
    HttpResult result = createUser("agent-user", TestServer.PASSWORD, "AGENT");

    assertThat(result.status()).isEqualTo(409);
    assertThat(result.errorCode()).isEqualTo("already_exists");
    assertThat(result.json().path("field").asText()).isEqualTo("username");
  }

  @ParameterizedTest(name = "{0} / {1} / {2}: {3}")
  @CsvSource({
      "'',          a long enough password, AGENT, username",
      "'bad:name',  a long enough password, AGENT, username",
      "shorty,      too short,              AGENT, password",
      "nobody-role, a long enough password, '',    role",
  })
  void invalidUsersAreRefusedNamingTheField(String username, String password, String role, String field) {
    String body = role.isEmpty()
        ? "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"
        : "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"role\":\"" + role + "\"}";
    HttpResult result = api.post("/api/admin/users", body, "Authorization", api.adminBasic());

    assertThat(result.status()).isEqualTo(400);
    assertThat(result.json().path("field").asText()).isEqualTo(field);
  }

  @Test
  void aTokenForAnUnknownUserIsA404() {
    HttpResult result = api.post("/api/admin/users/ghost/tokens", "{\"name\":\"x\"}", "Authorization", api.adminBasic());

    assertThat(result.status()).isEqualTo(404);
    assertThat(result.errorCode()).isEqualTo("not_found");
  }

  @Test
  void aTokenNeedsAName() {
    HttpResult result = api.post("/api/admin/users/agent-user/tokens", "{\"name\":\"  \"}",
        "Authorization", api.adminBasic());

    assertThat(result.status()).isEqualTo(400);
    assertThat(result.json().path("field").asText()).isEqualTo("name");
  }

  @Test
  void aSystemActsWithTheRoleOfItsUser() {
    String token = api.post("/api/admin/users/agent-user/tokens", "{\"name\":\"web shop\"}",
        "Authorization", api.adminBasic()).json().path("token").asText();

    HttpResult result = api.post("/api/admin/users", "{}", "Authorization", "Bearer " + token);

    assertThat(result.status()).as("an agent's token may not manage users").isEqualTo(403);
  }

  @Test
  void twoTokensAreNeverTheSame() {
    String first = api.post("/api/admin/users/steward-user/tokens", "{\"name\":\"a\"}",
        "Authorization", api.adminBasic()).json().path("token").asText();
    String second = api.post("/api/admin/users/steward-user/tokens", "{\"name\":\"b\"}",
        "Authorization", api.adminBasic()).json().path("token").asText();

    assertThat(first).isNotEqualTo(second);
  }
}
