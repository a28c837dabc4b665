package dev.golden.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The permission matrix")
class PermissionTest {

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("dev.golden.server.security.AccessSpecification#everyRoleAndPermission")
  void grantsExactlyWhatTheSpecificationSays(Role role, Permission permission, boolean allowed) {
    assertThat(permission.isGrantedTo(role)).isEqualTo(allowed);
  }

  @Test
  void anAgentMayEnterButNotMergeNorApproveNorManageUsers() {
    assertThat(Permission.CREATE_CUSTOMER.isGrantedTo(Role.AGENT)).isTrue();
    assertThat(Permission.MERGE.isGrantedTo(Role.AGENT)).isFalse();
    assertThat(Permission.DECIDE_CHANGE_REQUEST.isGrantedTo(Role.AGENT)).isFalse();
    assertThat(Permission.MANAGE_USERS.isGrantedTo(Role.AGENT)).isFalse();
  }

  @Test
  void onlyAnAdminManagesUsers() {
    assertThat(Role.values()).filteredOn(Permission.MANAGE_USERS::isGrantedTo).containsExactly(Role.ADMIN);
  }
}
