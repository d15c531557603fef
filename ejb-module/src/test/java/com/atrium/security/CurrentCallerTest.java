package com.atrium.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CurrentCallerTest {

  /** The container's view of the caller, counting how often its role policy is consulted. */
  static final class Container implements SecurityContext {
    String principal;
    Set<String> roles = new HashSet<>();
    final List<String> asked = new ArrayList<>();

    @Override
    public Principal getCallerPrincipal() {
      return principal == null ? null : () -> principal;
    }

    @Override
    public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
      return Set.of();
    }

    @Override
    public boolean isCallerInRole(String role) {
      asked.add(role);
      return roles.contains(role);
    }

    @Override
    public boolean hasAccessToWebResource(String resource, String... methods) {
      return false;
    }

    @Override
    public AuthenticationStatus authenticate(
        HttpServletRequest request,
        HttpServletResponse response,
        AuthenticationParameters parameters) {
      throw new IllegalStateException("not used");
    }
  }

  private final Container container = new Container();

  private CurrentCaller caller() {
    CurrentCaller caller = new CurrentCaller();
    caller.security = container;
    return caller;
  }

  @Test
  void theGroupsTheMechanismEstablishedAnswerRoleChecksWithoutThePolicy() {
    container.principal = "fb001";
    CurrentCaller caller = caller();
    caller.established("fb001", Set.of(Roles.MERCHANT_ASSISTANT));

    assertThat(caller.isInRole(Roles.MERCHANT_ASSISTANT)).isTrue();
    assertThat(caller.isOperator()).isFalse();
    assertThat(container.asked).isEmpty();
  }

  @Test
  void anotherPrincipalThanTheOneEstablishedIsAskedOfTheContainer() {
    container.principal = "admin";
    container.roles = Set.of(Roles.OPERATOR_ADMIN);
    CurrentCaller caller = caller();
    caller.established("fb001", Set.of(Roles.MERCHANT_ASSISTANT));

    assertThat(caller.isInRole(Roles.MERCHANT_ASSISTANT)).isFalse();
    assertThat(caller.isOperator()).isTrue();
    assertThat(container.asked).contains(Roles.MERCHANT_ASSISTANT, Roles.OPERATOR_ADMIN);
  }

  @Test
  void withoutTheMechanism_timersAndAsynchronousWork_theContainerIsAskedOncePerRole() {
    container.principal = "admin";
    container.roles = Set.of(Roles.OPERATOR_FINANCE);
    CurrentCaller caller = caller();

    assertThat(caller.isInRole(Roles.OPERATOR_FINANCE)).isTrue();
    assertThat(caller.isInRole(Roles.OPERATOR_FINANCE)).isTrue();
    assertThat(container.asked).containsExactly(Roles.OPERATOR_FINANCE);
  }

  @Test
  void afterLogoutTheEstablishedGroupsNoLongerCount() {
    container.principal = "fb001";
    CurrentCaller caller = caller();
    caller.established("fb001", Set.of(Roles.MERCHANT_ASSISTANT));
    assertThat(caller.isInRole(Roles.MERCHANT_ASSISTANT)).isTrue();

    caller.forgotten();
    container.principal = null;

    assertThat(caller.isInRole(Roles.MERCHANT_ASSISTANT)).isFalse();
    assertThat(caller.name()).isEqualTo("anonymous");
    assertThat(caller.tenantId()).isEqualTo(Optional.empty());
  }

  @Test
  void aVerifiedCarParkKeyIsConfinedToItsMallAndHasNoTenant() {
    container.principal = "park-xh";
    CurrentCaller caller = caller();
    caller.verifiedMachine("park-xh", new MachineScope.Mall(42));
    caller.established("park-xh", Set.of(Roles.CAR_PARK));

    assertThat(caller.mallId()).contains(42L);
    assertThat(caller.requireMallId()).isEqualTo(42L);
    assertThat(caller.tenantId()).isEmpty();
    assertThat(caller.partnerCode()).isEmpty();
    assertThat(caller.maySee(1)).isFalse();
    assertThat(container.asked).isEmpty();
  }

  @Test
  void aVerifiedPosKeyIsConfinedToItsTenantAndAPartnerKeyToItsPartner() {
    container.principal = "pos-fb001";
    CurrentCaller pos = caller();
    pos.verifiedMachine("pos-fb001", new MachineScope.Tenant(7));
    pos.established("pos-fb001", Set.of(Roles.POS));
    assertThat(pos.tenantId()).contains(7L);
    assertThat(pos.mallId()).isEmpty();

    container.principal = "partner-bank";
    CurrentCaller partner = caller();
    partner.verifiedMachine("partner-bank", new MachineScope.Partner("BANK"));
    partner.established("partner-bank", Set.of(Roles.PARTNER));
    assertThat(partner.requirePartnerCode()).isEqualTo("BANK");
    assertThat(partner.tenantId()).isEmpty();
  }
}
