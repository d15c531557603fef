package com.atrium.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.platform.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A link's one-time code: validity, attempts, a phone that is no member's, unlinking. */
class PartnerLinkTest {

  static final Instant T0 = Instant.parse("2026-12-03T02:00:00Z");

  @Test
  void theRightCodeLinksWithinItsValidityAndNotAtItsEnd() {
    PartnerLink link = new PartnerLink(1, "M-1", T0);
    link.requestCode(42L, "123456", T0);
    assertThat(link.codeExpiresAt()).isEqualTo(T0.plus(PartnerLink.CODE_VALIDITY));
    assertThat(link.confirm("123456", link.codeExpiresAt())).isEqualTo(PartnerLink.Proof.EXPIRED);
    assertThat(link.confirm("123456", link.codeExpiresAt().minusMillis(1)))
        .isEqualTo(PartnerLink.Proof.LINKED);
    assertThat(link.state()).isEqualTo(LinkState.ACTIVE);
    assertThat(link.requireActiveMember()).isEqualTo(42L);
  }

  @Test
  void theFifthWrongCodeLocksUntilANewCodeIsRequested() {
    PartnerLink link = new PartnerLink(1, "M-1", T0);
    link.requestCode(42L, "123456", T0);
    for (int i = 0; i < PartnerLink.MAX_ATTEMPTS; i++) {
      assertThat(link.confirm("654321", T0)).isEqualTo(PartnerLink.Proof.WRONG);
    }
    assertThat(link.confirm("123456", T0)).isEqualTo(PartnerLink.Proof.LOCKED);
    link.requestCode(42L, "111111", T0.plusSeconds(60));
    assertThat(link.confirm("123456", T0.plusSeconds(61))).isEqualTo(PartnerLink.Proof.WRONG);
    assertThat(link.confirm("111111", T0.plusSeconds(62))).isEqualTo(PartnerLink.Proof.LINKED);
  }

  @Test
  void aLinkWithoutAMemberAnswersEveryCodeAsWrong() {
    PartnerLink link = new PartnerLink(1, "M-2", T0);
    link.requestCode(null, "123456", T0);
    assertThat(link.confirm("123456", T0)).isEqualTo(PartnerLink.Proof.WRONG);
    assertThat(link.state()).isEqualTo(LinkState.PENDING);
  }

  @Test
  void anActiveLinkRefusesANewCodeAndUnlinksOnce() {
    PartnerLink link = new PartnerLink(1, "M-1", T0);
    link.requestCode(42L, "123456", T0);
    link.confirm("123456", T0);
    try {
      link.requestCode(42L, "999999", T0);
      throw new AssertionError("an active link took a new code");
    } catch (DomainException e) {
      assertThat(e.code()).isEqualTo("LINK_ALREADY_ACTIVE");
    }
    assertThat(link.unlink("partner", T0)).isTrue();
    assertThat(link.unlink("partner", T0)).isFalse();
    assertThat(link.state()).isEqualTo(LinkState.UNLINKED);
  }
}
