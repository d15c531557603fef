package com.atrium.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TenantTest {

  private static final TenantDraft STARBUCKS =
      new TenantDraft(
          "FB001",
          " 星巴克 Starbucks ",
          Category.FOOD_BEVERAGE,
          "L1",
          "101",
          LocalDate.of(2025, 1, 1),
          LocalDate.of(2027, 12, 31));

  @Test
  void codesAreNormalisedAndChecked() {
    assertThat(TenantCode.parse(" fb001 ").value()).isEqualTo("FB001");
    assertThatThrownBy(() -> TenantCode.parse("x")).isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> TenantCode.parse("FB 001")).isInstanceOf(DomainException.class);
  }

  @Test
  void aContractCannotEndBeforeItStarts() {
    Tenant t = new Tenant(1L, TenantCode.parse("FB001"), STARBUCKS, Instant.now());
    assertThat(t.name()).isEqualTo("星巴克 Starbucks");
    TenantDraft backwards =
        new TenantDraft(
            "FB001",
            "x",
            Category.FOOD_BEVERAGE,
            null,
            null,
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2026, 1, 1));
    assertThatThrownBy(() -> t.apply(backwards))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).field())
        .isEqualTo("contractEnd");
    assertThat(t.contractEnd()).isEqualTo(LocalDate.of(2027, 12, 31));
  }

  @Test
  void anInactiveTenantRefusesNewBusiness() {
    Tenant t = new Tenant(1L, TenantCode.parse("FB001"), STARBUCKS, Instant.now());
    t.deactivate();
    assertThatThrownBy(() -> viewOf(t).requireActive())
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("TENANT_INACTIVE");
    t.activate();
    viewOf(t).requireActive();
  }

  private static TenantView viewOf(Tenant t) {
    return new TenantView(7, t.mallId(), t.code(), t.name(), t.category(), t.status());
  }
}
