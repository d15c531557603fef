package com.atrium.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.atrium.platform.DomainException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A store's login names a tenant that exists, and security learns that from the tenant context
 * through {@link TenantDirectory} (it may not read {@code tenant} or call the context above it).
 */
class UserServiceTenantTest {

  @Test
  void anAssistantOfATenantTheDirectoryDoesNotKnowIsRefusedBeforeAnythingIsWritten() {
    List<Long> asked = new ArrayList<>();
    UserService users = new UserService();
    users.caller = new CurrentCaller();
    users.caller.security = new CurrentCallerTest.Container(); // no principal: group-wide
    users.tenants =
        id -> {
          asked.add(id);
          return id == 11;
        };
    // no EntityManager: a refusal that reached the database would fail with a NullPointerException

    DomainException refused =
        catchThrowableOfType(
            DomainException.class,
            () ->
                users.createMerchantAssistant(
                    99, "fb-new-assistant", "店员 小王", "Initial-pass-2026"));

    assertThat(refused.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
    assertThat(refused.code()).isEqualTo("TENANT_NOT_FOUND");
    assertThat(asked).containsExactly(99L);
  }
}
