package com.atrium.ear;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.ear.soap.client.PartnerPort;
import com.atrium.security.RequestSignature;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A partner a test on the full server makes for itself, as PartnerSoapIT's ItPartner does on Micro:
 * one agreement (10 partner units → 1 point in, 100 points → 8 units out, rounded down, 10 to 5,000
 * points an exchange, 0.01 CNY a point, a fee of 0.50 CNY + 1%), a PARTNER key with its secret, and
 * new members registered at the demo tenant FB001's till.
 */
final class EarPartner {

  private static final SecureRandom RANDOM = new SecureRandom();
  // the code stands alone: the partner name before it ("EAR bank EAR8K123456") may hold six digits
  private static final Pattern CODE = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})(?![0-9A-Za-z])");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final long id;
  final String code;
  final String keyId;
  final String secret;
  private final EarDatabase db;
  private final URI base;

  private EarPartner(long id, String code, String keyId, String secret, EarDatabase db, URI base) {
    this.id = id;
    this.code = code;
    this.keyId = keyId;
    this.secret = secret;
    this.db = db;
    this.base = base;
  }

  static EarPartner postpaid(EarDatabase db, URI base) {
    return create(db, base, "POSTPAID", BigDecimal.ZERO);
  }

  static EarPartner create(EarDatabase db, URI base, String mode, BigDecimal deposit) {
    return create(db, base, mode, deposit, 0, 0, 0);
  }

  /** As above, with a member's daily and monthly limits and the partner's daily cap (0: none). */
  static EarPartner create(
      EarDatabase db,
      URI base,
      String mode,
      BigDecimal deposit,
      long memberDaily,
      long memberMonthly,
      long partnerDaily) {
    long id = db.nextId();
    String code = "EAR" + unique();
    db.update(
        "insert into partner (id, code, name, kind, status, settlement_mode, deposit_balance,"
            + " created_at) values (?, ?, ?, 'BANK', 'ACTIVE', ?, ?, ?)",
        id,
        code,
        "EAR bank " + code,
        mode,
        deposit,
        Instant.now());
    db.update(
        "insert into partner_agreement (id, partner_id, effective_from, rate_in_from, rate_in_to,"
            + " rate_out_from, rate_out_to, rounding, min_points, max_points,"
            + " member_daily_points, member_monthly_points, partner_daily_points,"
            + " cost_per_point, fee_fixed, fee_percent, reversal_grace_minutes, created_at)"
            + " values (?, ?, ?, 10, 1, 100, 8, 'DOWN', 10, 5000, ?, ?, ?, 0.0100, 0.50, 1.00,"
            + " 180, ?)",
        db.nextId(),
        id,
        Instant.now().minusSeconds(3600),
        memberDaily,
        memberMonthly,
        partnerDaily,
        Instant.now());
    String keyId = "partner-" + unique().toLowerCase(Locale.ROOT);
    String secret = "ear-secret-" + unique() + unique();
    db.update(
        "insert into api_client (key_id, kind, partner_code, enabled, created_at)"
            + " values (?, 'PARTNER', ?, true, ?)",
        keyId,
        code,
        Instant.now());
    db.update(
        "insert into api_client_secret (key_id, secret_no, secret, created_at)"
            + " values (?, 1, ?, ?)",
        keyId,
        secret,
        Instant.now());
    return new EarPartner(id, code, keyId, secret, db, base);
  }

  /** The generated client, each request signed with this partner's key. */
  PartnerPort soap() {
    return PartnerSoapCalls.port(base.resolve(PartnerSoapCalls.PATH), keyId, secret);
  }

  /** A right of this partner's agreement: a tier floor (or null) and perks a day. */
  EarPartner defineRight(String rightCode, String tierFloor, int parkingMinutes, int wifiMb) {
    db.update(
        "insert into partner_right (id, partner_id, code, name, tier_floor, parking_minutes,"
            + " wifi_extra_mb, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
        db.nextId(),
        id,
        rightCode,
        "EAR right " + rightCode,
        tierFloor,
        parkingMinutes,
        wifiMb,
        Instant.now());
    return this;
  }

  /** A new member registered at the demo tenant FB001's till (key pos-fb001); returns the phone. */
  String newMember() {
    String phone =
        "13" + (5 + RANDOM.nextInt(5)) + String.format("%08d", RANDOM.nextInt(100_000_000));
    String body = "{\"phone\":\"" + phone + "\",\"name\":\"伙伴会员\",\"acceptTerms\":true}";
    HttpResponse<String> created =
        signedPost("/api/v1/pos/members", body, "pos-fb001", "demo-secret-fb001");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return phone;
  }

  /** Links a new member under {@code ref} over SOAP with the code from the outbox. */
  String linkNewMember(String ref) {
    String phone = newMember();
    PartnerPort port = soap();
    assertThat(port.linkMember(ref, phone).getState()).isEqualTo("PENDING");
    assertThat(port.confirmLink(ref, codeSentTo(phone)).getState()).isEqualTo("ACTIVE");
    return phone;
  }

  long memberId(String phone) {
    return db.longValue("select id from member where phone = ?", phone);
  }

  /** The last code the outbox holds for the member's link to a partner. */
  String codeSentTo(String phone) {
    String body =
        (String)
            db.value(
                "select body from notification_outbox where kind = 'PARTNER_LINK_CODE'"
                    + " and member_id = ? order by id desc limit 1",
                memberId(phone));
    assertThat(body).as("the link code in the outbox").isNotNull();
    Matcher m = CODE.matcher(body);
    assertThat(m.find()).as(body).isTrue();
    return m.group(1);
  }

  BigDecimal deposit() {
    return (BigDecimal) db.value("select deposit_balance from partner where id = ?", id);
  }

  long exchanges() {
    return db.longValue("select count(*) from partner_exchange where partner_id = ?", id);
  }

  long reconUploads() {
    return db.longValue("select count(*) from partner_recon_upload where partner_id = ?", id);
  }

  private HttpResponse<String> signedPost(String path, String body, String key, String keySecret) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    long timestamp = Instant.now().getEpochSecond();
    String nonce = UUID.randomUUID().toString().replace("-", "");
    String contentSha256 = RequestSignature.sha256Hex(bytes);
    String signature =
        RequestSignature.sign(
            keySecret, RequestSignature.canonical("POST", path, timestamp, nonce, contentSha256));
    try {
      return HTTP.send(
          HttpRequest.newBuilder(base.resolve(path))
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .header(RequestSignature.KEY_ID, key)
              .header(RequestSignature.TIMESTAMP, Long.toString(timestamp))
              .header(RequestSignature.NONCE, nonce)
              .header(RequestSignature.CONTENT_SHA256, contentSha256)
              .header(RequestSignature.SIGNATURE, signature)
              .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String unique() {
    String s = Long.toString(Math.abs(RANDOM.nextLong()), 36).toUpperCase(Locale.ROOT);
    return s.substring(0, Math.min(8, s.length()));
  }
}
