package dev.golden.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.server.hub.Affiliations.Affiliation;
import dev.golden.store.CustomerValue;
import dev.golden.store.LinkKind;
import dev.golden.store.LinkSubject;
import dev.golden.store.MatchLink;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Console pages over the demo data set")
class ConsolePagesTest {

  private static DemoServer server;
  private static WebClient admin;

  @BeforeAll
  static void start() {
    server = DemoServer.shared();
    admin = WebClient.signedIn(server, "admin");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/console", "/console/reviews", "/console/customers", "/console/customers?q=zhang",
      "/console/new-customer", "/console/changes", "/console/stale", "/console/import", "/console/dictionary"})
  @DisplayName("every page of the navigation renders as UTF-8 HTML with its forms protected")
  void pagesRender(String path) {
    HttpResponse<String> page = admin.get(path);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        assertThat(type).startsWith("text/html").containsIgnoringCase("charset=utf-8"));
    assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">")
        .doesNotContain("??").contains("name=\"_csrf\"");
  }

  @Test
  @DisplayName("the dashboard shows the hub's figures and both charts' data")
  void dashboard() {
    String page = admin.get("/console").body();

    long customers = server.hub.store().customers().countActive();
    assertThat(page).contains("data-testid=\"unique-customers\">" + String.format("%,d", customers) + "<")
        .contains("data-kind=\"line\"").contains("data-kind=\"bar\"");
  }

  @Test
  @DisplayName("the side-by-side view highlights differing fields and draws the match-weight waterfall")
  void compare() {
    MatchLink link = server.hub.store().links().awaitingReview(LinkSubject.CUSTOMER, 0, 1).items().get(0);

    String page = admin.get("/console/reviews/" + link.id()).body();

    assertThat(page).contains("#" + link.leftId()).contains("#" + link.rightId()).contains("data-key=\"m\"")
        .contains("data-kind=\"waterfall\"");
  }

  @Test
  @DisplayName("pairs sharing a record form a cluster, shown with all its records side by side and its pairs")
  void reviewCluster() {
    var customers = server.hub.store().customers();
    var links = server.hub.store().links();
    long wangWei = customers.create(Map.of("full_name", CustomerValue.of("Wang Wei"),
        "phone", CustomerValue.of("+8613800138000")), "steward").id();
    long chinese = customers.create(Map.of("full_name", CustomerValue.of("王伟"),
        "phone", CustomerValue.of("+8613800138000")), "steward").id();
    long initial = customers.create(Map.of("full_name", CustomerValue.of("W. Wang"),
        "phone", CustomerValue.of("+8613900139000")), "steward").id();
    long first = links.infer(LinkSubject.CUSTOMER, wangWei, chinese, LinkKind.POSSIBLY_SAME, 0.91, "model")
        .orElseThrow().id();
    long second = links.infer(LinkSubject.CUSTOMER, chinese, initial, LinkKind.POSSIBLY_SAME, 0.92, "model")
        .orElseThrow().id();

    String queue = admin.get("/console/reviews").body();
    HttpResponse<String> cluster = admin.get("/console/reviews/" + second + "/cluster");

    assertThat(queue).contains("data-testid=\"review-clusters\"");
    assertThat(cluster.statusCode()).isEqualTo(200);
    assertThat(cluster.body()).containsSubsequence("#" + wangWei, "#" + chinese, "#" + initial)
        .contains("王伟").contains("<tr class=\"diff\"")
        .contains("href=\"/console/reviews/" + first + "\"").contains("href=\"/console/reviews/" + second + "\"");
  }

  @Test
  @DisplayName("the 360° view of a customer shows the golden values with their sources and the history")
  void customer360() {
    long id = server.hub.store().customers().activeAfter(0, 1).get(0).id();

    HttpResponse<String> page = admin.get("/console/customers/" + id);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("data-testid=\"customer-name\"").contains(DemoData.SOURCE + " · ");
  }

  @Test
  @DisplayName("the 360° view of a branch plant's contact shows the account path, sibling plants and colleagues")
  void customer360Affiliations() {
    long id = 0;
    Affiliation atBranch = null;
    for (var customer : server.hub.store().customers().activeAfter(0, 200)) {
      var found = server.hub.affiliations().of(customer.id()).stream()
          .filter(a -> a.path().size() == 2 && !a.siblings().isEmpty()).findFirst();
      if (found.isPresent()) {
        id = customer.id();
        atBranch = found.get();
        break;
      }
    }
    assertThat(atBranch).as("the demo data has contacts at branch plants").isNotNull();

    String page = admin.get("/console/customers/" + id).body();

    assertThat(page).contains("data-testid=\"affiliations\"")
        .containsSubsequence("data-testid=\"account-path\"", "<li>" + atBranch.path().get(0).name() + "</li>",
            "<li>" + atBranch.path().get(1).name() + "</li>")
        .contains(atBranch.contact().jobTitle().orElseThrow())
        .contains(atBranch.siblings().get(0).name());
    var linked = atBranch.colleagues().stream().filter(c -> c.contact().customerId().isPresent()).findFirst()
        .orElseThrow();
    assertThat(page).contains("<a href=\"/console/customers/" + linked.contact().customerId().orElseThrow() + "\">"
        + linked.contact().name() + "</a>");
  }

  @Test
  @DisplayName("typing a known customer's phone into the new-customer form suggests that customer")
  void liveSuggestions() {
    var known = server.hub.store().customers().activeAfter(0, 50).stream()
        .filter(c -> c.values().containsKey("phone") && c.values().containsKey("family_name")).findFirst().orElseThrow();
    admin.get("/console/new-customer");

    HttpResponse<String> fragment = admin.post("/console/new-customer/suggestions", Map.of(
        "family_name", known.values().get("family_name").value(), "phone", known.values().get("phone").value()));

    assertThat(fragment.statusCode()).isEqualTo(200);
    assertThat(fragment.body()).doesNotContain("<html").contains("/console/customers/" + known.id());
  }

  @Test
  @DisplayName("choosing Chinese switches every text and the page's language, and is remembered")
  void chinese() {
    WebClient web = WebClient.signedIn(server, "steward");
    web.get("/console");

    HttpResponse<String> switched = web.post("/console/language", Map.of("lang", "zh-CN", "back", "/console/stale"));
    String page = web.get("/console/stale").body();

    assertThat(switched.headers().firstValue("Location")).hasValue("/console/stale");
    assertThat(page).contains("<html lang=\"zh-CN\">").contains("重新核实队列").contains("退出登录")
        .doesNotContain("Sign out");
  }

  @Test
  @DisplayName("htmx, Chart.js and the console's own files come from the server itself")
  void assetsServed() {
    for (String asset : new String[] {"/webjars/htmx.org/2.0.4/dist/htmx.min.js",
        "/webjars/chart.js/4.4.7/dist/chart.umd.js", "/console/static/console.css", "/console/static/console.js"}) {
      assertThat(admin.get(asset).statusCode()).as(asset).isEqualTo(200);
      assertThat(admin.get("/console").body()).as("linked from the layout").contains(asset);
    }
  }
}
