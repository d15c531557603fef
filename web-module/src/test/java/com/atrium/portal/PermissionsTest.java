package com.atrium.portal;

import static com.atrium.security.Roles.OPERATOR_ADMIN;
import static com.atrium.security.Roles.OPERATOR_FINANCE;
import static com.atrium.security.Roles.OPERATOR_MARKETING;
import static com.atrium.security.Roles.OPERATOR_SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.care.MemberCare;
import com.atrium.clearing.ClearingRuns;
import com.atrium.clearing.ClearingTerms;
import com.atrium.earning.EarningRuleService;
import com.atrium.earning.WhatIfSimulator;
import com.atrium.redemption.MemberFlagService;
import com.atrium.redemption.RedemptionService;
import com.atrium.redemption.RewardService;
import com.atrium.security.UserService;
import com.atrium.tenant.TenantService;
import com.atrium.tier.TierService;
import org.junit.jupiter.api.Test;

/**
 * The permissions the pages ask for are the services' own {@code @RolesAllowed}: the matrix of
 * docs/security.md "What each role sees", read from the annotations, method first, else class.
 */
class PermissionsTest {

  @Test
  void eachPermissionAdmitsExactlyTheRolesItsServiceOperationAdmits() {
    assertThat(Permissions.rolesAllowed(TenantService.class, "create"))
        .containsExactlyInAnyOrder(OPERATOR_ADMIN);
    assertThat(Permissions.rolesAllowed(UserService.class, "createMerchantAssistant"))
        .containsExactlyInAnyOrder(OPERATOR_ADMIN);
    assertThat(Permissions.rolesAllowed(EarningRuleService.class, "publish"))
        .containsExactlyInAnyOrder(OPERATOR_ADMIN, OPERATOR_MARKETING);
    assertThat(Permissions.rolesAllowed(WhatIfSimulator.class, "simulate"))
        .containsExactlyInAnyOrder(OPERATOR_ADMIN, OPERATOR_MARKETING, OPERATOR_FINANCE);
    assertThat(Permissions.rolesAllowed(RewardService.class, "create"))
        .containsExactlyInAnyOrder(OPERATOR_ADMIN, OPERATOR_MARKETING);
    assertThat(Permissions.rolesAllowed(RedemptionService.class, "redeemAtDesk"))
        .containsExactlyInAnyOrder(OPERATOR_ADMIN, OPERATOR_SERVICE);
    assertThat(Permissions.rolesAllowed(RedemptionService.class, "cancel"))
        .containsExactlyInAnyOrder(OPERATOR_ADMIN, OPERATOR_SERVICE);
    assertThat(Permissions.rolesAllowed(MemberFlagService.class, "resolve"))
        .containsExactlyInAnyOrder(OPERATOR_ADMIN, OPERATOR_SERVICE);
    assertThat(Permissions.rolesAllowed(TierService.class, "setFloor"))
        .containsExactlyInAnyOrder(OPERATOR_ADMIN, OPERATOR_SERVICE, OPERATOR_MARKETING);
    assertThat(Permissions.rolesAllowed(ClearingRuns.class, "start"))
        .containsExactlyInAnyOrder(OPERATOR_ADMIN, OPERATOR_FINANCE);
    assertThat(Permissions.rolesAllowed(ClearingTerms.class, "change"))
        .containsExactlyInAnyOrder(OPERATOR_ADMIN, OPERATOR_FINANCE);
    assertThat(Permissions.rolesAllowed(MemberCare.class, "block"))
        .containsExactlyInAnyOrder(OPERATOR_ADMIN, OPERATOR_SERVICE);
  }

  @Test
  void onlyTheApproverRoleIsOfferedTheApprovalOfARun() {
    // the service admits the admin to the method and refuses it inside (FINANCE_ROLE_REQUIRED)
    assertThat(Permissions.rolesAllowed(ClearingRuns.class, "approve"))
        .contains(ClearingRuns.APPROVER);
    assertThat(ClearingRuns.APPROVER).isEqualTo(OPERATOR_FINANCE);
  }

  @Test
  void aMethodWithoutItsOwnRolesTakesTheClasses() {
    // MemberFlagService.open has no annotation of its own: every operator may list the flags
    assertThat(Permissions.rolesAllowed(MemberFlagService.class, "open"))
        .containsExactlyInAnyOrder(
            OPERATOR_ADMIN, OPERATOR_MARKETING, OPERATOR_FINANCE, OPERATOR_SERVICE);
  }

  @Test
  void anUnknownOperationIsAMistakeNotASilentNo() {
    assertThatThrownBy(() -> Permissions.rolesAllowed(TenantService.class, "noSuchOperation"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 different role sets");
  }
}
