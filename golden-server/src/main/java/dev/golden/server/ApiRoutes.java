package dev.golden.server;

import static dev.golden.server.http.ApiRoute.get;
import static dev.golden.server.http.ApiRoute.patch;
import static dev.golden.server.http.ApiRoute.post;
import static dev.golden.server.security.Permission.CREATE_CUSTOMER;
import static dev.golden.server.security.Permission.DECIDE_CHANGE_REQUEST;
import static dev.golden.server.security.Permission.MANAGE_USERS;
import static dev.golden.server.security.Permission.MERGE;
import static dev.golden.server.security.Permission.PROPOSE_CHANGE;
import static dev.golden.server.security.Permission.PUBLIC;
import static dev.golden.server.security.Permission.REVIEW_MATCHES;
import static dev.golden.server.security.Permission.SEARCH;

import dev.golden.server.admin.AdminEndpoints;
import dev.golden.server.change.ChangeRequestEndpoints;
import dev.golden.server.customer.CustomerEndpoints;
import dev.golden.server.freshness.FreshnessEndpoints;
import dev.golden.server.http.ApiRoute;
import dev.golden.server.meta.MetaEndpoints;
import dev.golden.server.quality.QualityEndpoints;
import dev.golden.server.review.ReviewEndpoints;
import dev.golden.server.search.SearchEndpoints;
import java.util.List;

/**
 * Every route of the API in one table: method, path, the permission it needs, the handler.
 * {@code openapi.json} documents each of them (a test holds the two together).
 */
final class ApiRoutes {

  private ApiRoutes() {}

  /** The handlers of every feature. */
  record Features(MetaEndpoints meta, AdminEndpoints admin, CustomerEndpoints customers, SearchEndpoints search,
      ReviewEndpoints reviews, ChangeRequestEndpoints changes, FreshnessEndpoints freshness,
      QualityEndpoints quality) {}

  static List<ApiRoute> of(Features f) {
    return List.of(
        get("/api/health", PUBLIC, f.meta().health()),
        get("/api/openapi.json", PUBLIC, f.meta().openApi()),

        post("/api/admin/users", MANAGE_USERS, f.admin().createUser()),
        post("/api/admin/users/{username}/tokens", MANAGE_USERS, f.admin().createApiToken()),

        post("/api/customers", CREATE_CUSTOMER, f.customers().create()),
        get("/api/customers", SEARCH, f.customers().list()),
        get("/api/customers/{id}", SEARCH, f.customers().show()),
        patch("/api/customers/{id}", PROPOSE_CHANGE, f.customers().edit()),
        get("/api/customers/{id}/history", SEARCH, f.customers().history()),
        get("/api/customers/{id}/affiliations", SEARCH, f.customers().affiliations()),
        post("/api/customers/{id}/records", CREATE_CUSTOMER, f.customers().attachRecord()),
        post("/api/customers/{id}/verify", PROPOSE_CHANGE, f.freshness().verify()),
        get("/api/search", SEARCH, f.search().search()),

        get("/api/reviews", REVIEW_MATCHES, f.reviews().queue()),
        post("/api/reviews/{linkId}", REVIEW_MATCHES, f.reviews().decide()),
        post("/api/merges", MERGE, f.reviews().merge()),
        post("/api/merges/{id}/undo", MERGE, f.reviews().undo()),

        get("/api/change-requests", SEARCH, f.changes().list()),
        post("/api/change-requests/{id}/approve", DECIDE_CHANGE_REQUEST, f.changes().approve()),
        post("/api/change-requests/{id}/reject", DECIDE_CHANGE_REQUEST, f.changes().reject()),

        get("/api/freshness/stale", SEARCH, f.freshness().stale()),
        get("/api/quality", SEARCH, f.quality().now()),
        get("/api/quality/history", SEARCH, f.quality().history()));
  }
}
