package com.atrium.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A partner made and changed in the portal keeps its code and refuses what it cannot hold. */
class PartnerTest {

  private static final Instant NOW = Instant.parse("2026-12-03T01:00:00Z");

  private static PartnerDraft draft(String code, String name) {
    return new PartnerDraft(
        code, name, PartnerKind.HOTEL, " desk@hotel.example ", null, SettlementMode.PREPAID);
  }

  @Test
  void aNewPartnerIsActiveWithAnEmptyDeposit() {
    Partner p = new Partner(draft("HOTEL-1", " Hotel "), NOW);
    assertThat(p.snapshot())
        .containsEntry("code", "HOTEL-1")
        .containsEntry("name", "Hotel")
        .containsEntry("status", "ACTIVE")
        .containsEntry("contact", "desk@hotel.example")
        .containsEntry("settlementMode", "PREPAID");
    assertThat(p.depositBalance()).isEqualByComparingTo("0.00");
  }

  @Test
  void aCodeIsUpperCaseLettersDigitsAndDashes() {
    for (String bad : new String[] {"h1", "A", "A B", "", "É1", "A".repeat(33)}) {
      assertThatThrownBy(() -> new Partner(draft(bad, "x"), NOW))
          .as(bad)
          .isInstanceOfSatisfying(
              DomainException.class,
              e -> {
                assertThat(e.code()).isEqualTo("PARTNER_CODE_INVALID");
                assertThat(e.field()).isEqualTo("code");
              });
    }
  }

  @Test
  void aSuspendedPartnerIsRefusedAndAReactivatedOneIsNot() {
    Partner p = new Partner(draft("AIR2", "Air"), NOW);
    p.changeStatus(PartnerStatus.SUSPENDED);
    assertThatThrownBy(p::requireActive)
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("PARTNER_SUSPENDED"));
    p.changeStatus(PartnerStatus.ACTIVE);
    p.requireActive();
  }

  @Test
  void aNameIsOneToAHundredCharacters() {
    Partner p = new Partner(draft("AIR3", "Air"), NOW);
    assertThatThrownBy(() -> p.describe(" ", null))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("name"));
    assertThatThrownBy(() -> p.describe("x".repeat(101), null))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("PARTNER_NAME_INVALID"));
    p.describe("Air Two", "");
    assertThat(p.snapshot()).containsEntry("name", "Air Two").containsEntry("contact", "");
  }
}
