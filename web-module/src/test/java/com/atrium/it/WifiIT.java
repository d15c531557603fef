package com.atrium.it;

import static com.atrium.it.Fixtures.assertLedgerBalanced;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The WiFi API as a mall's controller sees it, signed with its WIFI_CONTROLLER key: a one-time code
 * that never tells who is a member, the tier's grant, remembered devices, wrong codes that lock,
 * accounting that is idempotent and stops at the quota, the visit of the day with its bonus once,
 * and another mall's key that can use none of it. Each test makes its own members and MACs; the
 * ledger sums to zero after each.
 */
@ExtendWith(RunningAtrium.class)
class WifiIT {

  static final long GOLD_QUOTA = 2048L * 1024 * 1024;
  static final long STANDARD_QUOTA = 500L * 1024 * 1024;

  @Test
  void aCodeAuthorisesTheDeviceWithItsTiersBandwidthAndQuota() {
    ItWifi wifi = ItWifi.ofFirstMall();
    String phone = ItWifi.member("GOLD");
    String mac = ItWifi.mac();

    var asked = wifi.requestCode(phone, mac);
    assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
    assertThat(asked.json().getString("status")).isEqualTo("SENT_IF_MEMBER");
    assertThat(asked.json().getInt("validMinutes")).isEqualTo(5);

    var granted = wifi.authorise(phone, ItWifi.codeSentTo(phone), mac, true);
    assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
    var g = granted.json();
    assertThat(g.getString("method")).isEqualTo("CODE");
    assertThat(g.getString("tier")).isEqualTo("GOLD");
    assertThat(g.getInt("sessionMinutes")).isEqualTo(120);
    assertThat(g.getInt("upKbps")).isEqualTo(8192);
    assertThat(g.getInt("downKbps")).isEqualTo(16384);
    assertThat(g.getJsonNumber("dailyQuotaBytes").longValue()).isEqualTo(GOLD_QUOTA);
    assertThat(g.getJsonNumber("remainingBytes").longValue()).isEqualTo(GOLD_QUOTA);
    assertThat(g.getBoolean("remembered")).isTrue();
    assertThat(g.getString("member")).doesNotContain(phone);

    // the code is used up; the remembered device comes back without one
    assertThat(wifi.authorise(phone, ItWifi.codeSentTo(phone), mac, false).problemCode())
        .isEqualTo("WIFI_CODE_INVALID");
    var again = wifi.authorise(null, null, mac.toLowerCase().replace('-', ':'), false);
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().getString("method")).isEqualTo("REMEMBERED");
    assertThat(again.json().getInt("downKbps")).isEqualTo(16384);

    // the log keeps MACs and phones only as keyed hashes
    ItDatabase db = RunningAtrium.database();
    long member = ItWifi.memberId(phone);
    assertThat(
            db.longValue(
                "select count(*) from wifi_authorisation where member_id = ? and result = 'GRANTED'",
                member))
        .isEqualTo(2);
    assertThat(
            db.longValue(
                "select count(*) from wifi_authorisation a where a.member_id = ? and (a.mac_hash"
                    + " like ? or a.mac_hash like ?)",
                member,
                "%" + mac.toLowerCase().replace("-", "") + "%",
                "%" + mac.toLowerCase().replace('-', ':') + "%"))
        .isZero();
    assertThat(db.longValue("select count(*) from wifi_code where phone_hash = ?", phone)).isZero();
    assertLedgerBalanced();
  }

  @Test
  void aRandomisedMacIsNeverRemembered() {
    ItWifi wifi = ItWifi.ofFirstMall();
    String phone = ItWifi.member("SILVER");
    String mac = ItWifi.randomisedMac();
    var granted = wifi.logIn(phone, mac, true);
    assertThat(granted.json().getBoolean("remembered")).isFalse();
    assertThat(granted.json().getInt("upKbps")).isEqualTo(4096);
    assertThat(wifi.authorise(null, null, mac, false).problemCode())
        .isEqualTo("WIFI_DEVICE_NOT_REMEMBERED");
  }

  @Test
  void aPhoneThatIsNoMembersGetsTheSameAnswersAndNoMessage() {
    ItWifi wifi = ItWifi.ofFirstMall();
    String member = ItWifi.member("STANDARD");
    String stranger = PosSalesIT.randomPhone();
    var asked = wifi.requestCode(member, ItWifi.mac());
    var strangerAsked = wifi.requestCode(stranger, ItWifi.mac());
    assertThat(strangerAsked.status()).isEqualTo(202);
    assertThat(strangerAsked.body()).isEqualTo(asked.body());
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from notification_outbox where kind = 'WIFI_CODE'"
                        + " and member_id = ?",
                    ItWifi.memberId(member)))
        .isEqualTo(1);

    var wrongForMember =
        wifi.authorise(
            member,
            "000000".equals(ItWifi.codeSentTo(member)) ? "000001" : "000000",
            ItWifi.mac(),
            false);
    var wrongForStranger = wifi.authorise(stranger, "000000", ItWifi.mac(), false);
    assertThat(wrongForStranger.status()).isEqualTo(wrongForMember.status()).isEqualTo(400);
    assertThat(wrongForStranger.problemCode())
        .isEqualTo(wrongForMember.problemCode())
        .isEqualTo("WIFI_CODE_INVALID");
    // a phone nobody asked a code for answers alike too
    assertThat(
            wifi.authorise(PosSalesIT.randomPhone(), "123456", ItWifi.mac(), false).problemCode())
        .isEqualTo("WIFI_CODE_INVALID");
  }

  @Test
  void fiveWrongCodesLockTheCodeUntilANewOneIsAskedFor() {
    ItWifi wifi = ItWifi.ofFirstMall();
    String phone = ItWifi.member("STANDARD");
    String mac = ItWifi.mac();
    wifi.requestCode(phone, mac);
    String code = ItWifi.codeSentTo(phone);
    String wrong = code.equals("999999") ? "999998" : "999999";
    for (int i = 0; i < 5; i++) {
      var refused = wifi.authorise(phone, wrong, mac, false);
      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      assertThat(refused.problemCode()).isEqualTo("WIFI_CODE_INVALID");
    }
    assertThat(wifi.authorise(phone, code, mac, false).problemCode()).isEqualTo("WIFI_CODE_LOCKED");
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from wifi_authorisation where member_id = ?"
                        + " and result = 'REFUSED'",
                    ItWifi.memberId(phone)))
        .isEqualTo(6);
    assertThat(wifi.logIn(phone, mac, false).json().getString("tier")).isEqualTo("STANDARD");
  }

  @Test
  void codesAreLimitedPerPhoneAndPerDeviceWhoeverAsks() {
    ItWifi wifi = ItWifi.ofFirstMall();
    String stranger = PosSalesIT.randomPhone();
    for (int i = 0; i < 5; i++) {
      assertThat(wifi.requestCode(stranger, ItWifi.mac()).status()).isEqualTo(202);
    }
    assertThat(wifi.requestCode(stranger, ItWifi.mac()).problemCode())
        .isEqualTo("WIFI_CODE_RATE_LIMITED");
    String mac = ItWifi.mac();
    for (int i = 0; i < 5; i++) {
      assertThat(wifi.requestCode(PosSalesIT.randomPhone(), mac).status()).isEqualTo(202);
    }
    assertThat(wifi.requestCode(PosSalesIT.randomPhone(), mac).problemCode())
        .isEqualTo("WIFI_CODE_RATE_LIMITED");
  }

  @Test
  void accountingIsIdempotentAndTheQuotaStopsTheSessionAndTheNextLogin() {
    ItWifi wifi = ItWifi.ofFirstMall();
    String phone = ItWifi.member("STANDARD");
    String mac = ItWifi.mac();
    wifi.logIn(phone, mac, false);
    String acct = "IT-" + Fixtures.unique();

    var start = wifi.account(acct, "START", mac, 0, 0, 0);
    assertThat(start.status()).as(start.toString()).isEqualTo(200);
    assertThat(start.json().getJsonNumber("usedBytesToday").longValue()).isZero();
    assertThat(start.json().getJsonNumber("dailyQuotaBytes").longValue()).isEqualTo(STANDARD_QUOTA);

    var interim = wifi.account(acct, "INTERIM", mac, 1000, 2000, 60);
    assertThat(interim.json().getJsonNumber("usedBytesToday").longValue()).isEqualTo(3000);
    assertThat(interim.json().getJsonNumber("remainingBytes").longValue())
        .isEqualTo(STANDARD_QUOTA - 3000);
    assertThat(interim.json().getBoolean("disconnect")).isFalse();
    // a replay and a late, smaller report change nothing
    assertThat(wifi.account(acct, "INTERIM", mac, 1000, 2000, 60).body()).isEqualTo(interim.body());
    assertThat(wifi.account(acct, "INTERIM", mac, 10, 20, 30).body()).isEqualTo(interim.body());
    assertThat(
            RunningAtrium.database()
                .longValue("select count(*) from wifi_session where acct_session_id = ?", acct))
        .isEqualTo(1);

    var full = wifi.account(acct, "INTERIM", mac, 100_000_000, STANDARD_QUOTA - 100_000_000, 120);
    assertThat(full.json().getJsonNumber("remainingBytes").longValue()).isZero();
    assertThat(full.json().getBoolean("disconnect")).isTrue();
    var stop = wifi.account(acct, "STOP", mac, 100_000_000, STANDARD_QUOTA - 100_000_000, 130);
    assertThat(stop.json().getBoolean("disconnect")).isFalse();

    // refused until the next business day, and the refusal is logged
    wifi.requestCode(phone, mac);
    var refused = wifi.authorise(phone, ItWifi.codeSentTo(phone), mac, false);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    assertThat(refused.problemCode()).isEqualTo("WIFI_QUOTA_USED_UP");
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from wifi_authorisation where member_id = ?"
                        + " and reason = 'QUOTA_USED_UP'",
                    ItWifi.memberId(phone)))
        .isEqualTo(1);
  }

  @Test
  void theFirstSessionWithEnoughDwellIsTheDaysVisitAndEarnsItsBonusOnce() {
    ItWifi wifi = ItWifi.ofFirstMall();
    String phone = ItWifi.member("STANDARD");
    long member = ItWifi.memberId(phone);
    String mac = ItWifi.mac();
    wifi.logIn(phone, mac, false);
    String first = "IT-" + Fixtures.unique();
    assertThat(wifi.account(first, "INTERIM", mac, 10, 10, 599).json().getBoolean("visit"))
        .isFalse();
    assertThat(balance(member)).isZero();
    assertThat(wifi.account(first, "INTERIM", mac, 10, 10, 600).json().getBoolean("visit"))
        .isTrue();
    assertThat(balance(member)).isEqualTo(20);
    assertThat(wifi.account(first, "STOP", mac, 10, 10, 900).json().getBoolean("visit")).isFalse();

    String second = "IT-" + Fixtures.unique();
    assertThat(wifi.account(second, "INTERIM", mac, 10, 10, 3600).json().getBoolean("visit"))
        .isFalse();
    assertThat(balance(member)).isEqualTo(20);
    ItDatabase db = RunningAtrium.database();
    assertThat(db.longValue("select count(*) from wifi_visit where member_id = ?", member))
        .isEqualTo(1);
    assertThat(
            db.longValue(
                "select count(*) from journal_line l join ledger_account a on a.id = l.account_id"
                    + " where a.kind = 'OPERATOR_MARKETING' and l.points = -20 and l.entry_id ="
                    + " (select entry_id from wifi_visit where member_id = ?)",
                member))
        .isEqualTo(1);
    assertLedgerBalanced();
  }

  @Test
  void anotherMallsKeyCanUseNeitherTheCodeNorTheDevice() {
    ItWifi here = ItWifi.ofFirstMall();
    ItWifi there = ItWifi.ofAnotherMall();
    assertThat(there.mallId).isNotEqualTo(here.mallId);
    String phone = ItWifi.member("GOLD");
    String mac = ItWifi.mac();
    here.requestCode(phone, mac);
    String code = ItWifi.codeSentTo(phone);

    assertThat(there.authorise(phone, code, mac, true).problemCode())
        .isEqualTo("WIFI_CODE_INVALID");
    assertThat(here.authorise(phone, code, mac, true).status()).isEqualTo(200);
    assertThat(there.authorise(null, null, mac, false).problemCode())
        .isEqualTo("WIFI_DEVICE_NOT_REMEMBERED");
    var elsewhere = there.account("IT-" + Fixtures.unique(), "START", mac, 0, 0, 0);
    assertThat(elsewhere.status()).isEqualTo(404);
    assertThat(elsewhere.problemCode()).isEqualTo("WIFI_SESSION_UNKNOWN");

    var carPark = PosClient.of(Fixtures.machineKey("CAR_PARK"));
    var wrongKind =
        carPark.post(ItWifi.CODES, "{\"phone\":\"" + phone + "\",\"mac\":\"" + mac + "\"}").send();
    assertThat(wrongKind.status()).isEqualTo(403);
    assertThat(wrongKind.problemCode()).isEqualTo("WRONG_KEY_KIND");
  }

  private static long balance(long member) {
    return RunningAtrium.database()
        .longValue(
            "select balance from ledger_account where kind = 'MEMBER' and member_id = ?", member);
  }
}
