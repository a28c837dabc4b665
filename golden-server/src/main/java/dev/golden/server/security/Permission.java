package dev.golden.server.security;

import static dev.golden.server.security.Role.ADMIN;
import static dev.golden.server.security.Role.AGENT;
import static dev.golden.server.security.Role.APPROVER;
import static dev.golden.server.security.Role.STEWARD;

import io.javalin.security.RouteRole;
import java.util.EnumSet;
import java.util.Set;

/**
 * The permission matrix: what a route needs, and which roles are granted it. This is the only
 * place that says who may do what; every route names exactly one permission.
 */
public enum Permission implements RouteRole {
  /** Needs no credentials at all: health and the API description. */
  PUBLIC(),
  /** Search and read customers. */
  SEARCH(AGENT, STEWARD, APPROVER, ADMIN),
  /** Enter a new customer (with the duplicate check on entry). */
  CREATE_CUSTOMER(AGENT, STEWARD, APPROVER, ADMIN),
  /** Propose a change; to a protected field it becomes a change request. */
  PROPOSE_CHANGE(AGENT, STEWARD, APPROVER, ADMIN),
  /** Review suspected duplicates and decide same / not the same. */
  REVIEW_MATCHES(STEWARD, APPROVER, ADMIN),
  /** Merge customers and undo merges. */
  MERGE(STEWARD, APPROVER, ADMIN),
  /** Change fields that are not protected directly, without a change request. */
  EDIT_CUSTOMER(STEWARD, APPROVER, ADMIN),
  /** Approve or reject change requests to protected fields. */
  DECIDE_CHANGE_REQUEST(APPROVER, ADMIN),
  /** Create users and issue API tokens. */
  MANAGE_USERS(ADMIN);

  private final Set<Role> grantedTo;

  Permission(Role... grantedTo) {
    this.grantedTo = grantedTo.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(grantedTo[0], grantedTo);
  }

  /** Whether a user with {@code role} may use routes that need this permission. */
  public boolean isGrantedTo(Role role) {
    return this == PUBLIC || grantedTo.contains(role);
  }

  /** Whether the route is open to anonymous callers. */
  public boolean isPublic() {
    return this == PUBLIC;
  }
}
