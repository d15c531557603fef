package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * End to end through a real FreeRADIUS running the repository's radius/ configuration: radclient
 * plays the mall's controller, FreeRADIUS asks Atrium through rlm_rest with a WIFI_CONTROLLER key's
 * basic credentials on loopback, and Atrium's answers become Access-Accept (with the tier's
 * session, bandwidth and quota attributes) or Access-Reject; accounting reaches Atrium's sessions.
 */
@ExtendWith(RunningAtrium.class)
class RadiusIT {

  static ItWifi wifi;
  static ItFreeRadius radius;

  @BeforeAll
  static void start() throws Exception {
    wifi = ItWifi.ofFirstMall();
    radius = ItFreeRadius.start(wifi.key);
  }

  @AfterAll
  static void stop() throws Exception {
    if (radius != null) {
      radius.close();
    }
  }

  static String access(String user, String password, String mac) {
    return "User-Name = \""
        + user
        + "\", User-Password = \""
        + password
        + "\", Calling-Station-Id = \""
        + mac
        + "\", Called-Station-Id = \"AP-1:Atrium-Free\"";
  }

  @Test
  void theRightCodeIsAcceptedWithTheTiersAttributesAndAWrongOneRejected() throws Exception {
    String phone = ItWifi.member("GOLD");
    String mac = ItWifi.mac();
    assertThat(wifi.requestCode(phone, mac).status()).isEqualTo(202);
    String code = ItWifi.codeSentTo(phone);
    String wrong = code.equals("000000") ? "000001" : "000000";

    String rejected = radius.send("auth", access(phone, wrong, mac));
    assertThat(rejected).as(radius.log()).contains("Received Access-Reject");

    String accepted = radius.send("auth", access(phone, code, mac));
    assertThat(accepted).as(radius.log()).contains("Received Access-Accept");
    assertThat(accepted)
        .contains("Session-Timeout = 7200")
        .contains("WISPr-Bandwidth-Max-Up = 8192000")
        .contains("WISPr-Bandwidth-Max-Down = 16384000")
        .contains("ChilliSpot-Max-Total-Octets = 2147483648");
    // a stranger's phone is rejected like a wrong code
    assertThat(radius.send("auth", access(PosSalesIT.randomPhone(), "123456", ItWifi.mac())))
        .contains("Received Access-Reject");
  }

  @Test
  void accountingUsesUpTheQuotaAndTheNextLoginThatDayIsRejected() throws Exception {
    String phone = ItWifi.member("STANDARD");
    String mac = ItWifi.mac();
    wifi.requestCode(phone, mac);
    assertThat(radius.send("auth", access(phone, ItWifi.codeSentTo(phone), mac)))
        .as(radius.log())
        .contains("Received Access-Accept")
        .contains("ChilliSpot-Max-Total-Octets = 524288000");
    String session = "R-" + Fixtures.unique();
    String common = "Acct-Session-Id = \"" + session + "\", Calling-Station-Id = \"" + mac + "\"";
    assertThat(radius.send("acct", "Acct-Status-Type = Start, " + common))
        .as(radius.log())
        .contains("Received Accounting-Response");
    assertThat(
            radius.send(
                "acct",
                "Acct-Status-Type = Interim-Update, "
                    + common
                    + ", Acct-Input-Octets = 1000, Acct-Output-Octets = 2000,"
                    + " Acct-Session-Time = 60"))
        .contains("Received Accounting-Response");
    ItDatabase db = RunningAtrium.database();
    assertThat(
            db.longValue(
                "select input_bytes + output_bytes from wifi_session where acct_session_id = ?",
                session))
        .isEqualTo(3000);
    // interim updates that use up the quota (500 MiB), then the stop
    radius.send(
        "acct",
        "Acct-Status-Type = Interim-Update, "
            + common
            + ", Acct-Input-Octets = 100000000, Acct-Output-Octets = 424288000,"
            + " Acct-Session-Time = 900");
    assertThat(
            radius.send(
                "acct",
                "Acct-Status-Type = Stop, "
                    + common
                    + ", Acct-Input-Octets = 100000000, Acct-Output-Octets = 424288000,"
                    + " Acct-Session-Time = 960"))
        .contains("Received Accounting-Response");
    assertThat(
            db.longValue(
                "select input_bytes + output_bytes from wifi_session where acct_session_id = ?"
                    + " and stopped_at is not null",
                session))
        .isEqualTo(524_288_000L);
    assertThat(
            db.longValue(
                "select count(*) from wifi_visit where member_id = ?", ItWifi.memberId(phone)))
        .isEqualTo(1);

    // the quota of the day is used up: the next login is rejected, even with the right code
    wifi.requestCode(phone, mac);
    assertThat(radius.send("auth", access(phone, ItWifi.codeSentTo(phone), mac)))
        .contains("Received Access-Reject");
    Fixtures.assertLedgerBalanced();
  }
}
