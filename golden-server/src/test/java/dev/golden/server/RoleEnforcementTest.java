package dev.golden.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.server.http.ApiRoute;
import dev.golden.server.http.Json;
import dev.golden.server.security.AccessControl;
import dev.golden.server.security.AccessSpecification;
import dev.golden.server.security.Permission;
import dev.golden.server.security.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Every route is checked: each role is refused what it may not do")
class RoleEnforcementTest {

  private static TestServer api;

  /** One probe route per permission, answering with who passed the check. */
  @BeforeAll
  static void start() {
    List<ApiRoute> probes = Arrays.stream(Permission.values())
        .map(permission -> ApiRoute.get("/probe/" + permission, permission, ctx ->
            Json.respond(ctx, 200, Map.of("caller", permission.isPublic()
                ? "anonymous" : AccessControl.currentUser(ctx).username()))))
        .toList();
    api = TestServer.startWith(probes);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @ParameterizedTest(name = "{0} on a {1} route: allowed = {2}")
  @MethodSource("dev.golden.server.security.AccessSpecification#everyRoleAndPermission")
  void aRoleReachesExactlyTheRoutesItsPermissionsCover(Role role, Permission permission, boolean allowed) {
    HttpResult result = api.get("/probe/" + permission, "Authorization", api.basicFor(role));

    if (allowed) {
      assertThat(result.status()).isEqualTo(200);
    } else {
      assertThat(result.status()).isEqualTo(403);
      assertThat(result.errorCode()).isEqualTo("forbidden");
      assertThat(result.json().path("message").asText()).contains(role.name()).contains(permission.name());
    }
  }

  @ParameterizedTest(name = "anonymous on a {0} route")
  @EnumSource(Permission.class)
  void anonymousCallersReachOnlyPublicRoutes(Permission permission) {
    HttpResult result = api.get("/probe/" + permission);

    assertThat(result.status()).isEqualTo(permission.isPublic() ? 200 : 401);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Role.class)
  void theHandlerSeesTheAuthenticatedCaller(Role role) {
    HttpResult result = api.get("/probe/SEARCH", "Authorization", api.basicFor(role));

    assertThat(result.json().path("caller").asText()).isEqualTo(role.name().toLowerCase() + "-user");
  }

  @ParameterizedTest(name = "{0} on the API's own routes")
  @EnumSource(Role.class)
  void theApisRoutesRefuseRolesTheyDoNotGrant(Role role) {
    for (ApiRoute route : api.server.routes()) {
      String path = route.path().replaceAll("\\{[^}]+}", "agent-user");
      HttpResult result = api.send(api.request(path).method(route.method().name(),
          java.net.http.HttpRequest.BodyPublishers.ofString("{}")), "Authorization", api.basicFor(role));

      String what = role + " " + route.method() + " " + route.path();
      if (AccessSpecification.allows(role, route.permission())) {
        assertThat(result.status()).as(what).isNotIn(401, 403);
      } else {
        assertThat(result.status()).as(what).isEqualTo(403);
      }
    }
  }
}
