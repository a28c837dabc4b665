package dev.golden.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Signing in to the console: session cookie, CSRF tokens, roles")
class ConsoleSignInTest {

  private static DemoServer server;

  @BeforeAll
  static void start() {
    server = DemoServer.shared();
  }

  @Test
  @DisplayName("a page asked for without a session leads to the sign-in form, remembering where to go next")
  void signedOutGoesToSignIn() {
    HttpResponse<String> answer = new WebClient(server).get("/console/reviews");

    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(answer.headers().firstValue("Location")).hasValue("/console/signin?next=%2Fconsole%2Freviews");
  }

  @Test
  @DisplayName("signing in sets an HttpOnly, SameSite=Strict session cookie and goes on to the page asked for")
  void signInSetsStrictCookie() {
    WebClient web = new WebClient(server);
    web.get("/console/signin?next=/console/dictionary");

    HttpResponse<String> answer = web.post("/console/signin",
        Map.of("username", "steward", "password", DemoData.PASSWORD, "next", "/console/dictionary"));

    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(answer.headers().firstValue("Location")).hasValue("/console/dictionary");
    assertThat(answer.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
        .startsWith(Sessions.COOKIE + "=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict"));
    assertThat(web.get("/console/dictionary").body()).contains("national_id");
  }

  @Test
  @DisplayName("a wrong password shows the form again with a message, and no session")
  void wrongPassword() {
    WebClient web = new WebClient(server);
    web.get("/console/signin");

    HttpResponse<String> answer = web.post("/console/signin", Map.of("username", "steward", "password", "wrong password!"));

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.body()).contains("data-testid=\"signin-failed\"");
    assertThat(web.get("/console").statusCode()).isEqualTo(303);
  }

  @Test
  @DisplayName("the sign-in form without its CSRF token is refused")
  void signInNeedsToken() {
    WebClient web = new WebClient(server);
    web.get("/console/signin");

    HttpResponse<String> answer = web.postRaw("/console/signin", Map.of("username", "steward", "password", DemoData.PASSWORD));

    assertThat(answer.statusCode()).isEqualTo(403);
  }

  @Test
  @DisplayName("a signed-in form POST without the session's CSRF token changes nothing")
  void postsNeedToken() {
    WebClient web = WebClient.signedIn(server, "approver");
    long pendingBefore = server.hub.store().changeRequests().pending(0, 1).total();
    long first = server.hub.store().changeRequests().pending(0, 1).items().get(0).id();

    HttpResponse<String> forged = web.postRaw("/console/changes/" + first, Map.of("decision", "approve"));
    HttpResponse<String> wrongToken = web.postRaw("/console/changes/" + first,
        Map.of("decision", "approve", "_csrf", "not-the-token"));

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(wrongToken.statusCode()).isEqualTo(403);
    assertThat(server.hub.store().changeRequests().pending(0, 1).total()).isEqualTo(pendingBefore);
  }

  @Test
  @DisplayName("the session cookie opens console pages only: the JSON API still wants credentials")
  void cookieDoesNotOpenTheApi() {
    WebClient web = WebClient.signedIn(server, "admin");

    assertThat(web.get("/console/customers").statusCode()).isEqualTo(200);
    assertThat(web.get("/api/customers").statusCode()).isEqualTo(401);
  }

  @Test
  @DisplayName("an agent sees no review queue in the navigation and is refused it by address")
  void agentCannotReview() {
    WebClient web = WebClient.signedIn(server, "agent");

    String dashboard = web.get("/console").body();
    HttpResponse<String> reviews = web.get("/console/reviews");

    assertThat(dashboard).contains("href=\"/console/new-customer\"").doesNotContain("href=\"/console/reviews\"");
    assertThat(reviews.statusCode()).isEqualTo(403);
  }

  @Test
  @DisplayName("signing out ends the session: the old cookie opens nothing")
  void signOut() {
    WebClient web = WebClient.signedIn(server, "steward");

    HttpResponse<String> out = web.post("/console/signout", Map.of());

    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(web.get("/console").statusCode()).isEqualTo(303);
  }

  @Test
  @DisplayName("a next address elsewhere is never followed after sign-in")
  void noOpenRedirect() {
    assertThat(SignInPages.safeNext("https://evil.example/")).isEqualTo("/console");
    assertThat(SignInPages.safeNext("//evil.example/console")).isEqualTo("/console");
    assertThat(SignInPages.safeNext("/console/customers/7")).isEqualTo("/console/customers/7");
  }
}
