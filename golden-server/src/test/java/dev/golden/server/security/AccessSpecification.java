package dev.golden.server.security;

import static dev.golden.server.security.Permission.CREATE_CUSTOMER;
import static dev.golden.server.security.Permission.DECIDE_CHANGE_REQUEST;
import static dev.golden.server.security.Permission.EDIT_CUSTOMER;
import static dev.golden.server.security.Permission.MANAGE_USERS;
import static dev.golden.server.security.Permission.MERGE;
import static dev.golden.server.security.Permission.PROPOSE_CHANGE;
import static dev.golden.server.security.Permission.PUBLIC;
import static dev.golden.server.security.Permission.REVIEW_MATCHES;
import static dev.golden.server.security.Permission.SEARCH;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What issue 4 says each role may do, restated independently of {@link Permission} so that a
 * change to the matrix must be a deliberate change to this specification too.
 */
public final class AccessSpecification {

  private static final Set<Permission> AGENT = EnumSet.of(PUBLIC, SEARCH, CREATE_CUSTOMER, PROPOSE_CHANGE);
  private static final Set<Permission> STEWARD = union(AGENT, EnumSet.of(REVIEW_MATCHES, MERGE, EDIT_CUSTOMER));
  private static final Set<Permission> APPROVER = union(STEWARD, EnumSet.of(DECIDE_CHANGE_REQUEST));
  private static final Set<Permission> ADMIN = EnumSet.allOf(Permission.class);

  public static final Map<Role, Set<Permission>> ALLOWED = Map.of(
      Role.AGENT, AGENT, Role.STEWARD, STEWARD, Role.APPROVER, APPROVER, Role.ADMIN, ADMIN);

  private AccessSpecification() {}

  public static boolean allows(Role role, Permission permission) {
    return ALLOWED.get(role).contains(permission);
  }

  /** Every (role, permission, allowed) triple. */
  public static Stream<Arguments> everyRoleAndPermission() {
    return Stream.of(Role.values()).flatMap(role -> Stream.of(Permission.values())
        .map(permission -> Arguments.of(role, permission, allows(role, permission))));
  }

  private static Set<Permission> union(Set<Permission> a, Set<Permission> b) {
    Set<Permission> union = EnumSet.copyOf(a);
    union.addAll(b);
    return union;
  }
}
