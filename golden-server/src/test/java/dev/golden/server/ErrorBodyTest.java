package dev.golden.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golden.server.http.ApiRoute;
import dev.golden.server.http.Json;
import dev.golden.server.http.NotFound;
import dev.golden.server.security.Permission;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("One JSON error body everywhere, and UTF-8 JSON throughout")
class ErrorBodyTest {

  record Address(List<String> lines, int floor) {}

  record Sample(String name, Address address, LocalDate since) {}

  private static TestServer api;

  @BeforeAll
  static void start() {
    api = TestServer.startWith(List.of(
        ApiRoute.post("/probe/echo", Permission.SEARCH, ctx -> Json.respond(ctx, 200, Json.read(ctx, Sample.class))),
        ApiRoute.get("/probe/broken", Permission.SEARCH, ctx -> {
          throw new IllegalStateException("jdbc:postgresql://db password=hunter2");
        }),
        ApiRoute.get("/probe/missing", Permission.SEARCH, ctx -> {
          throw new NotFound("no customer 42");
        }),
        ApiRoute.get("/probe/time", Permission.SEARCH, ctx -> Json.respond(ctx, 200, Map.of(
            "at", OffsetDateTime.of(2024, 2, 29, 8, 30, 0, 0, ZoneOffset.ofHours(8)))))));
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private HttpResult echo(String json) {
    return api.post("/probe/echo", json, "Authorization", api.adminBasic());
  }

  @Test
  void anUnknownRouteAnswersWithTheErrorBody() {
    HttpResult result = api.get("/api/no-such-thing", "Authorization", api.adminBasic());

    assertThat(result.status()).isEqualTo(404);
    assertThat(result.errorCode()).isEqualTo("not_found");
    assertThat(result.json().path("message").asText()).contains("/api/no-such-thing");
    assertThat(result.header("Content-Type")).hasValue(Json.CONTENT_TYPE);
  }

  @Test
  void aKnownPathWithTheWrongMethodIsA405() {
    HttpResult result = api.send(api.request("/api/admin/users").DELETE(), "Authorization", api.adminBasic());

    assertThat(result.status()).isEqualTo(405);
    assertThat(result.errorCode()).isEqualTo("method_not_allowed");
  }

  @Test
  void aHandlersNotFoundKeepsItsOwnMessage() {
    HttpResult result = api.get("/probe/missing", "Authorization", api.adminBasic());

    assertThat(result.status()).isEqualTo(404);
    assertThat(result.json().path("message").asText()).isEqualTo("no customer 42");
  }

  @Test
  void malformedJsonIsA400WithoutParserInternals() {
    HttpResult result = echo("{\"name\": \"Acme\",");

    assertThat(result.status()).isEqualTo(400);
    assertThat(result.errorCode()).isEqualTo("malformed_json");
    assertThat(result.json().has("field")).isFalse();
    assertThat(result.body()).doesNotContain("com.fasterxml").doesNotContain("at dev.golden");
  }

  @Test
  void anEmptyBodyIsReportedAsMissing() {
    assertThat(echo("").errorCode()).isEqualTo("missing_body");
  }

  @Test
  void aValueOfTheWrongTypeNamesItsPath() {
    HttpResult result = echo("{\"name\":\"Acme\",\"address\":{\"lines\":[\"1 Main St\"],\"floor\":\"high\"}}");

    assertThat(result.status()).isEqualTo(400);
    assertThat(result.errorCode()).isEqualTo("invalid_field");
    assertThat(result.json().path("field").asText()).isEqualTo("address.floor");
  }

  @Test
  void aMisspeltFieldIsRefusedRatherThanIgnored() {
    HttpResult result = echo("{\"name\":\"Acme\",\"adress\":{}}");

    assertThat(result.status()).isEqualTo(400);
    assertThat(result.json().path("field").asText()).isEqualTo("adress");
    assertThat(result.json().path("message").asText()).contains("unknown field 'adress'");
  }

  @Test
  void anUnexpectedFailureIsA500ThatRevealsNothing() {
    HttpResult result = api.get("/probe/broken", "Authorization", api.adminBasic());

    assertThat(result.status()).isEqualTo(500);
    assertThat(result.errorCode()).isEqualTo("internal_error");
    assertThat(result.body()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
  }

  @Test
  void chineseTextTravelsBothWaysAsUtf8() {
    HttpResult result = echo("{\"name\":\"上海浦东发展银行股份有限公司\",\"address\":{\"lines\":[\"北京市朝阳区建国路88号\"],\"floor\":18},"
        + "\"since\":\"2019-07-01\"}");

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.header("Content-Type")).hasValue("application/json;charset=utf-8");
    JsonNode body = result.json();
    assertThat(body.path("name").asText()).isEqualTo("上海浦东发展银行股份有限公司");
    assertThat(body.path("address").path("lines").get(0).asText()).isEqualTo("北京市朝阳区建国路88号");
    assertThat(body.path("since").asText()).isEqualTo("2019-07-01");
  }

  @Test
  void timesAreWrittenAsIso8601Strings() {
    HttpResult result = api.get("/probe/time", "Authorization", api.adminBasic());

    assertThat(result.json().path("at").asText()).isEqualTo("2024-02-29T08:30:00+08:00");
  }

  @Test
  void anUnknownRoleNamesTheAllowedOnes() {
    HttpResult result = api.post("/api/admin/users",
        "{\"username\":\"x\",\"password\":\"" + TestServer.PASSWORD + "\",\"role\":\"SUPERUSER\"}",
        "Authorization", api.adminBasic());

    assertThat(result.status()).isEqualTo(400);
    assertThat(result.json().path("field").asText()).isEqualTo("role");
    assertThat(result.json().path("message").asText()).contains("AGENT", "STEWARD", "APPROVER", "ADMIN");
  }
}
