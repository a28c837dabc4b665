package dev.golden.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.server.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A fresh hub prevents duplicates from its first customer on")
class FreshHubEntryTest {
  private static final String JONATHAN = """
      {"given_name":"Jonathan","family_name":"Smithers","phone":"+1 415 555 0134",
       "email":"jonathan.smithers@example.com","city":"San Francisco","country":"US"}""";

  private static TestServer api;

  @BeforeAll
  static void start() {
    api = TestServer.startWithFreshHub();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static HttpResult enter(String valuesJson) {
    return api.post("/api/customers", "{\"values\":" + valuesJson + "}", "Authorization", api.basicFor(Role.AGENT));
  }

  @Test
  @DisplayName("the only customer's record entered again, or with a typo, is shown as that customer")
  void theOnlyCustomerEnteredAgain() {
    HttpResult first = enter(JONATHAN);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    long jonathan = first.json().path("customer").path("id").asLong();

    HttpResult same = enter(JONATHAN);
    HttpResult typo = enter(JONATHAN.replace("Jonathan\"", "Jonathon\"").replace("+1 415 555 0134", "415-555-0134"));

    for (HttpResult answer : new HttpResult[] {same, typo}) {
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      assertThat(answer.json().path("outcome").asText()).isEqualTo("possible_duplicates");
      assertThat(answer.json().path("candidates").get(0).path("customerId").asLong()).isEqualTo(jonathan);
    }
    assertThat(api.hub.store().customers().countActive()).isEqualTo(1);
  }
}
