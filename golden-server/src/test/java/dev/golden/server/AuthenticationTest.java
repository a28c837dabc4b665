package dev.golden.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.server.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Authentication: Basic for people, Bearer tokens for systems")
class AuthenticationTest {

  private static final String USERS = "/api/admin/users";
  private static TestServer api;

  @BeforeAll
  static void start() {
    api = TestServer.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void healthAndTheApiDescriptionNeedNoCredentials() {
    HttpResult health = api.get("/api/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().path("status").asText()).isEqualTo("up");
    assertThat(api.get("/api/openapi.json").status()).isEqualTo(200);
  }

  @Test
  void aRequestWithoutCredentialsIsToldHowToAuthenticate() {
    HttpResult result = api.post(USERS, "{}");

    assertThat(result.status()).isEqualTo(401);
    assertThat(result.errorCode()).isEqualTo("unauthenticated");
    assertThat(result.header("WWW-Authenticate")).hasValueSatisfying(challenge ->
        assertThat(challenge).contains("Basic").contains("Bearer"));
  }

  @Test
  void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
    HttpResult wrongPassword = api.post(USERS, "{}", "Authorization", TestServer.basic("admin", "not the password"));
    HttpResult unknownUser = api.post(USERS, "{}", "Authorization", TestServer.basic("nobody", "not the password"));

    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(unknownUser.status()).isEqualTo(401);
    assertThat(wrongPassword.body()).isEqualTo(unknownUser.body());
  }

  @Test
  void theRightPasswordIsLetThrough() {
    HttpResult result = api.post(USERS, "{}", "Authorization", api.adminBasic());

    // Past authentication and authorization: now the empty body is what is wrong.
    assertThat(result.status()).isEqualTo(400);
    assertThat(result.json().path("field").asText()).isEqualTo("username");
  }

  @Test
  void malformedAuthorizationHeadersAreRefused() {
    assertThat(api.post(USERS, "{}", "Authorization", "Basic not-base64!").status()).isEqualTo(401);
    assertThat(api.post(USERS, "{}", "Authorization", "Basic YWRtaW4=").status()).isEqualTo(401); // "admin", no colon
    assertThat(api.post(USERS, "{}", "Authorization", "Digest username=\"admin\"").status()).isEqualTo(401);
    assertThat(api.post(USERS, "{}", "Authorization", "Bearer").status()).isEqualTo(401);
  }

  @Test
  void aPasswordBeyondBcryptsLimitNeverMatchesItsPrefix() {
    String tooLong = TestServer.ADMIN_PASSWORD + "x".repeat(80);
    assertThat(api.post(USERS, "{}", "Authorization", TestServer.basic("admin", tooLong)).status()).isEqualTo(401);
  }

  @Test
  void anIssuedTokenAuthenticatesItsSystemAndAGuessedOneDoesNot() {
    HttpResult issued = api.post("/api/admin/users/admin-user/tokens", "{\"name\":\"ops automation\"}",
        "Authorization", api.adminBasic());
    assertThat(issued.status()).isEqualTo(201);
    String token = issued.json().path("token").asText();

    assertThat(api.post(USERS, "{}", "Authorization", "Bearer " + token).status()).isEqualTo(400);
    assertThat(api.post(USERS, "{}", "Authorization", "bearer " + token).status())
        .as("the scheme is case-insensitive").isEqualTo(400);
    assertThat(api.post(USERS, "{}", "Authorization", "Bearer gold_guessed").status()).isEqualTo(401);
  }

  @Test
  void onlyTheTokensHashIsKept() {
    HttpResult issued = api.post("/api/admin/users/agent-user/tokens", "{\"name\":\"CRM\"}",
        "Authorization", api.adminBasic());
    String token = issued.json().path("token").asText();

    assertThat(token).startsWith("gold_");
    assertThat(api.users.tokenHashes().keySet())
        .doesNotContain(token)
        .contains(dev.golden.server.security.ApiTokens.hash(token));
  }

  @Test
  void aDeactivatedUserIsRefusedEvenWithTheRightPassword() {
    HttpResult created = api.post(USERS,
        "{\"username\":\"leaver\",\"password\":\"" + TestServer.PASSWORD + "\",\"role\":\"ADMIN\"}",
        "Authorization", api.adminBasic());
    assertThat(created.status()).isEqualTo(201);
    String leaver = TestServer.basic("leaver", TestServer.PASSWORD);
    assertThat(api.post(USERS, "{}", "Authorization", leaver).status()).isEqualTo(400);

    api.users.deactivate("leaver");

    assertThat(api.post(USERS, "{}", "Authorization", leaver).status()).isEqualTo(401);
  }

  @Test
  void credentialsOfEveryRoleAreAccepted() {
    for (Role role : Role.values()) {
      int status = api.post(USERS, "{}", "Authorization", api.basicFor(role)).status();
      assertThat(status).as(role.name()).isIn(400, 403);
    }
  }
}
