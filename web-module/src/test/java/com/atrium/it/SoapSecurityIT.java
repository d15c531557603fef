package com.atrium.it;

import static com.atrium.it.Fixtures.assertLedgerBalanced;
import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.security.UsernameToken;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SOAP endpoint's gate: WS-Security UsernameToken (missing, wrong digest, plain-text password,
 * unknown username, stale created, replayed nonce, another kind's key) and hostile XML (external
 * entity, entity expansion, huge, deep, wide, not XML). Each is a SOAP fault with a stable code;
 * none is a 500 page and none changes anything: each request is an exchange in for a linked member,
 * who still has no points and the partner no exchange afterwards.
 */
@ExtendWith(RunningAtrium.class)
class SoapSecurityIT {

  @Test
  void aFaultyStaleOrReplayedUsernameTokenIsAFaultAndChangesNothing() {
    ItPartner p = ItPartner.postpaid();
    p.linkNewMember("S-1");
    Fixtures.MachineKey key = Fixtures.partnerKey(p.code);
    String body = SoapPartner.exchangeIn("ST-1", "S-1", 1000);

    assertFault(SoapPartner.post(SoapPartner.envelope("", body)), "UNAUTHENTICATED");
    assertFault(
        SoapPartner.post(SoapPartner.envelope(SoapPartner.header(key.keyId(), "wrong"), body)),
        "SIGNATURE_INVALID");
    assertFault(
        SoapPartner.post(SoapPartner.envelope(SoapPartner.header("partner-nobody", "x"), body)),
        "UNKNOWN_KEY");
    // a plain-text password is never accepted, even the right one
    assertFault(
        SoapPartner.post(
            SoapPartner.envelope(
                SoapPartner.securityHeader(
                    key.keyId(),
                    key.secret(),
                    SoapPartner.nonce(),
                    SoapPartner.now(),
                    UsernameToken.PASSWORD_DIGEST.replace("Digest", "Text")),
                body)),
        "SIGNATURE_INVALID");
    String stale = Instant.now().minusSeconds(301).truncatedTo(ChronoUnit.SECONDS).toString();
    assertFault(
        SoapPartner.post(
            SoapPartner.envelope(
                SoapPartner.securityHeader(
                    key.keyId(),
                    key.secret(),
                    SoapPartner.nonce(),
                    stale,
                    UsernameToken.PASSWORD_DIGEST),
                body)),
        "TIMESTAMP_OUT_OF_WINDOW");
    Fixtures.MachineKey pos = Fixtures.machineKey("POS");
    assertFault(
        SoapPartner.post(SoapPartner.envelope(SoapPartner.header(pos.keyId(), pos.secret()), body)),
        "WRONG_KEY_KIND");
    assertNothingChanged(p, "S-1");

    // the same request twice: the first passes, the replay is refused
    String once = SoapPartner.envelope(SoapPartner.header(key.keyId(), key.secret()), body);
    SoapPartner.Answer first = SoapPartner.post(once);
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.body()).contains(">COMPLETED<").contains(">ST-1<");
    assertFault(SoapPartner.post(once), "NONCE_REUSED");
    assertThat(p.balance("S-1")).isEqualTo(100);
    assertLedgerBalanced();
  }

  @Test
  void hostileXmlIsRefusedWithAFaultAndChangesNothing() throws Exception {
    ItPartner p = ItPartner.postpaid();
    p.linkNewMember("X-1");
    Fixtures.MachineKey key = Fixtures.partnerKey(p.code);
    Path secret = Files.createTempFile("atrium-xxe", ".txt");
    Files.writeString(secret, "TOP-SECRET-FILE");
    String head = SoapPartner.header(key.keyId(), key.secret());

    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>"
            + SoapPartner.envelope(head, SoapPartner.exchangeIn("&xxe;", "X-1", 1000))
                .substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length());
    SoapPartner.Answer refused = SoapPartner.post(xxe);
    assertFault(refused, "XML_REFUSED");
    assertThat(refused.body()).doesNotContain("TOP-SECRET");

    StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [");
    laughs.append("<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      laughs.append("<!ENTITY lol").append(i).append(" \"");
      laughs.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    laughs.append("]>");
    laughs.append(
        SoapPartner.envelope(
                SoapPartner.header(key.keyId(), key.secret()),
                SoapPartner.exchangeIn("BL-1", "&lol9;", 1000))
            .substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length()));
    assertFault(SoapPartner.post(laughs.toString()), "XML_REFUSED");

    String padding = "<p:note>" + "x".repeat(70 * 1024) + "</p:note>";
    assertFault(
        SoapPartner.post(
            SoapPartner.envelope(
                SoapPartner.header(key.keyId(), key.secret()),
                SoapPartner.exchangeIn("BIG-1", "X-1", 1000) + padding)),
        "MESSAGE_TOO_LARGE");

    String deep = "<p:a>".repeat(40) + "</p:a>".repeat(40);
    assertFault(
        SoapPartner.post(
            SoapPartner.envelope(
                SoapPartner.header(key.keyId(), key.secret()),
                SoapPartner.exchangeIn("DEEP-1", "X-1", 1000) + deep)),
        "XML_REFUSED");

    String wide = "<p:w>" + "<p:c/>".repeat(65) + "</p:w>";
    assertFault(
        SoapPartner.post(
            SoapPartner.envelope(
                SoapPartner.header(key.keyId(), key.secret()),
                SoapPartner.exchangeIn("WIDE-1", "X-1", 1000) + wide)),
        "XML_REFUSED");

    String longText = "<p:t>" + "y".repeat(5000) + "</p:t>";
    assertFault(
        SoapPartner.post(
            SoapPartner.envelope(
                SoapPartner.header(key.keyId(), key.secret()),
                SoapPartner.exchangeIn("LONG-1", "X-1", 1000) + longText)),
        "XML_REFUSED");

    assertFault(SoapPartner.post("this is not XML"), "SOAP_REQUEST_INVALID");
    assertNothingChanged(p, "X-1");
    assertLedgerBalanced();
  }

  /**
   * Only POST carries a request: the same valid envelope by PUT, a bare GET and a DELETE are faults
   * (as on the full server, where Metro would take a PUT past the gate) and change nothing.
   */
  @Test
  void aRequestByAnotherMethodThanPostIsAFaultAndChangesNothing() {
    ItPartner p = ItPartner.postpaid();
    p.linkNewMember("M-1");
    Fixtures.MachineKey key = Fixtures.partnerKey(p.code);
    byte[] put =
        SoapPartner.envelope(
                SoapPartner.header(key.keyId(), key.secret()),
                SoapPartner.exchangeIn("PUT-1", "M-1", 1000))
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertFault(SoapPartner.send("PUT", put), "SOAP_REQUEST_INVALID");
    assertFault(SoapPartner.send("DELETE", new byte[0]), "SOAP_REQUEST_INVALID");
    SoapPartner.Answer bare = SoapPartner.get("/soap/partner");
    assertFault(bare, "SOAP_REQUEST_INVALID");
    assertThat(bare.body()).doesNotContain("PartnerEndpoint");
    assertNothingChanged(p, "M-1");
  }

  @Test
  void theServedWsdlIsTheCheckedInContract() throws Exception {
    SoapPartner.Answer wsdl = SoapPartner.get("/soap/partner?wsdl");
    assertThat(wsdl.status()).isEqualTo(200);
    // the whole documents, element by element, namespaces by URI (CXF writes its own prefixes and
    // order of messages and types, and its own address); an imported document is read from the
    // server as served and from the checked-in folder, and compared in the import's place
    String served =
        WsdlForm.of(
            wsdl.body(),
            location -> {
              SoapPartner.Answer imported =
                  SoapPartner.get(URI.create("/soap/partner?wsdl").resolve(location).toString());
              assertThat(imported.status()).as(location).isEqualTo(200);
              return imported.body();
            });
    String checkedIn = WsdlForm.of(resource("partner.wsdl"), SoapSecurityIT::resource);
    assertThat(served).isEqualTo(checkedIn);
    // a sanity check of the form itself: every operation, message and type is in it
    assertThat(checkedIn.lines().filter(l -> l.contains("name=")).count()).isGreaterThan(40);
    assertThat(wsdl.body()).contains("urn:atrium:partner:v1").contains("/soap/partner\"");
  }

  /** A file of the checked-in contract (src/main/resources/wsdl), by its relative location. */
  private static String resource(String location) {
    try (var in = SoapSecurityIT.class.getResourceAsStream("/wsdl/" + location)) {
      assertThat(in).as(location).isNotNull();
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void assertFault(SoapPartner.Answer answer, String code) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(500);
    assertThat(answer.body()).as(answer.toString()).contains("Fault").doesNotContain("<html");
    assertThat(answer.faultCode()).as(answer.toString()).isEqualTo(code);
  }

  private static void assertNothingChanged(ItPartner p, String ref) {
    assertThat(p.balance(ref)).isZero();
    assertThat(
            RunningAtrium.database()
                .longValue("select count(*) from partner_exchange where partner_id = ?", p.id))
        .isZero();
  }
}
