package com.atrium.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoginRulesTest {

  private static DomainException refusal(Runnable r) {
    try {
      r.run();
    } catch (DomainException e) {
      return e;
    }
    throw new AssertionError("not refused");
  }

  @Test
  void anOperatorLoginBelongsToNoTenant() {
    assertThatCode(
            () ->
                LoginRules.requireRoles(
                    Set.of(Roles.OPERATOR_MARKETING, Roles.OPERATOR_FINANCE), null))
        .doesNotThrowAnyException();
    DomainException e = refusal(() -> LoginRules.requireRoles(Set.of(Roles.OPERATOR_ADMIN), 7L));
    assertThat(e.code()).isEqualTo("TENANT_NOT_ALLOWED");
    assertThat(e.field()).isEqualTo("tenant");
  }

  @Test
  void aStoresLoginIsBoundToExactlyOneTenant() {
    assertThatCode(() -> LoginRules.requireRoles(Set.of(Roles.MERCHANT_ASSISTANT), 7L))
        .doesNotThrowAnyException();
    DomainException e =
        refusal(() -> LoginRules.requireRoles(Set.of(Roles.MERCHANT_ASSISTANT), null));
    assertThat(e.code()).isEqualTo("TENANT_REQUIRED");
    assertThat(e.field()).isEqualTo("tenant");
  }

  @Test
  void aStoresLoginHoldsNoOperatorRole() {
    DomainException e =
        refusal(
            () ->
                LoginRules.requireRoles(
                    Set.of(Roles.MERCHANT_ASSISTANT, Roles.OPERATOR_SERVICE), 7L));
    assertThat(e.code()).isEqualTo("ROLES_MIXED");
    assertThat(e.field()).isEqualTo("roles");
  }

  @Test
  void rolesAreNeededAndOnlyPeoplesRoles() {
    assertThat(refusal(() -> LoginRules.requireRoles(Set.of(), null)).code())
        .isEqualTo("ROLES_INVALID");
    assertThat(refusal(() -> LoginRules.requireRoles(null, null)).code())
        .isEqualTo("ROLES_INVALID");
    assertThat(refusal(() -> LoginRules.requireRoles(Set.of(Roles.POS), null)).code())
        .isEqualTo("ROLES_INVALID");
    assertThat(refusal(() -> LoginRules.requireRoles(Set.of("ROOT"), null)).code())
        .isEqualTo("ROLES_INVALID");
  }

  @Test
  void theLastEnabledAdminCannotBeDisabledOrDemoted() {
    List<Long> onlyOne = List.of(1L);
    DomainException disabled =
        refusal(
            () -> LoginRules.requireAnAdminLeft(onlyOne, 1L, false, Set.of(Roles.OPERATOR_ADMIN)));
    assertThat(disabled.code()).isEqualTo("LAST_ADMIN");
    assertThat(disabled.kind()).isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(
            refusal(
                    () ->
                        LoginRules.requireAnAdminLeft(
                            onlyOne, 1L, true, Set.of(Roles.OPERATOR_MARKETING)))
                .code())
        .isEqualTo("LAST_ADMIN");
  }

  @Test
  void anAdminMayStepDownWhileAnotherEnabledAdminRemains() {
    assertThatCode(
            () ->
                LoginRules.requireAnAdminLeft(
                    List.of(1L, 2L), 1L, false, Set.of(Roles.OPERATOR_ADMIN)))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                LoginRules.requireAnAdminLeft(
                    List.of(1L, 2L), 1L, true, Set.of(Roles.OPERATOR_SERVICE)))
        .doesNotThrowAnyException();
  }

  @Test
  void changesToOtherLoginsKeepTheLastAdmin() {
    // disabling a marketing login, or keeping the last admin an admin, is always allowed
    assertThatCode(
            () ->
                LoginRules.requireAnAdminLeft(
                    List.of(1L), 5L, false, Set.of(Roles.OPERATOR_MARKETING)))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                LoginRules.requireAnAdminLeft(
                    List.of(1L), 1L, true, Set.of(Roles.OPERATOR_ADMIN, Roles.OPERATOR_FINANCE)))
        .doesNotThrowAnyException();
  }

  @Test
  void withNoEnabledAdminLeftNothingMayRemoveOneEither() {
    assertThatThrownBy(
            () -> LoginRules.requireAnAdminLeft(List.of(), 5L, false, Set.of(Roles.OPERATOR_ADMIN)))
        .isInstanceOf(DomainException.class);
  }

  @Test
  void onlyOperatorLoginsAreConfinedToAMallAndAGroupWideAdminRemains() {
    assertThat(refusal(() -> LoginRules.requireScope(Set.of(Roles.MERCHANT_ASSISTANT), 7L)).code())
        .isEqualTo("MALL_NOT_ALLOWED");
    assertThatCode(() -> LoginRules.requireScope(Set.of(Roles.OPERATOR_MARKETING), 7L))
        .doesNotThrowAnyException();
    assertThatCode(() -> LoginRules.requireScope(Set.of(Roles.MERCHANT_ASSISTANT), null))
        .doesNotThrowAnyException();
    // confining the only group-wide admin to one mall would leave nobody to manage logins
    assertThat(
            refusal(
                    () ->
                        LoginRules.requireAnAdminLeft(
                            List.of(1L), 1L, false, Set.of(Roles.OPERATOR_ADMIN)))
                .code())
        .isEqualTo("LAST_ADMIN");
  }
}
