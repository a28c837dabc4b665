package dev.golden.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golden.server.http.ApiRoute;
import dev.golden.server.http.Json;
import dev.golden.server.http.Page;
import dev.golden.server.http.PageRequest;
import dev.golden.server.security.Permission;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Lists come in pages: ?page=&size= and {items, page, size, total}")
class PaginationTest {

  /** 45 customers, numbered as a store would order them. */
  private static final List<String> CUSTOMERS =
      IntStream.rangeClosed(1, 45).mapToObj(i -> "customer-" + i).toList();

  private static TestServer api;

  @BeforeAll
  static void start() {
    api = TestServer.startWith(List.of(ApiRoute.get("/probe/customers", Permission.SEARCH, ctx -> {
      PageRequest request = PageRequest.from(ctx);
      List<String> items = CUSTOMERS.stream().skip(request.offset()).limit(request.size()).toList();
      Json.respond(ctx, 200, Page.of(request, items, CUSTOMERS.size()));
    })));
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private HttpResult list(String query) {
    return api.get("/probe/customers" + query, "Authorization", api.basicFor(dev.golden.server.security.Role.AGENT));
  }

  @Test
  void withoutParametersTheFirstPageOfTheDefaultSizeComes() {
    JsonNode body = list("").json();

    assertThat(body.path("page").asInt()).isEqualTo(1);
    assertThat(body.path("size").asInt()).isEqualTo(PageRequest.DEFAULT_SIZE);
    assertThat(body.path("total").asLong()).isEqualTo(45);
    assertThat(body.path("items")).hasSize(20);
    assertThat(body.path("items").get(0).asText()).isEqualTo("customer-1");
  }

  @Test
  void theSecondPageContinuesWhereTheFirstEnded() {
    JsonNode body = list("?page=2&size=20").json();

    assertThat(body.path("items").get(0).asText()).isEqualTo("customer-21");
    assertThat(body.path("items").get(19).asText()).isEqualTo("customer-40");
  }

  @Test
  void theLastPageIsShortAndOnePastItIsEmpty() {
    assertThat(list("?page=3&size=20").json().path("items")).hasSize(5);
    JsonNode beyond = list("?page=4&size=20").json();
    assertThat(beyond.path("items")).isEmpty();
    assertThat(beyond.path("total").asLong()).isEqualTo(45);
  }

  @ParameterizedTest(name = "{0} is refused for {1}")
  @CsvSource({
      "?page=0, page",
      "?page=-1, page",
      "?page=two, page",
      "?size=0, size",
      "?size=201, size",
      "?size=1000000, size",
  })
  void outOfRangeParametersAreA400NamingTheParameter(String query, String field) {
    HttpResult result = list(query);

    assertThat(result.status()).isEqualTo(400);
    assertThat(result.json().path("field").asText()).isEqualTo(field);
  }

  @Test
  void theLargestAllowedPageIsServed() {
    assertThat(list("?size=" + PageRequest.MAX_SIZE).json().path("items")).hasSize(45);
  }
}
