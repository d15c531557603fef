package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A partner a test makes for itself, with one agreement (10 partner units → 1 point in, 100 points
 * → 8 units out, rounded down, 10 to 5,000 points an exchange, 0.01 CNY a point, a fee of 0.50 CNY
 * + 1%), a signed client, and members linked through the one-time code read from the outbox.
 */
public final class ItPartner {

  static final String LINKS = "/api/v1/partner/links";
  static final String IN = "/api/v1/partner/inbound-exchanges";
  static final String OUT = "/api/v1/partner/outbound-exchanges";
  static final String EXCHANGES = "/api/v1/partner/exchanges/";

  // the code stands alone: the partner name before it ("IT bank IT8K123456") may hold six digits
  private static final Pattern CODE = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})(?![0-9A-Za-z])");

  final long id;
  public final String code;
  final PosClient client;

  private ItPartner(long id, String code, PosClient client) {
    this.id = id;
    this.code = code;
    this.client = client;
  }

  /** A postpaid partner without limits beyond the per-exchange ones. */
  public static ItPartner postpaid() {
    return create("POSTPAID", BigDecimal.ZERO, 0, 0, 180);
  }

  public static ItPartner create(
      String mode, BigDecimal deposit, long memberDaily, long partnerDaily, int graceMinutes) {
    return create(mode, deposit, memberDaily, 0, partnerDaily, graceMinutes);
  }

  /** As above, with a member's monthly limit too (0: none). */
  public static ItPartner create(
      String mode,
      BigDecimal deposit,
      long memberDaily,
      long memberMonthly,
      long partnerDaily,
      int graceMinutes) {
    ItDatabase db = RunningAtrium.database();
    long id = db.nextId();
    String code = "IT" + Fixtures.unique();
    db.update(
        "insert into partner (id, code, name, kind, status, settlement_mode, deposit_balance,"
            + " created_at) values (?, ?, ?, 'BANK', 'ACTIVE', ?, ?, ?)",
        id,
        code,
        "IT bank " + code,
        mode,
        deposit,
        Instant.now());
    db.update(
        "insert into partner_agreement (id, partner_id, effective_from, rate_in_from, rate_in_to,"
            + " rate_out_from, rate_out_to, rounding, min_points, max_points,"
            + " member_daily_points, member_monthly_points, partner_daily_points,"
            + " cost_per_point, fee_fixed, fee_percent, reversal_grace_minutes, created_at)"
            + " values (?, ?, ?, 10, 1, 100, 8, 'DOWN', 10, 5000, ?, ?, ?, 0.0100, 0.50, 1.00,"
            + " ?, ?)",
        db.nextId(),
        id,
        Instant.now().minusSeconds(3600),
        memberDaily,
        memberMonthly,
        partnerDaily,
        graceMinutes,
        Instant.now());
    return new ItPartner(id, code, PosClient.of(Fixtures.partnerKey(code)));
  }

  /** A new member (registered at a new tenant's till) with this phone. */
  static String newMember() {
    String phone = PosSalesIT.randomPhone();
    var created =
        PosClient.of(Fixtures.posKey())
            .post(
                "/api/v1/pos/members",
                "{\"phone\":\"" + phone + "\",\"name\":\"伙伴会员\",\"acceptTerms\":true}")
            .send();
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return phone;
  }

  public long memberId(String phone) {
    return RunningAtrium.database().longValue("select id from member where phone = ?", phone);
  }

  PosClient.Response requestLink(String ref, String phone) {
    return client.post(LINKS, "{\"memberRef\":\"" + ref + "\",\"phone\":\"" + phone + "\"}").send();
  }

  PosClient.Response confirmLink(String ref, String code) {
    return client.post(LINKS + "/" + ref + "/confirmation", "{\"code\":\"" + code + "\"}").send();
  }

  /** The last code the outbox holds for the member's link to this partner. */
  String codeSentTo(String phone) {
    String body =
        (String)
            RunningAtrium.database()
                .value(
                    "select body from notification_outbox where kind = 'PARTNER_LINK_CODE'"
                        + " and member_id = ? order by id desc limit 1",
                    memberId(phone));
    Matcher m = CODE.matcher(body);
    assertThat(m.find()).as(body).isTrue();
    return m.group(1);
  }

  /** Links a new member under {@code ref} through the code; returns the phone. */
  public String linkNewMember(String ref) {
    String phone = newMember();
    assertThat(requestLink(ref, phone).status()).isEqualTo(202);
    var confirmed = confirmLink(ref, codeSentTo(phone));
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    return phone;
  }

  public PosClient.Response in(String txn, String ref, long units) {
    return inRequest(txn, ref, units).send();
  }

  /** An exchange in, not yet sent: a test may still skew its timestamp or choose its nonce. */
  PosClient.Request inRequest(String txn, String ref, long units) {
    return client.post(
        IN,
        "{\"partnerTxnId\":\""
            + txn
            + "\",\"memberRef\":\""
            + ref
            + "\",\"partnerAmount\":"
            + units
            + "}");
  }

  /** How many exchanges (of any state) this partner has. */
  long exchanges() {
    return RunningAtrium.database()
        .longValue("select count(*) from partner_exchange where partner_id = ?", id);
  }

  public PosClient.Response out(String txn, String ref, long points) {
    return client
        .post(
            OUT,
            "{\"partnerTxnId\":\""
                + txn
                + "\",\"memberRef\":\""
                + ref
                + "\",\"points\":"
                + points
                + "}")
        .send();
  }

  PosClient.Response act(String txn, String action) {
    return client.post(EXCHANGES + txn + "/" + action, "").send();
  }

  long balance(String ref) {
    var r = client.get(LINKS + "/" + ref + "/balance").send();
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().getJsonNumber("points").longValue();
  }

  BigDecimal deposit() {
    return (BigDecimal)
        RunningAtrium.database().value("select deposit_balance from partner where id = ?", id);
  }

  static final String RIGHTS = "/api/v1/partner/rights";

  /** A right of this partner's agreement: a tier floor (or null) and perks a day. */
  public ItPartner defineRight(String rightCode, String tierFloor, int parkingMinutes, int wifiMb) {
    ItDatabase db = RunningAtrium.database();
    db.update(
        "insert into partner_right (id, partner_id, code, name, tier_floor, parking_minutes,"
            + " wifi_extra_mb, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
        db.nextId(),
        id,
        rightCode,
        "IT right " + rightCode,
        tierFloor,
        parkingMinutes,
        wifiMb,
        Instant.now());
    return this;
  }

  /** Links an existing member's phone under {@code ref} through the code. */
  void link(String ref, String phone) {
    assertThat(requestLink(ref, phone).status()).isEqualTo(202);
    var confirmed = confirmLink(ref, codeSentTo(phone));
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
  }

  /** The partner's signed client. */
  public PosClient client() {
    return client;
  }

  public PosClient.Response grant(String grantId, String ref, String right, Instant until) {
    return client
        .post(
            RIGHTS,
            "{\"grantId\":\""
                + grantId
                + "\",\"memberRef\":\""
                + ref
                + "\",\"rightCode\":\""
                + right
                + "\",\"validUntil\":\""
                + until
                + "\"}")
        .send();
  }

  PosClient.Response revoke(String grantId) {
    return client.post(RIGHTS + "/" + grantId + "/revocation", "").send();
  }
}
