package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.JsonObject;
import jakarta.xml.ws.soap.SOAPFaultException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A partner asks only so many link codes a business day (docs/partners.md, "Linking"): five for one
 * member reference and five for one phone by default, then 429 LINK_CODE_LIMIT on REST and the same
 * fault code on SOAP — answered alike for a member's phone and a stranger's, no code sent.
 */
@ExtendWith(RunningAtrium.class)
class PartnerLinkLimitIT {

  private static long codesSentTo(ItPartner p, String phone) {
    return RunningAtrium.database()
        .longValue(
            "select count(*) from notification_outbox where kind = 'PARTNER_LINK_CODE'"
                + " and member_id = ?",
            p.memberId(phone));
  }

  /** The problem without the parts that name the request (none today), to compare two answers. */
  private static JsonObject problem(PosClient.Response r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(429);
    assertThat(r.contentType()).startsWith("application/problem+json");
    return r.json();
  }

  @Test
  void theSixthCodeForOneReferenceIsRefusedAlikeForAMemberAndAStranger() {
    ItPartner p = ItPartner.postpaid();
    String member = ItPartner.newMember();
    String stranger = PosSalesIT.randomPhone();
    for (int i = 1; i <= 5; i++) {
      assertThat(p.requestLink("LL-M", member).status()).as("member #" + i).isEqualTo(202);
      assertThat(p.requestLink("LL-S", stranger).status()).as("stranger #" + i).isEqualTo(202);
    }
    JsonObject toMember = problem(p.requestLink("LL-M", member));
    JsonObject toStranger = problem(p.requestLink("LL-S", stranger));
    assertThat(toMember.getString("code")).isEqualTo("LINK_CODE_LIMIT");
    assertThat(toStranger).isEqualTo(toMember);
    assertThat(codesSentTo(p, member)).isEqualTo(5);

    // the code already sent still links: the limit stops new codes, not the member
    var confirmed = p.confirmLink("LL-M", p.codeSentTo(member));
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);

    // another partner asking for the same phone is not held by this one's count
    ItPartner other = ItPartner.postpaid();
    assertThat(other.requestLink("LL-M", member).status()).isEqualTo(202);
  }

  @Test
  void theSixthCodeForOnePhoneUnderAnyReferenceIsRefusedOverRestAndSoap() {
    ItPartner p = ItPartner.postpaid();
    String member = ItPartner.newMember();
    for (int i = 1; i <= 5; i++) {
      assertThat(p.requestLink("LP-" + i, member).status()).as("#" + i).isEqualTo(202);
    }
    assertThat(problem(p.requestLink("LP-6", member)).getString("code"))
        .isEqualTo("LINK_CODE_LIMIT");
    SOAPFaultException fault =
        catchThrowableOfType(
            SOAPFaultException.class,
            () -> SoapPartner.port(Fixtures.partnerKey(p.code)).linkMember("LP-7", member));
    assertThat(SoapPartner.codeOf(fault)).isEqualTo("LINK_CODE_LIMIT");
    assertThat(codesSentTo(p, member)).isEqualTo(5);
    // another phone under a new reference is not held
    assertThat(p.requestLink("LP-8", ItPartner.newMember()).status()).isEqualTo(202);
    assertThat(
            RunningAtrium.database()
                .longValue("select count(*) from partner_link_request where partner_id = ?", p.id))
        .isEqualTo(6);
  }
}
