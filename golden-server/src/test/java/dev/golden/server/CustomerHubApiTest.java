package dev.golden.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golden.server.security.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The customer hub over HTTP, on a real server with an H2 store")
class CustomerHubApiTest {

  private static TestServer api;

  @BeforeAll
  static void start() {
    api = TestServer.startWithFreshHub();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static String[] as(Role role, String... more) {
    List<String> headers = new ArrayList<>(List.of("Authorization", api.basicFor(role)));
    headers.addAll(List.of(more));
    return headers.toArray(String[]::new);
  }

  private static HttpResult enter(Role role, String valuesJson) {
    return api.post("/api/customers", "{\"values\":" + valuesJson + "}", as(role));
  }

  private static long created(String valuesJson) {
    HttpResult result = enter(Role.STEWARD, valuesJson);
    assertThat(result.status()).as(result.body()).isEqualTo(201);
    return result.json().path("customer").path("id").asLong();
  }

  private static HttpResult read(long id) {
    return api.get("/api/customers/" + id, as(Role.AGENT));
  }

  private static String etag(long id) {
    return read(id).header("ETag").orElseThrow();
  }

  @Nested
  @DisplayName("Duplicate prevention on entry")
  class Entry {

    private static final String SMITH = """
        {"given_name":"Jonathan","family_name":"Smithers","phone":"+1 415 555 0134",
         "email":"jonathan.smithers@example.com","city":"San Francisco","postcode":"94102","country":"US",
         "date_of_birth":"1978-03-14"}""";
    private static final String SMITH_AGAIN = """
        {"given_name":"Jonathon","family_name":"Smithers","phone":"(415) 555-0134",
         "email":"jonathan.smithers@example.com","country":"US"}""";

    /** The same record for another person: family name, email, phone and date of birth of their own. */
    private static String person(String record, String familyName, String dateOfBirth) {
      int digits = Math.abs(familyName.hashCode()) % 9000 + 1000;
      return record.replace("Smithers", familyName).replace("smithers", familyName.toLowerCase())
          .replace("555 0134", "555 " + digits).replace("555-0134", "555-" + digits)
          .replace("1978-03-14", dateOfBirth);
    }

    @Test
    void aNewCustomerIsCreatedWithItsSourceRecordAndStandardizedValues() {
      HttpResult result = enter(Role.AGENT, """
          {"full_name":"Aroha Ngata","phone":"021 555 0199","email":"Aroha.Ngata@Example.NZ","country":"NZ"}""");

      assertThat(result.status()).as(result.body()).isEqualTo(201);
      JsonNode customer = result.json().path("customer");
      assertThat(result.json().path("outcome").asText()).isEqualTo("created");
      assertThat(customer.path("values").path("phone").asText()).isEqualTo("+64215550199");
      assertThat(customer.path("values").path("email").asText()).isEqualTo("aroha.ngata@example.nz");
      assertThat(result.header("Location")).hasValue("/api/customers/" + customer.path("id").asLong());

      JsonNode view = read(customer.path("id").asLong()).json();
      assertThat(view.path("sourceRecords")).singleElement().satisfies(r -> {
        assertThat(r.path("source").asText()).isEqualTo("agent-user");
        assertThat(r.path("rawValues").path("email").asText()).isEqualTo("Aroha.Ngata@Example.NZ");
      });
      assertThat(view.path("values").path("phone").path("sourceRecordId").asLong())
          .isEqualTo(view.path("sourceRecords").get(0).path("id").asLong());
      assertThat(view.path("values").path("phone").path("ageDays").asLong()).isZero();
    }

    @Test
    void aLikelyDuplicateIsShownWithItsProbabilityAndExplanationAndNothingIsCreated() {
      long smith = created(SMITH);
      long before = api.hub.store().customers().countActive();

      HttpResult answer = enter(Role.AGENT, SMITH_AGAIN);

      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      assertThat(answer.json().path("outcome").asText()).isEqualTo("possible_duplicates");
      assertThat(answer.json().path("checkId").asText()).startsWith("chk_");
      JsonNode first = answer.json().path("candidates").get(0);
      assertThat(first.path("customerId").asLong()).isEqualTo(smith);
      assertThat(first.path("probability").asDouble()).isBetween(0.5, 1.0);
      assertThat(first.path("values").path("family_name").asText()).isEqualTo("smithers");
      assertThat(first.path("explanation").findValuesAsText("comparison")).isNotEmpty();
      assertThat(api.hub.store().customers().countActive()).isEqualTo(before);
    }

    @Test
    void createAnywayCreatesTheCustomerAndRemembersItIsDifferentFromEachCandidate() {
      long smith = created(person(SMITH, "Okafor", "1981-07-02"));
      HttpResult answer = enter(Role.AGENT, person(SMITH_AGAIN, "Okafor", "1981-07-02"));
      String checkId = answer.json().path("checkId").asText();

      HttpResult created = api.post("/api/customers?confirm=create", "{\"checkId\":\"" + checkId + "\"}",
          as(Role.AGENT));

      assertThat(created.status()).as(created.body()).isEqualTo(201);
      long id = created.json().path("customer").path("id").asLong();
      JsonNode links = read(id).json().path("links");
      assertThat(links).anySatisfy(link -> {
        assertThat(link.path("otherCustomerId").asLong()).isEqualTo(smith);
        assertThat(link.path("kind").asText()).isEqualTo("DIFFERENT");
        assertThat(link.path("status").asText()).isEqualTo("ASSERTED");
        assertThat(link.path("decidedBy").asText()).isEqualTo("agent-user");
      });
      HttpResult again = api.post("/api/customers?confirm=create", "{\"checkId\":\"" + checkId + "\"}",
          as(Role.AGENT));
      assertThat(again.status()).as("a check is decided once").isEqualTo(404);
    }

    @Test
    void itIsCustomerXLinksTheRecordToThatCustomerWithoutANewOne() {
      long smith = created(person(SMITH, "Lindqvist", "1969-11-23"));
      String checkId = enter(Role.AGENT, person(SMITH_AGAIN, "Lindqvist", "1969-11-23")).json().path("checkId").asText();
      long before = api.hub.store().customers().countActive();

      HttpResult linked = api.post("/api/customers/" + smith + "/records", "{\"checkId\":\"" + checkId + "\"}",
          as(Role.AGENT));

      assertThat(linked.status()).as(linked.body()).isEqualTo(201);
      assertThat(api.hub.store().customers().countActive()).isEqualTo(before);
      assertThat(read(smith).json().path("sourceRecords")).hasSize(2);
    }

    @Test
    void anotherUserCannotDecideSomeoneElsesCheck() {
      created(person(SMITH, "Haddad", "1990-01-09"));
      String checkId = enter(Role.AGENT, person(SMITH_AGAIN, "Haddad", "1990-01-09")).json().path("checkId").asText();

      HttpResult result = api.post("/api/customers?confirm=create", "{\"checkId\":\"" + checkId + "\"}",
          as(Role.STEWARD));

      assertThat(result.status()).isEqualTo(404);
    }

    @Test
    void anInvalidValueIsRefusedNamingItsField() {
      HttpResult result = enter(Role.AGENT, "{\"full_name\":\"Mia Chen\",\"email\":\"mia.chen at example\"}");

      assertThat(result.status()).isEqualTo(400);
      assertThat(result.json().path("field").asText()).isEqualTo("values.email");
    }

    @Test
    void anUnknownFieldIsRefusedNamingIt() {
      HttpResult result = enter(Role.AGENT, "{\"full_name\":\"Mia Chen\",\"shoe_size\":\"38\"}");

      assertThat(result.status()).isEqualTo(400);
      assertThat(result.json().path("field").asText()).isEqualTo("values.shoe_size");
    }
  }

  @Nested
  @DisplayName("Search for a call-centre agent")
  class Search {

    @Test
    void findsACustomerByChineseNameAndByPhoneInAnotherFormat() {
      long id = created("""
          {"full_name":"欧阳建国","phone":"+86 139 1234 5678","city":"广州","country":"CN"}""");

      JsonNode byName = api.get("/api/search?q=" + URLEncoder.encode("欧阳建国", StandardCharsets.UTF_8),
          as(Role.AGENT)).json();
      JsonNode byPhone = api.get("/api/search?q=" + URLEncoder.encode("139-1234-5678", StandardCharsets.UTF_8),
          as(Role.AGENT)).json();

      assertThat(byName.path("hits").get(0).path("customerId").asLong()).isEqualTo(id);
      assertThat(byPhone.path("hits").get(0).path("customerId").asLong()).isEqualTo(id);
    }

    @Test
    void anEmptyQueryIsRefused() {
      HttpResult result = api.get("/api/search?q=", as(Role.AGENT));

      assertThat(result.status()).isEqualTo(400);
      assertThat(result.json().path("field").asText()).isEqualTo("q");
    }
  }

  @Nested
  @DisplayName("Editing under optimistic locking and governance")
  class Editing {

    @Test
    void theSecondOfTwoStewardsEditingTheSameCustomerGetsAConflict() {
      long id = created("{\"full_name\":\"Lena Fischer\",\"city\":\"Hamburg\",\"country\":\"DE\"}");
      String seenByBoth = etag(id);

      HttpResult first = api.patch("/api/customers/" + id, "{\"values\":{\"city\":\"Bremen\"}}",
          as(Role.STEWARD, "If-Match", seenByBoth));
      HttpResult second = api.patch("/api/customers/" + id, "{\"values\":{\"city\":\"Kiel\"}}",
          as(Role.APPROVER, "If-Match", seenByBoth));

      assertThat(first.status()).as(first.body()).isEqualTo(200);
      assertThat(first.header("ETag")).isPresent().get().isNotEqualTo(seenByBoth);
      assertThat(second.status()).isEqualTo(409);
      assertThat(second.errorCode()).isEqualTo("version_conflict");
      assertThat(read(id).json().path("values").path("city").path("value").asText()).isEqualTo("bremen");
    }

    @Test
    void anEditWithoutIfMatchIsRefused() {
      long id = created("{\"full_name\":\"Lars Berg\",\"city\":\"Oslo\",\"country\":\"DE\"}");

      HttpResult result = api.patch("/api/customers/" + id, "{\"values\":{\"city\":\"Bergen\"}}", as(Role.STEWARD));

      assertThat(result.status()).isEqualTo(428);
    }

    @Test
    void aProtectedFieldBecomesAChangeRequestThatOnlyAnApproverCanApprove() {
      long id = created("{\"full_name\":\"陈美玲\",\"billing_address\":\"上海市浦东新区世纪大道100号\",\"country\":\"CN\"}");

      HttpResult edit = api.patch("/api/customers/" + id,
          "{\"values\":{\"billing_address\":\"上海市静安区南京西路1266号\"}}", as(Role.AGENT, "If-Match", etag(id)));

      assertThat(edit.status()).as(edit.body()).isEqualTo(200);
      assertThat(edit.json().path("applied")).isEmpty();
      long requestId = edit.json().path("changeRequests").get(0).path("id").asLong();
      assertThat(read(id).json().path("values").path("billing_address").path("value").asText())
          .isEqualTo("上海市浦东新区世纪大道100号");
      assertThat(read(id).json().path("openChangeRequests")).hasSize(1);
      assertThat(api.get("/api/change-requests?status=PENDING", as(Role.APPROVER)).json()
          .path("items").findValuesAsText("id")).contains(Long.toString(requestId));

      HttpResult byAgent = api.post("/api/change-requests/" + requestId + "/approve", "{}", as(Role.AGENT));
      HttpResult byApprover = api.post("/api/change-requests/" + requestId + "/approve",
          "{\"comment\":\"confirmed by phone\"}", as(Role.APPROVER));

      assertThat(byAgent.status()).isEqualTo(403);
      assertThat(byApprover.status()).as(byApprover.body()).isEqualTo(200);
      assertThat(byApprover.json().path("status").asText()).isEqualTo("APPROVED");
      assertThat(read(id).json().path("values").path("billing_address").path("value").asText())
          .isEqualTo("上海市静安区南京西路1266号");
      assertThat(api.get("/api/customers/" + id + "/history", as(Role.AGENT)).json().path("items")
          .findValuesAsText("action")).contains("create", "apply change request " + requestId);
    }

    @Test
    void anApproverCannotApproveTheirOwnRequest() {
      long id = created("{\"full_name\":\"Noah Levi\",\"service_level\":\"standard\"}");
      long requestId = api.patch("/api/customers/" + id, "{\"values\":{\"service_level\":\"premium\"}}",
          as(Role.APPROVER, "If-Match", etag(id))).json().path("changeRequests").get(0).path("id").asLong();

      HttpResult own = api.post("/api/change-requests/" + requestId + "/approve", "", as(Role.APPROVER));

      assertThat(own.status()).isEqualTo(403);
    }

    @Test
    void anAgentCannotChangeAnUnprotectedFieldDirectly() {
      long id = created("{\"full_name\":\"Ana Souza\",\"city\":\"Recife\",\"country\":\"AU\"}");

      HttpResult result = api.patch("/api/customers/" + id, "{\"values\":{\"city\":\"Natal\"}}",
          as(Role.AGENT, "If-Match", etag(id)));

      assertThat(result.status()).isEqualTo(403);
    }
  }

  @Nested
  @DisplayName("Review and merges")
  class Review {

    @Test
    void undoingAMergeRestoresBothCustomers() {
      long a = created("{\"full_name\":\"Kofi Mensah\",\"city\":\"Accra\",\"country\":\"GB\"}");
      long b = created("{\"full_name\":\"Ama Owusu\",\"email\":\"ama.owusu@example.co.uk\",\"country\":\"GB\"}");

      HttpResult merge = api.post("/api/merges", "{\"survivorId\":" + a + ",\"mergedIds\":[" + b + "]}",
          as(Role.STEWARD));
      assertThat(merge.status()).as(merge.body()).isEqualTo(201);
      assertThat(read(b).json().path("status").asText()).isEqualTo("MERGED");
      assertThat(read(a).json().path("sourceRecords")).hasSize(2);

      HttpResult undo = api.post("/api/merges/" + merge.json().path("id").asLong() + "/undo", "", as(Role.STEWARD));

      assertThat(undo.status()).as(undo.body()).isEqualTo(200);
      assertThat(read(b).json().path("status").asText()).isEqualTo("ACTIVE");
      assertThat(read(b).json().path("values").path("email").path("value").asText()).isEqualTo("ama.owusu@example.co.uk");
      assertThat(read(a).json().path("values").has("email")).isFalse();
      assertThat(read(a).json().path("sourceRecords")).hasSize(1);
      assertThat(api.post("/api/merges", "{\"survivorId\":" + a + ",\"mergedIds\":[" + b + "]}", as(Role.AGENT))
          .status()).isEqualTo(403);
    }

    @Test
    void aDecisionThatTwoAreDifferentIsRememberedAndBlocksALaterMerge() {
      long a = created("{\"full_name\":\"Maria Garcia\",\"city\":\"Sevilla\",\"country\":\"FR\"}");
      long b = created("{\"full_name\":\"María García\",\"city\":\"Madrid\",\"country\":\"FR\"}");
      long linkId = api.hub.store().links().infer(dev.golden.store.LinkSubject.CUSTOMER, a, b,
          dev.golden.store.LinkKind.POSSIBLY_SAME, 0.55, "model").orElseThrow().id();
      assertThat(api.get("/api/reviews", as(Role.STEWARD)).json().path("items").findValuesAsText("linkId"))
          .contains(Long.toString(linkId));

      HttpResult decided = api.post("/api/reviews/" + linkId, "{\"decision\":\"different\"}", as(Role.STEWARD));

      assertThat(decided.status()).as(decided.body()).isEqualTo(200);
      assertThat(decided.json().path("link").path("status").asText()).isEqualTo("ASSERTED");
      assertThat(api.hub.store().links().infer(dev.golden.store.LinkSubject.CUSTOMER, a, b,
          dev.golden.store.LinkKind.POSSIBLY_SAME, 0.9, "model")).as("the model cannot override it").isEmpty();
      assertThat(api.get("/api/reviews", as(Role.STEWARD)).json().path("items").findValuesAsText("linkId"))
          .doesNotContain(Long.toString(linkId));
      HttpResult merge = api.post("/api/merges", "{\"survivorId\":" + a + ",\"mergedIds\":[" + b + "]}",
          as(Role.STEWARD));
      assertThat(merge.status()).isEqualTo(409);
      assertThat(api.get("/api/reviews", as(Role.AGENT)).status()).isEqualTo(403);
    }

    @Test
    void aDecisionThatTwoAreTheSameMergesThem() {
      long a = created("{\"full_name\":\"Tomasz Nowak\",\"city\":\"Kraków\",\"country\":\"DE\"}");
      long b = created("{\"full_name\":\"Tomek Nowak\",\"phone\":\"+49 151 2345 6789\",\"country\":\"DE\"}");
      long linkId = api.hub.store().links().infer(dev.golden.store.LinkSubject.CUSTOMER, a, b,
          dev.golden.store.LinkKind.POSSIBLY_SAME, 0.7, "model").orElseThrow().id();

      HttpResult decided = api.post("/api/reviews/" + linkId, "{\"decision\":\"same\"}", as(Role.STEWARD));

      assertThat(decided.status()).as(decided.body()).isEqualTo(200);
      assertThat(decided.json().path("outcome").asText()).isEqualTo("merged");
      assertThat(read(b).json().path("mergedInto").asLong()).isEqualTo(a);
      assertThat(read(a).json().path("values").path("phone").path("value").asText()).isEqualTo("+4915123456789");
    }
  }

  @Nested
  @DisplayName("Freshness and quality")
  class FreshnessAndQuality {

    @Test
    void verifyingValuesMovesTheVersionOnAndNeedsIfMatch() {
      long id = created("{\"full_name\":\"Sara Lind\",\"phone\":\"+44 20 7946 0958\",\"country\":\"GB\"}");

      HttpResult without = api.post("/api/customers/" + id + "/verify", "{\"fields\":[\"phone\"]}", as(Role.AGENT));
      HttpResult verified = api.post("/api/customers/" + id + "/verify", "{\"fields\":[\"phone\"]}",
          as(Role.AGENT, "If-Match", etag(id)));

      assertThat(without.status()).isEqualTo(428);
      assertThat(verified.status()).as(verified.body()).isEqualTo(200);
      assertThat(read(id).json().path("values").path("phone").has("verifiedAt")).isTrue();
      assertThat(api.get("/api/freshness/stale", as(Role.AGENT)).status()).isEqualTo(200);
    }

    @Test
    void qualityCountsTheActiveCustomers() {
      HttpResult quality = api.get("/api/quality", as(Role.AGENT));

      assertThat(quality.status()).as(quality.body()).isEqualTo(200);
      assertThat(quality.json().path("uniqueCustomers").asLong())
          .isEqualTo(api.hub.store().customers().countActive());
      assertThat(quality.json().path("fields").findValuesAsText("field")).contains("phone", "email");
      api.hub.quality().snapshot();
      assertThat(api.get("/api/quality/history", as(Role.AGENT)).json().path("snapshots")).isNotEmpty();
    }

    @Test
    void customersAreListedInPages() {
      created("{\"full_name\":\"Page One\"}");
      created("{\"full_name\":\"Page Two\"}");

      JsonNode page = api.get("/api/customers?size=1", as(Role.AGENT)).json();

      assertThat(page.path("items")).hasSize(1);
      assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(2);
    }
  }

  @Nested
  @DisplayName("Contacts and account hierarchies")
  class Affiliations {

    @Test
    void aContactIsShownWithItsPathFromTheFactorySiblingPlantsAndColleaguesAcrossThem() {
      var accounts = api.hub.store().accounts();
      var factory = accounts.create("华南电子制造有限公司", "steward");
      var dongguan = accounts.createUnder(factory.id(), "华南电子 东莞分厂", "steward");
      var shenzhen = accounts.createUnder(factory.id(), "华南电子 深圳分厂", "steward");
      var workshop = accounts.createUnder(dongguan.id(), "东莞分厂 二车间", "steward");
      long zhou = created("{\"full_name\":\"周杰\",\"phone\":\"+86 136 9753 8642\",\"country\":\"CN\"}");
      long li = created("{\"full_name\":\"李娜\",\"phone\":\"+86 137 2468 1357\",\"country\":\"CN\"}");
      accounts.linkContact(accounts.addContact(dongguan.id(), "周杰", "采购经理", "steward").id(), zhou, "steward");
      accounts.linkContact(accounts.addContact(shenzhen.id(), "李娜", "厂长", "steward").id(), li, "steward");
      accounts.addContact(factory.id(), "Chen Wei", "CFO", "steward");

      HttpResult result = api.get("/api/customers/" + zhou + "/affiliations", as(Role.AGENT));

      assertThat(result.status()).as(result.body()).isEqualTo(200);
      JsonNode only = result.json().path("items").get(0);
      assertThat(result.json().path("items")).hasSize(1);
      assertThat(only.path("contact").path("jobTitle").asText()).isEqualTo("采购经理");
      assertThat(only.path("contact").path("account").path("name").asText()).isEqualTo("华南电子 东莞分厂");
      assertThat(only.path("path").findValuesAsText("name")).containsExactly("华南电子制造有限公司", "华南电子 东莞分厂");
      assertThat(only.path("siblings").findValuesAsText("name")).containsExactly("华南电子 深圳分厂");
      assertThat(only.path("branches").findValuesAsText("id")).containsExactly(Long.toString(workshop.id()));
      assertThat(only.path("colleagues")).hasSize(2);
      assertThat(only.path("colleagues").get(0).path("name").asText()).isEqualTo("李娜");
      assertThat(only.path("colleagues").get(0).path("customerId").asLong()).isEqualTo(li);
      assertThat(only.path("colleagues").get(0).path("account").path("name").asText()).isEqualTo("华南电子 深圳分厂");
      assertThat(only.path("colleagues").get(1).has("customerId")).isFalse();
    }

    @Test
    void aCustomerWhoIsNoContactHasNoneAndAnUnknownOneIsNotFound() {
      long loner = created("{\"full_name\":\"Tamati Whaanga\",\"country\":\"NZ\"}");

      assertThat(api.get("/api/customers/" + loner + "/affiliations", as(Role.AGENT)).json().path("items")).isEmpty();
      assertThat(api.get("/api/customers/987654321/affiliations", as(Role.AGENT)).status()).isEqualTo(404);
    }
  }
}
