package dev.golden.server.console;

import static dev.golden.server.http.ApiRoute.get;
import static dev.golden.server.http.ApiRoute.post;
import static dev.golden.server.security.Permission.CREATE_CUSTOMER;
import static dev.golden.server.security.Permission.DECIDE_CHANGE_REQUEST;
import static dev.golden.server.security.Permission.EDIT_CUSTOMER;
import static dev.golden.server.security.Permission.MERGE;
import static dev.golden.server.security.Permission.PROPOSE_CHANGE;
import static dev.golden.server.security.Permission.PUBLIC;
import static dev.golden.server.security.Permission.REVIEW_MATCHES;
import static dev.golden.server.security.Permission.SEARCH;

import dev.golden.server.http.ApiRoute;
import dev.golden.server.http.Forbidden;
import dev.golden.server.security.Permission;
import io.javalin.http.Handler;
import java.util.List;

/**
 * Every page of the console in one table: method, path, the permission (the API's matrix) and the
 * handler. Every POST also needs the session's CSRF token.
 */
final class ConsoleRoutes {

  static final String HOME = "/console";

  /** The pages reached from the navigation, in its order; each shown to roles granted its permission. */
  static final List<Pages.Destination> NAVIGATION = List.of(
      new Pages.Destination(HOME, "nav.dashboard", SEARCH),
      new Pages.Destination("/console/reviews", "nav.reviews", REVIEW_MATCHES),
      new Pages.Destination("/console/customers", "nav.customers", SEARCH),
      new Pages.Destination("/console/new-customer", "nav.newCustomer", CREATE_CUSTOMER),
      new Pages.Destination("/console/changes", "nav.changes", SEARCH),
      new Pages.Destination("/console/stale", "nav.stale", SEARCH),
      new Pages.Destination("/console/import", "nav.import", EDIT_CUSTOMER),
      new Pages.Destination("/console/dictionary", "nav.dictionary", SEARCH));

  /** The handlers of every page. */
  record Features(SignInPages signIn, DashboardPage dashboard, ReviewPages reviews, CustomerPages customers,
      EntryPages entry, ChangePages changes, StalePages stale, ImportPages imports, DictionaryPage dictionary) {}

  private final Sessions sessions;
  private final Pages pages;

  ConsoleRoutes(Sessions sessions, Pages pages) {
    this.sessions = sessions;
    this.pages = pages;
  }

  List<ApiRoute> of(Features f) {
    return List.of(
        page("/", PUBLIC, ctx -> ctx.redirect(HOME)),
        page("/console/signin", PUBLIC, f.signIn()::form),
        form("/console/signin", PUBLIC, f.signIn()::signIn),
        form("/console/signout", SEARCH, f.signIn()::signOut),
        form("/console/language", PUBLIC, f.signIn()::language),

        page(HOME, SEARCH, f.dashboard()::show),

        page("/console/reviews", REVIEW_MATCHES, f.reviews()::queue),
        page("/console/reviews/{linkId}", REVIEW_MATCHES, f.reviews()::compare),
        page("/console/reviews/{linkId}/cluster", REVIEW_MATCHES, f.reviews()::cluster),
        form("/console/reviews/{linkId}", REVIEW_MATCHES, f.reviews()::decide),
        form("/console/merges/{mergeId}/undo", MERGE, f.reviews()::undo),

        page("/console/customers", SEARCH, f.customers()::search),
        page("/console/customers/{id}", SEARCH, f.customers()::show),
        form("/console/customers/{id}", PROPOSE_CHANGE, f.customers()::edit),

        page("/console/new-customer", CREATE_CUSTOMER, f.entry()::form),
        form("/console/new-customer/suggestions", CREATE_CUSTOMER, f.entry()::suggestions),
        form("/console/new-customer", CREATE_CUSTOMER, f.entry()::enter),
        form("/console/new-customer/decision", CREATE_CUSTOMER, f.entry()::decide),

        page("/console/changes", SEARCH, f.changes()::list),
        form("/console/changes/{id}", DECIDE_CHANGE_REQUEST, f.changes()::decide),

        page("/console/stale", SEARCH, f.stale()::list),
        form("/console/stale/{id}/verify", PROPOSE_CHANGE, f.stale()::verify),

        page("/console/import", EDIT_CUSTOMER, f.imports()::start),
        form("/console/import", EDIT_CUSTOMER, f.imports()::upload),
        form("/console/import/{uploadId}/run", EDIT_CUSTOMER, f.imports()::run),
        page("/console/import/{uploadId}/progress", EDIT_CUSTOMER, f.imports()::progress),
        form("/console/quarantine/{id}", EDIT_CUSTOMER, f.imports()::fix),

        page("/console/dictionary", SEARCH, f.dictionary()::show));
  }

  /** A page to show. */
  private ApiRoute page(String path, Permission permission, Handler handler) {
    return get(path, permission, Problems.guard(pages, handler));
  }

  /** A POST from a form or htmx: refused unless it echoes the CSRF token. */
  private ApiRoute form(String path, Permission permission, Handler handler) {
    Handler guarded = Problems.guard(pages, handler);
    return post(path, permission, ctx -> {
      if (!sessions.csrfValid(ctx)) {
        throw new Forbidden("the form's security token is missing or out of date; reload the page and try again");
      }
      guarded.handle(ctx);
    });
  }
}
