package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WiFi controller a test makes for itself: a WIFI_CONTROLLER key of a mall, members' phones, MACs
 * of real (globally administered) or randomised devices, and the codes read from the outbox.
 */
final class ItWifi {

  static final String CODES = "/api/v1/wifi/codes";
  static final String AUTHORISATIONS = "/api/v1/wifi/authorisations";
  static final String ACCOUNTING = "/api/v1/wifi/accounting";

  private static final Pattern CODE = Pattern.compile("(\\d{6})");
  private static final SecureRandom RANDOM = new SecureRandom();

  final long mallId;
  final Fixtures.MachineKey key;
  final PosClient client;

  private ItWifi(long mallId, Fixtures.MachineKey key) {
    this.mallId = mallId;
    this.key = key;
    this.client = PosClient.of(key);
  }

  /** A controller of the mall Fixtures hangs tenants on (where POS members register). */
  static ItWifi ofFirstMall() {
    return of(Fixtures.mall());
  }

  /** A controller of another mall than the first one. */
  static ItWifi ofAnotherMall() {
    long other =
        RunningAtrium.database()
            .longValue("select min(id) from mall where id <> ?", Fixtures.mall());
    return of(other);
  }

  static ItWifi of(long mallId) {
    String keyId = "wifi-" + Fixtures.unique().toLowerCase(Locale.ROOT);
    String secret = "it-secret-" + Fixtures.unique() + Fixtures.unique();
    RunningAtrium.database()
        .update(
            "insert into api_client (key_id, kind, mall_id, enabled, created_at)"
                + " values (?, 'WIFI_CONTROLLER', ?, true, ?)",
            keyId,
            mallId,
            Instant.now());
    Fixtures.addSecret(keyId, 1, secret);
    return new ItWifi(mallId, new Fixtures.MachineKey(keyId, secret, "WIFI_CONTROLLER"));
  }

  /** A device's MAC, globally administered (rememberable), hyphenated as controllers send it. */
  static String mac() {
    byte[] b = new byte[6];
    RANDOM.nextBytes(b);
    b[0] = (byte) (b[0] & 0xFC);
    return HexFormat.ofDelimiter("-").withUpperCase().formatHex(b);
  }

  /** A MAC a phone made up (locally administered bit set). */
  static String randomisedMac() {
    byte[] b = new byte[6];
    RANDOM.nextBytes(b);
    b[0] = (byte) ((b[0] & 0xFC) | 0x02);
    return HexFormat.ofDelimiter(":").formatHex(b);
  }

  /** A new member of the given tier; returns the phone. */
  static String member(String tier) {
    String phone = ItPartner.newMember();
    RunningAtrium.database().update("update member set tier = ? where phone = ?", tier, phone);
    return phone;
  }

  static long memberId(String phone) {
    return RunningAtrium.database().longValue("select id from member where phone = ?", phone);
  }

  PosClient.Response requestCode(String phone, String mac) {
    return client
        .post(
            CODES, "{\"phone\":\"" + phone + "\",\"mac\":\"" + mac + "\",\"accessPoint\":\"AP-1\"}")
        .send();
  }

  PosClient.Response authorise(String phone, String code, String mac, boolean remember) {
    return client
        .post(
            AUTHORISATIONS,
            "{"
                + (phone == null ? "" : "\"phone\":\"" + phone + "\",")
                + (code == null ? "" : "\"code\":\"" + code + "\",")
                + "\"mac\":\""
                + mac
                + "\",\"accessPoint\":\"AP-1\",\"remember\":"
                + remember
                + "}")
        .send();
  }

  PosClient.Response account(
      String acct, String type, String mac, long in, long out, long seconds) {
    return client
        .post(
            ACCOUNTING,
            "{\"acctSessionId\":\""
                + acct
                + "\",\"type\":\""
                + type
                + "\",\"mac\":\""
                + mac
                + "\",\"inputBytes\":"
                + in
                + ",\"outputBytes\":"
                + out
                + ",\"sessionSeconds\":"
                + seconds
                + "}")
        .send();
  }

  /** The last WiFi code the outbox holds for the member. */
  static String codeSentTo(String phone) {
    String body =
        (String)
            RunningAtrium.database()
                .value(
                    "select body from notification_outbox where kind = 'WIFI_CODE'"
                        + " and member_id = ? order by id desc limit 1",
                    memberId(phone));
    Matcher m = CODE.matcher(body);
    assertThat(m.find()).as(body).isTrue();
    return m.group(1);
  }

  /** Authorises a device of the member with a code; answers the grant. */
  PosClient.Response logIn(String phone, String mac, boolean remember) {
    var asked = requestCode(phone, mac);
    assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
    var granted = authorise(phone, codeSentTo(phone), mac, remember);
    assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
    return granted;
  }

  /** A signed call of the RADIUS API, as a RADIUS server that signs would make it. */
  PosClient.Response radius(String operation, String attributes) {
    return client.post("/api/v1/wifi/radius/" + operation, attributes).send();
  }

  /** Access-Request attributes as rlm_rest encodes them. */
  static String access(String user, String password, String mac) {
    return "{"
        + attribute("User-Name", "string", "\"" + user + "\"")
        + ","
        + attribute("User-Password", "string", "\"" + password + "\"")
        + ","
        + attribute("Calling-Station-Id", "string", "\"" + mac + "\"")
        + "}";
  }

  /** Accounting-Request attributes as rlm_rest encodes them. */
  static String accounting(
      String status, String session, String mac, long in, long out, long seconds) {
    return "{"
        + attribute("Acct-Status-Type", "integer", "\"" + status + "\"")
        + ","
        + attribute("Acct-Session-Id", "string", "\"" + session + "\"")
        + ","
        + attribute("Calling-Station-Id", "string", "\"" + mac + "\"")
        + ","
        + attribute("Acct-Input-Octets", "integer", Long.toString(in))
        + ","
        + attribute("Acct-Output-Octets", "integer", Long.toString(out))
        + ","
        + attribute("Acct-Session-Time", "integer", Long.toString(seconds))
        + "}";
  }

  private static String attribute(String name, String type, String value) {
    return "\"" + name + "\":{\"type\":\"" + type + "\",\"value\":[" + value + "]}";
  }
}
