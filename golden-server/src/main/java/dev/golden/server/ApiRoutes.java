package dev.golden.server;

import static dev.golden.server.http.ApiRoute.get;
import static dev.golden.server.http.ApiRoute.post;
import static dev.golden.server.security.Permission.MANAGE_USERS;
import static dev.golden.server.security.Permission.PUBLIC;

import dev.golden.server.admin.AdminEndpoints;
import dev.golden.server.http.ApiRoute;
import dev.golden.server.meta.MetaEndpoints;
import java.util.List;

/**
 * Every route of the API in one table: method, path, the permission it needs, the handler.
 * {@code openapi.json} documents each of them (a test holds the two together).
 */
final class ApiRoutes {

  private ApiRoutes() {}

  static List<ApiRoute> of(MetaEndpoints meta, AdminEndpoints admin) {
    return List.of(
        get("/api/health", PUBLIC, meta.health()),
        get("/api/openapi.json", PUBLIC, meta.openApi()),

        post("/api/admin/users", MANAGE_USERS, admin.createUser()),
        post("/api/admin/users/{username}/tokens", MANAGE_USERS, admin.createApiToken()));
  }
}
